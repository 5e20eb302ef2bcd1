import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caughtMails } from '../../helpers/portal';
import { axeViolations, signIn, startHarness, type Harness } from '../support';

const DAY = 86_400_000;
const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;

/** NPS after delivery: the order page asks (signed in); the invitation's link asks a guest. */
describe('Site: the NPS question on the order page and behind the invitation link', { timeout: 120_000 }, () => {
  let harness: Harness;
  let machine: string;
  let seq = 0;
  const fresh = () => `P${Date.now().toString(36).toUpperCase()}${++seq}`;

  beforeAll(async () => {
    harness = await startHarness({ QUIET_HOURS: 'off' });
    const res = await fetch(`${harness.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: 'grant_type=client_credentials&scope=orders%2Fwrite',
    });
    machine = ((await res.json()) as { access_token: string }).access_token;
  }, 180_000);
  afterAll(() => harness?.close());

  /** An order for `email` fed through the integration API and delivered four days ago (so the question is due). */
  async function deliveredOrder(email: string, locale: string) {
    const n = fresh();
    const send = async (method: string, path: string, body: unknown) => {
      const r = await fetch(`${harness.url}/api/integrations/orders/${n}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${machine}` },
        body: JSON.stringify(body),
      });
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    };
    await send('PUT', '', {
      customer: { email, name: 'Guest Buyer', locale },
      placedAt: new Date(Date.now() - 9 * DAY).toISOString(),
      currency: 'EUR',
      items: [{ name: 'Teapot', quantity: 1, unitPriceCents: 3900 }],
      totalCents: 3900,
    });
    await send('POST', '/events', {
      eventId: `${n}-d`,
      type: 'delivered',
      at: new Date(Date.now() - 4 * DAY).toISOString(),
    });
    return n;
  }

  it('should ask on the order page once due, take 0-10 with a why, and not ask again', async () => {
    // Prepare
    const n = await deliveredOrder('ana@example.com', 'en');
    const page = await (await harness.context()).newPage();
    await signIn(page);

    // Act
    await page.goto(`/en/orders/view/?n=${n}`);
    await page.getByRole('group', { name: 'How likely are you to recommend us to a friend or colleague?' }).waitFor();
    const violations = await axeViolations(page);
    await page.getByLabel('9', { exact: true }).check();
    await page.getByLabel('What is the main reason for your score? (optional)').fill('Quick delivery');
    await page.getByRole('button', { name: 'Send my answer' }).click();
    await page.getByText('Thank you! Your answer helps us get better.').waitFor();
    await page.reload();
    await page.locator('#order-actions .order-actions').waitFor();
    await page.waitForTimeout(500);

    // Assess
    expect(violations).toEqual([]);
    expect(await page.locator('#order-nps fieldset').count()).toBe(0);
  });

  it("should open a guest's invitation link on a page that needs no sign-in, in their language, and is axe-clean", async () => {
    // Prepare
    const email = `guest-${fresh().toLowerCase()}@example.org`;
    const n = await deliveredOrder(email, 'vi');
    let href = '';
    for (let i = 0; i < 40 && !href; i++) {
      const mail = (await caughtMails(harness.mail?.webUrl ?? '')).find(
        (m) => m.to.some((t) => t.address === email) && m.html.includes('score=7'),
      );
      href = (/href="([^"]*score=7)"/.exec(mail?.html ?? '')?.[1] ?? '').replaceAll('&amp;', '&');
      if (!href) await new Promise((ok) => setTimeout(ok, 250));
    }
    const page = await (await harness.context()).newPage();

    // Act
    await page.goto(href);
    const violations = await axeViolations(page);
    const chosen = await page.getByLabel('7', { exact: true }).isChecked();
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();

    // Assess
    expect(href).toContain('/api/feedback/nps/answer?token=');
    expect(n).toBeTruthy();
    expect(violations).toEqual([]);
    expect(chosen).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('status').textContent()).toBe(
      'Cảm ơn bạn! Câu trả lời của bạn giúp chúng tôi làm tốt hơn.',
    );
  });
});
