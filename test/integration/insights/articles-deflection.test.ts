import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const DAY = 86_400_000;

describe('Insights: articles by title, and deflection', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });
  afterAll(() => portal?.stop());

  it('should show articles by title with views, helpful ratio and the week-on-week trend', async () => {
    // Prepare: one article read twice today and voted on; 8 days ago it was read 4 times
    const slug = 'return-item';
    const eightDaysAgo = new Date(Date.now() - 8 * DAY).toISOString().slice(0, 10);
    await portal.deps.stores.stats.increment(
      'ARTICLE',
      eightDaysAgo,
      `${slug}#en`,
      { slug, locale: 'en' },
      { views: 4 },
      0,
    );

    // Act
    const reads = await Promise.all([1, 2].map(() => call(portal.url, 'GET', `/api/faq/articles/${slug}?locale=en`)));
    await call(portal.url, 'POST', `/api/faq/articles/${slug}/feedback`, { body: { helpful: true, locale: 'en' } });
    await call(portal.url, 'POST', `/api/faq/articles/${slug}/feedback`, { body: { helpful: false, locale: 'en' } });
    await call(portal.url, 'POST', `/api/faq/articles/${slug}/feedback`, { body: { helpful: true, locale: 'en' } });
    const r = await call(portal.url, 'GET', '/api/admin/insights?days=30', { token: admin });

    // Assess
    expect(reads.map((x) => x.status)).toEqual([200, 200]);
    const row = r.json.articles.byTitle.find(
      (a: { slug: string; locale: string }) => a.slug === slug && a.locale === 'en',
    );
    expect(row).toEqual({
      slug,
      locale: 'en',
      title: reads[0]?.json.question,
      views: 6,
      up: 2,
      down: 1,
      helpfulRatio: 2 / 3,
      trend: { recent: 2, previous: 4, change: -0.5 },
    });
    expect(r.json.articles.byTitle[0].views).toBeGreaterThanOrEqual(6);
  });

  it('should count help contacts no ticket followed within a day, over complete days only', async () => {
    // Prepare: two tabs search; the second opens a ticket. Two chats; one hands off.
    const v = (k: string) => `visit-${k}-${Date.now().toString(36)}`;
    const [calm, stuck, late] = [v('calm'), v('stuck'), v('late')];
    const search = (visit: string, q: string) =>
      call(portal.url, 'GET', `/api/faq/search?q=${encodeURIComponent(q)}&locale=en&visit=${visit}`);
    await search(calm, 'return');
    await search(calm, 'refund'); // the same visit again: one contact
    await search(stuck, 'broken lamp');
    await search(late, 'invoice');
    await search(stuck, 'shipping'); // a portal lookup would say source=portal; this is typed
    await call(portal.url, 'POST', '/api/chat', { body: { message: 'Where is my order?', locale: 'en' } });
    // The handoff asks what it is about first; the ticket follows the answers.
    let sessionId: string | undefined;
    const ana = await login(portal.url, 'ana@example.com');
    let handoff: unknown;
    for (const message of ['I want to talk to a human', 'My lamp arrived broken', 'No particular order']) {
      const r = await call(portal.url, 'POST', '/api/chat', {
        token: ana,
        body: { message, locale: 'en', ...(sessionId ? { sessionId } : {}) },
      });
      sessionId = r.json.sessionId;
      handoff ??= r.json.handoff?.ticketId;
    }
    expect(handoff).toBeTruthy();
    await call(portal.url, 'POST', `/api/feedback/help-visits/${stuck}/ticket`);
    await call(portal.url, 'POST', `/api/feedback/help-visits/${stuck}/ticket`); // told twice: once
    const today = await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin });

    // Act: two days later the day is complete; a ticket from the third tab now is too late
    const realNow = portal.deps.now;
    portal.deps.now = () => new Date(Date.now() + 2 * DAY);
    try {
      await call(portal.url, 'POST', `/api/feedback/help-visits/${late}/ticket`);
      const later = await call(portal.url, 'GET', '/api/admin/insights/relationship', { token: admin });

      // Assess
      expect(today.json.deflection).toMatchObject({ searchVisits: 0, chats: 0, rate: null });
      expect(later.json.deflection).toMatchObject({
        searchVisits: 3,
        searchVisitsWithTicket: 1,
        chats: 2,
        chatsWithTicket: 1,
        rate: 3 / 5,
        days: 30,
      });
      expect(later.json.method.deflection).toMatch(/no ticket followed within a day/);
    } finally {
      portal.deps.now = realNow;
    }
  });
});
