import type { Locale } from '../../../../../locales/registry';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../functions/chat/domain/bot/classify.js';
import { defaultRules } from '../../../../../functions/chat/domain/bot/default-rules.js';

// One utterance per intent and locale (the eval set covers many more).
const CASES: Record<string, Record<Locale, string>> = {
  greeting: { en: 'hello there', de: 'guten morgen', vi: 'xin chào', zh: '您好' },
  goodbye: { en: 'bye, see you', de: 'tschüss', vi: 'tạm biệt', zh: '再见' },
  thanks: { en: 'thanks a lot', de: 'vielen dank', vi: 'cảm ơn bạn', zh: '谢谢' },
  small_talk: { en: 'are you a bot?', de: 'bist du ein roboter', vi: 'bạn là ai', zh: '你是机器人吗' },
  order_status: {
    en: "where's my stuff",
    de: 'wo ist meine bestellung',
    vi: 'đơn hàng của tôi đâu rồi',
    zh: '我的订单在哪里',
  },
  cancel_order: {
    en: 'please cancel my order',
    de: 'bestellung stornieren',
    vi: 'tôi muốn hủy đơn hàng',
    zh: '取消订单',
  },
  change_order: {
    en: 'can I change the size on my order',
    de: 'kann ich meine bestellung ändern',
    vi: 'đổi size trong đơn hàng',
    zh: '我想修改订单',
  },
  returns_refund: {
    en: 'how do I get my money back',
    de: 'wie bekomme ich mein geld zurück',
    vi: 'làm sao để được hoàn tiền',
    zh: '怎么退款',
  },
  shipping_delivery: {
    en: 'do you ship to Canada',
    de: 'wie hoch sind die versandkosten',
    vi: 'phí vận chuyển bao nhiêu',
    zh: '运费多少',
  },
  shipping_address: {
    en: 'I need to change my shipping address',
    de: 'lieferadresse ändern',
    vi: 'đổi địa chỉ giao hàng',
    zh: '我要修改收货地址',
  },
  payment_issue: {
    en: 'I was charged twice',
    de: 'mir wurde doppelt abgebucht',
    vi: 'tôi bị trừ tiền hai lần',
    zh: '付款失败',
  },
  invoice_billing: {
    en: 'send me a copy of my receipt',
    de: 'ich brauche eine rechnung',
    vi: 'tôi cần hóa đơn',
    zh: '我需要发票',
  },
  account_password: { en: 'forgot my password', de: 'passwort vergessen', vi: 'quên mật khẩu', zh: '忘记密码' },
  human_handoff: {
    en: 'i want to speak to an agent',
    de: 'ich möchte mit einem mitarbeiter sprechen',
    vi: 'cho tôi gặp người thật',
    zh: '转人工',
  },
  complaint_feedback: {
    en: 'I want to make a complaint',
    de: 'ich möchte mich beschweren',
    vi: 'tôi muốn khiếu nại',
    zh: '我要投诉',
  },
  newsletter: {
    en: 'unsubscribe me',
    de: 'newsletter abbestellen',
    vi: 'hủy đăng ký nhận bản tin',
    zh: '取消订阅电子报',
  },
  faq: { en: 'do you sell gift cards', de: 'gibt es gutscheine', vi: 'có bán thẻ quà tặng không', zh: '有礼品卡吗' },
};

describe('Function: classify', () => {
  const { thresholds } = defaultRules().rules;

  it('should have a case for every intent of the bundled rules', () => {
    expect(Object.keys(CASES).sort()).toEqual(
      defaultRules()
        .intents.map((i) => i.rule.id)
        .sort(),
    );
  });

  for (const [intent, byLocale] of Object.entries(CASES)) {
    for (const [locale, message] of Object.entries(byLocale)) {
      it(`should classify ${intent} in ${locale}: "${message}"`, () => {
        // Act: the client always says 'en', as the acceptance check does
        const r = classify(message, 'en');
        // Assess
        expect(r.intent).toBe(intent);
        expect(r.language).toBe(locale);
        expect(r.confidence).toBeGreaterThanOrEqual(thresholds.confidence);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.candidate?.intent).toBe(intent);
        expect(r.candidate!.score).toBeGreaterThanOrEqual(thresholds.accept);
        expect(r.outOfScope).toBe(false);
      });
    }
  }

  it.each([
    "what's the weather like tomorrow",
    'book me a flight to Paris',
    'write me a poem',
    'who won the football game',
    'what is 25 times 4',
    "what's 2+2",
    'give me a recipe for lasagna',
    'wie wird das wetter morgen',
    'thời tiết hôm nay thế nào',
    '今天天气怎么样',
  ])('should send out-of-scope "%s" to fallback', (message) => {
    expect(classify(message).intent).toBe('fallback');
  });

  it('should not act on a lone "change": as close to "change my oil" as to an address change', () => {
    expect(classify('I need to change my shipping address', 'en').intent).toBe('shipping_address');
    expect(classify('change', 'en').intent).toBe('fallback');
  });

  it.each([
    ['where is my order 10023', 'order', 'order_status'],
    ['do you ship to Canada', 'shipping', 'shipping_delivery'],
  ])('should be surer of the clear "%s" than of the vague "%s" (both %s)', (clear, vague, intent) => {
    const a = classify(clear, 'en');
    const b = classify(vague, 'en');
    expect([a.intent, b.intent]).toEqual([intent, intent]);
    expect(a.confidence).toBeGreaterThan(b.confidence);
    expect(a.candidate!.score).toBeGreaterThan(b.candidate!.score);
  });

  it('should not guess on gibberish', () => {
    const r = classify('asdkj qwe zzz');
    expect(r.intent).toBe('fallback');
    expect(r.outOfScope).toBe(false);
    expect(r.candidate).toBeUndefined();
  });

  it('should mark a fallback decided by out-of-scope cues', () => {
    const r = classify("what's the weather like tomorrow", 'en');
    expect(r.intent).toBe('fallback');
    expect(r.outOfScope).toBe(true);
  });

  it('should tolerate one-letter typos', () => {
    expect(classify('cancle my order').intent).toBe('cancel_order');
    expect(classify('i forgot my pasword').intent).toBe('account_password');
  });

  it('should let a substantive request win over a greeting', () => {
    expect(classify('hi, where is my order?').intent).toBe('order_status');
  });

  it('should treat a bare order number as an order status question', () => {
    expect(classify('PO-10023').intent).toBe('order_status');
  });
});
