import { describe, expect, it } from 'vitest';
import { compilePattern, inflected, patternKeys } from '../../../../../functions/chat/domain/bot/pattern.js';
import { classify, scoreSet } from '../../../../../functions/chat/domain/bot/classify.js';
import { baseForms, buildCorrector, editDistance } from '../../../../../functions/chat/domain/bot/typo.js';
import { normalise, stripSocial } from '../../../../../functions/chat/domain/bot/normalise.js';
import { coverage, goodHit } from '../../../../../functions/chat/domain/bot/faq.js';
import { defaultRules } from '../../../../../functions/chat/domain/bot/default-rules.js';
import { respond } from '../../../../../functions/chat/domain/bot/dialog.js';
import type { FaqHit } from '../../../../../functions/chat/domain/bot/types.js';
import { memoryPorts } from './ports.js';

const hit = (question: string, snippet: string, score = 200): FaqHit => ({
  slug: 's',
  question,
  snippet,
  score,
  url: '/s',
});

describe('Function: patternKeys (the prefilter before a pattern runs)', () => {
  it('should key each term by the first letters of its words, synonyms and irregular forms included', () => {
    expect(patternKeys('where _ @order', { order: ['order', 'parcel*'] })).toEqual([['wh'], ['or', 'pa']]);
    expect(patternKeys('@talk _ to', { talk: ['speak*', 'talk'] })).toEqual([['sp', 'ta'], ['to']]);
    expect(patternKeys('buy _ item', {})).toEqual([['bu', 'bo'], ['it']]);
  });
  it('should not key what it cannot (optional or wildcard terms, one-letter prefixes, Han)', () => {
    expect(patternKeys('my? order', {})).toEqual([['or']]);
    expect(patternKeys('*shipped', {})).toBeNull();
    expect(patternKeys('order _ 1*|2*', {})).toEqual([['or']]);
    expect(patternKeys('你好', {})).toBeNull();
  });
  it('should never change a score: the prefilter only skips patterns that cannot match', () => {
    const rules = defaultRules();
    const texts = [
      'where is my parcel',
      'I bought it',
      'can I speak to a person',
      'has my package been sent',
      'order 10023 please',
      'wo ist mein paket',
      'đơn hàng ở đâu',
    ];
    const locales = ['en', 'de', 'vi'] as const;
    for (const message of texts) {
      const t = ` ${normalise(message).tokens.join(' ')} `;
      for (const { patterns } of rules.intents) {
        const unfiltered = Object.fromEntries(
          locales.map((l) => [l, patterns[l].map(({ re, w, source }) => ({ re, w, source }))]),
        ) as typeof patterns;
        expect(scoreSet(patterns, locales, t)).toBe(scoreSet(unfiltered, locales, t));
      }
    }
  });
});

describe('Function: compilePattern (English inflection)', () => {
  it('should match regular inflections of plain English words when asked', () => {
    const re = compilePattern('cancel _ order', {}, { inflect: true });
    expect(re.test(' i cancelled my orders ')).toBe(true);
    expect(re.test(' cancelling the order ')).toBe(true);
    expect(compilePattern('bill', {}, { inflect: true }).test(' show me my bills ')).toBe(true);
    expect(compilePattern('arrive', {}, { inflect: true }).test(' still not arriving ')).toBe(true);
    expect(compilePattern('reply', {}, { inflect: true }).test(' nobody replied ')).toBe(true);
    expect(compilePattern('ship', {}, { inflect: true }).test(' has it shipped ')).toBe(true);
  });

  it('should match common irregular forms, and nothing but the word after "="', () => {
    expect(compilePattern('send _ back', {}, { inflect: true }).test(' i sent it back ')).toBe(true);
    expect(compilePattern('buy', {}, { inflect: true }).test(' i bought shoes ')).toBe(true);
    expect(compilePattern('=bill', {}, { inflect: true }).test(' i was billed twice ')).toBe(false);
    expect(compilePattern('=bill', {}, { inflect: true }).test(' my bill ')).toBe(true);
  });

  it('should leave function words, other locales and prefix terms alone', () => {
    expect(compilePattern('not', {}, { inflect: true }).test(' i noted it ')).toBe(false);
    expect(compilePattern('bill', {}).test(' my bills ')).toBe(false);
    expect(inflected('can')).toBe('can');
    expect(compilePattern('pay*', {}, { inflect: true }).test(' payment ')).toBe(true);
  });
});

