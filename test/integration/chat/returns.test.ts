import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface Reply {
  type: string;
  text?: string;
  url?: string;
  order?: { orderNumber: string };
}

describe('Routes: POST /api/chat, the return flow', () => {
  let portal: TestPortal;
  let ana: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    ana = await login(portal.url, 'ana@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const say = async (message: string, token?: string) =>
    (await call(portal.url, 'POST', '/api/chat', { token, body: { message, locale: 'en' } })).json as {
      intent: string;
      replies: Reply[];
    };

  it("should offer the return of the customer's delivered order that has the lamp, checked against the real order", async () => {
    // Act
    const r = await say('I want to return the lamp', ana);

    // Assess: 10022 (delivered two weeks ago) has the Brass desk lamp and is inside the window.
    expect(r.intent).toBe('returns_refund');
    const text = r.replies.map((x) => x.text ?? '').join(' ');
    expect(text).toMatch(/Order 10022: you can return .*Brass desk lamp.* until /);
    expect(r.replies.find((x) => x.type === 'link')?.url).toBe('/en/orders/view/?n=10022#order-actions');
  });

  it('should say why an order that is not delivered cannot be returned', async () => {
    // Act
    const r = await say('I want to return order 10023', ana);

    // Assess
    const text = r.replies.map((x) => x.text ?? '').join(' ');
    expect(text).toMatch(/Order 10023 cannot be returned: /);
    expect(r.replies.some((x) => x.type === 'link' && x.url?.includes('orders/view'))).toBe(false);
  });
});
