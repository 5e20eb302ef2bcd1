import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../functions/commons/html';

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;');
  });

  it('escapes at the edges and in runs', () => {
    expect(escapeHtml('<>')).toBe('&lt;&gt;');
    expect(escapeHtml('&&x&&')).toBe('&amp;&amp;x&amp;&amp;');
  });

  it('leaves other text, entities written out and non-Latin scripts as they are', () => {
    expect(escapeHtml('')).toBe('');
    expect(escapeHtml('Hoàn tiền 退款 Rückgabe')).toBe('Hoàn tiền 退款 Rückgabe');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('gives what a regex replace gives, on every printable ASCII character', () => {
    const all = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const reference = all.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
    );
    expect(escapeHtml(all)).toBe(reference);
  });
});