describe('Function: buildCorrector (typo tolerance)', () => {
  const c = buildCorrector(
    ['cancel', 'password', 'address', 'mailing', 'menschen', 'fail', 'register', 'through'],
    ['passport'],
  );

  it('should correct one-edit typos, and 5-letter words missing one letter', () => {
    expect(c.correct('cancle')).toBe('cancel');
    expect(c.correct('pasword')).toBe('password');
    expect(c.correct('canel')).toBe('cancel');
  });

  it('should leave real words alone: inflections of known words, frequent words, two-edit look-alikes', () => {
    expect(c.correct('failing')).toBe('failing'); // not "mailing"
    expect(c.correct('registering')).toBe('registering');
    expect(c.correct('though')).toBe('though'); // not "through"
    expect(c.correct('muenchen')).toBe('muenchen'); // two edits from "menschen"
    expect(c.correct('passport')).toBe('passport');
  });

  it('should measure edits and strip regular endings', () => {
    expect(editDistance('cancle', 'cancel')).toBe(1);
    expect(editDistance('muenchen', 'menschen')).toBe(2);
    expect(baseForms('shipped')).toContain('ship');
    expect(baseForms('replies')).toContain('reply');
    expect(baseForms('arriving')).toContain('arrive');
  });
});

describe('Function: normalise (social noise, Han folding)', () => {
  it('should drop @mentions and links but keep e-mail addresses', () => {
    expect(stripSocial('@ShopCo_Support pls help https://t.co/abc www.x.com/y')).not.toMatch(/support|t\.co|www/i);
    expect(stripSocial('mail me at ana@example.com')).toContain('ana@example.com');
    expect(normalise('@AmazonHelp where is my order?').tokens).toEqual(['where', 'is', 'my', 'order']);
  });

  it('should fold Traditional to Simplified in messages (麼 and 么 agree)', () => {
    expect(normalise('什麼時候到貨').text).toBe(normalise('什么时候到货').text);
  });
});

describe('Function: coverage and goodHit (FAQ gate)', () => {
  it('should ignore snippet markup and accept regular word endings only with real stems', () => {
    expect(
      coverage(
        'refunds for returned items',
        hit('Refund policy', 'We <mark>refund</mark> every <mark>returned</mark> item'),
      ),
    ).toBe(1);
    expect(coverage('when mars', hit('Marks', 'we marked it'))).toBe(0);
  });

  it('should count Vietnamese syllable pairs, so sharing single syllables is not enough', () => {
    const h = hit('Làm thế nào để đặt lại mật khẩu?', 'Mở trang đăng nhập lúc nào cũng được, giờ nào cũng được');
    expect(coverage('đặt báo thức lúc 6 giờ', h, 'vi')).toBe(0);
    expect(coverage('đặt lại mật khẩu', h, 'vi')).toBe(1);
  });

  it('should need the minimum search score from the rule file', () => {
    const rules = defaultRules();
    const min = rules.rules.thresholds.faqMinScore;
    expect(min).toBeGreaterThan(0);
    expect(goodHit(rules, 'gift cards', hit('Gift cards', 'gift cards', min))).toBe(true);
    expect(goodHit(rules, 'gift cards', hit('Gift cards', 'gift cards', min - 1))).toBe(false);
  });
});

describe('Function: classify (generalisation guards)', () => {
  it.each([
    ['@ShopCo_Support pls DM me, I was charged twice', 'payment_issue'],
    ['show me my bills from last month', 'invoice_billing'],
    ["i'm having trouble registering", 'account_password'],
    ['checkout keeps failing', 'payment_issue'],
    ['canel my purchase', 'cancel_order'],
    ['我的包裹什麼時候到', 'order_status'],
  ])('should understand "%s"', (message, intent) => {
    expect(classify(message, 'en').intent).toBe(intent);
  });

  it.each([
    "what's the wifi password",
    'how do I open a savings account',
    'translate this to spanish: good morning',
    'đặt báo thức lúc 6 giờ',
  ])('should send out-of-scope "%s" to fallback', (message) => {
    expect(classify(message, 'en').intent).toBe('fallback');
  });
});

describe('Function: respond (FAQ without an article)', () => {
  it('should keep a recognised shop question as faq and point to the help centre when no article fits', async () => {
    const { ports } = memoryPorts({ faq: [hit('When will I get my refund?', 'refund', 12)] });
    const r = await respond(
      { message: 'what are your opening hours', locale: 'en', signedIn: false, state: null },
      ports,
    );
    expect(r.intent).toBe('faq');
    expect(r.replies).toContainEqual({ type: 'link', text: 'Help centre', url: '/en/help/' });
    expect(r.state.misunderstandings).toBe(0);
  });

  it('should not turn an unknown message into an FAQ answer on a weak hit', async () => {
    const { ports } = memoryPorts({
      faq: [hit('When will I get my refund?', 'You get an email <mark>when</mark> the refund is on its way', 15)],
    });
    const r = await respond(
      { message: 'when is the next full moon', locale: 'en', signedIn: false, state: null },
      ports,
    );
    expect(r.intent).toBe('fallback');
  });
});
