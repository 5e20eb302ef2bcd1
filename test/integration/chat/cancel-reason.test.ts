import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL_REASONS } from '../../../functions/orders/domain/cancel';
import { ui as de } from '../../../locales/de/ui';
import { ui as en } from '../../../locales/en/ui';
import { ui as vi } from '../../../locales/vi/ui';
import { ui as zh } from '../../../locales/zh/ui';
import { call, login, replyOf, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;
/** The order page's reason labels (its cancel form), per language. */
const SITE = { en, de, vi, zh } as const;
type Lang = keyof typeof SITE;
const ASK = { en: 'please cancel order', de: 'Bitte storniere Bestellung', vi: 'hủy đơn hàng', zh: '取消訂單' };

interface ChatReply {
  type: string;
  text?: string;
  choices?: { label: string; value: string }[];
}
const choicesOf = (r: Reply) => (r.json.replies as ChatReply[]).find((x) => x.type === 'choices');

/** Issue 11: a cancel in the chat asks why, with the order page's reasons, and counts the answer with them. */
describe('Chat: the reason for a cancel', () => {
  let portal: TestPortal;
  let admin: string;
  let ana: string;
  let shop: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false, outboxDrain: false });
    [admin, ana] = await Promise.all([login(portal.url, 'admin@example.com'), login(portal.url, 'ana@example.com')]);
    const token = await fetch(`${portal.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    shop = (await replyOf(token)).json.access_token as string;
  });
  afterAll(() => portal?.stop());

  const exitCount = async (reason: string) => {
    const r = await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin });
    const rows = r.json.exitReasons as { reason: string; source: string; count: number }[];
    return rows.find((e) => e.source === 'cancel' && e.reason === reason)?.count ?? 0;
  };
  const allExits = async () =>
    Object.fromEntries(await Promise.all(CANCEL_REASONS.map(async (r) => [r, await exitCount(r)] as const)));

  /** A fresh order of Ana's that she can still cancel, fed in by the shop. */
  let orders = 0;
  async function placedOrder(): Promise<string> {
    const n = String(700_000_000 + (Date.now() % 100_000_000) + ++orders);
    const res = await call(portal.url, 'PUT', `/api/integrations/orders/${n}`, {
      token: shop,
      body: {
        customer: { email: 'ana@example.com' },
        placedAt: new Date().toISOString(),
        currency: 'EUR',
        items: [{ sku: 'MUG', name: 'Stoneware mug', quantity: 1, unitPriceCents: 1500 }],
        totalCents: 1500,
        shippingAddress: {
          name: 'Ana Souza',
          line1: '1 Old Street',
          postalCode: '10117',
          city: 'Berlin',
          country: 'DE',
        },
      },
    });
    expect(res.status, res.text).toBeLessThan(300);
    return n;
  }

  /** Asks the bot to cancel `n` in `lang` and says yes (the quick reply): the bot's answer to the yes. */
  async function cancelInChat(lang: Lang, n: string) {
    const chat = (message: string, sessionId?: string) =>
      call(portal.url, 'POST', '/api/chat', { token: ana, body: { message, locale: lang, sessionId } });
    const asked = await chat(`${ASK[lang]} ${n}`);
    expect(asked.json.intent, asked.text).toBe('cancel_order');
    const yes = choicesOf(asked)!.choices![0]!.value;
    const done = await chat(yes, asked.json.sessionId);
    expect(done.status, done.text).toBe(200);
    return { done, next: (message: string) => chat(message, asked.json.sessionId as string) };
  }

  it.each(Object.keys(SITE) as Lang[])(
    'should offer the order page reasons and "skip" after a cancel in %s',
    async (lang) => {
      // Prepare
      const n = await placedOrder();

      // Act
      const { done } = await cancelInChat(lang, n);

      // Assess
      const order = await call(portal.url, 'GET', `/api/orders/${n}`, { token: ana });
      expect(order.json.status).toBe('cancelled');
      const labels = choicesOf(done)!.choices!.map((c) => c.label);
      const site = SITE[lang] as Record<string, string>;
      expect(labels.slice(0, CANCEL_REASONS.length)).toEqual(CANCEL_REASONS.map((r) => site[`cancelReason.${r}`]));
      expect(labels).toHaveLength(CANCEL_REASONS.length + 1);
      expect(labels.at(-1)).not.toBe('');
    },
  );

  it('should count the reason picked like the order page cancel counts it, once', async () => {
    // Prepare
    const n = await placedOrder();
    const before = await exitCount('found_cheaper');
    const { done, next } = await cancelInChat('en', n);
    const picked = choicesOf(done)!.choices!.find((c) => c.label === en['cancelReason.found_cheaper'])!;

    // Act
    const thanks = await next(picked.value);
    const again = await next(picked.value);

    // Assess
    expect(thanks.status).toBe(200);
    expect(thanks.json.intent).toBe('cancel_order');
    expect(JSON.stringify(thanks.json.replies)).toMatch(/thank/i);
    expect(again.status).toBe(200);
    expect(await exitCount('found_cheaper')).toBe(before + 1);
  });

  it('should count nothing when the customer skips, or writes about something else', async () => {
    // Prepare
    const skipped = await cancelInChat('de', await placedOrder());
    const moved = await cancelInChat('en', await placedOrder());
    const before = await allExits();

    // Act
    const skip = await skipped.next(choicesOf(skipped.done)!.choices!.at(-1)!.value);
    const other = await moved.next('how long does delivery take to Germany?');

    // Assess
    expect(skip.json.intent).toBe('cancel_order');
    expect(skip.json.locale).toBe('de');
    expect(other.json.intent).toBe('shipping_delivery');
    expect(await allExits()).toEqual(before);
  });
});
