import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../functions/chat/domain/bot/classify.js';

// The out-of-scope "third party" cue: naming another company or venue outweighs a single shop verb,
// but not our own carriers, the payment methods we take, an order number or "your shop".
describe('Function: classify (third-party companies and venues)', () => {
  it.each([
    'cancel my deliveroo order please',
    'reset my outlook email password',
    'cancel my Expedia trip',
    'Zalando Rücksendung',
    'đơn hàng Shopee chưa giao',
    '京东的快递还没到',
  ])('falls back on %s', (text) => {
    const c = classify(text, 'en');
    expect(c.intent).toBe('fallback');
    expect(c.outOfScope).toBe(true);
  });

  it.each([
    ["my DHL tracking hasn't updated in 3 days", 'order_status'],
    ['PayPal charged me twice for order 10023', 'payment_issue'],
    ['my Visa was declined at checkout', 'payment_issue'],
    ['can you deliver to my hotel', 'shipping_delivery'],
    ['黑貓宅急便的包裹什麼時候到', 'order_status'],
  ])('keeps %s in scope', (text, intent) => {
    expect(classify(text, 'en').intent).toBe(intent);
  });
});
