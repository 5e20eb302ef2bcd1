import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../../../functions/faq/domain/search/index.js';
import { makeSnippet } from '../../../../../functions/faq/domain/search/snippet.js';

describe('Function: markdownToText', () => {
  it('should keep link text and drop markup, URLs and list markers', () => {
    // Prepare
    const md = '## Refunds\n\n- **Fast:** see [our policy](/returns).\n1. `Step` one';
    // Act
    const text = markdownToText(md);
    // Assess
    expect(text).toBe('Refunds Fast: see our policy. Step one');
  });
});

describe('Function: makeSnippet', () => {
  it('should wrap matched words in mark and escape everything else', () => {
    // Prepare
    const text = 'Refunds for <script>alert(1)</script> & returned items.';
    // Act
    const snippet = makeSnippet(text, new Set(['refund', 'return']), 'en');
    // Assess
    expect(snippet).toBe(
      '<mark>Refunds</mark> for &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>returned</mark> items.',
    );
  });

  it('should centre a long text on the matches and mark the cuts', () => {
    // Prepare
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Your refund arrives soon. ${'Tail text here. '.repeat(20)}`;
    // Act
    const snippet = makeSnippet(text, new Set(['refund']), 'en', 80);
    // Assess
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>refund</mark>');
  });

  it('should highlight Chinese matches in the original script', () => {
    // Prepare
    const text = '退款會退回原付款方式。';
    // Act
    const snippet = makeSnippet(text, new Set(['退款']), 'zh');
    // Assess
    expect(snippet).toBe('<mark>退款</mark>會退回原付款方式。');
  });

  it('should mark Chinese words, not the single characters a hit also matched', () => {
    // Prepare
    const text = '收到商品 7 天內可申請退貨，退款會退回原付款方式。';
    // Act
    const snippet = makeSnippet(text, new Set(['退货', '退', '款', '货']), 'zh');
    // Assess
    expect(snippet).toBe('收到商品 7 天內可申請<mark>退貨</mark>，退款會退回原付款方式。');
  });

  it('should mark a lone Chinese character with its neighbour when nothing else matched', () => {
    // Prepare / Act
    const snippet = makeSnippet('申請退貨後七天內退款。', new Set(['退']), 'zh');
    // Assess
    expect(snippet).toBe('申請<mark>退貨</mark>後七天內<mark>退款</mark>。');
  });

  it('should return the start of the text when nothing matched', () => {
    // Prepare / Act
    const snippet = makeSnippet('Short answer.', new Set(), 'en');
    // Assess
    expect(snippet).toBe('Short answer.');
  });
});
