import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedArticles } from '../../../functions/local/seed/faq-articles';
import { call, expectProblem, login, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';
import { flushSearches } from '../../../functions/insights/service';

interface Hit {
  id: string;
  slug: string;
  locale: string;
  question: string;
  snippet: string;
  category: string;
  score: number;
}

const slugsOf = (reply: Reply) => (reply.json.results as Hit[]).map((r) => r.slug);
const fieldsOf = (reply: Reply) => (expectProblem(reply, 400).errors as { field: string }[]).map((e) => e.field);

describe('Routes: /api/faq', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { FEEDBACK_PER_MINUTE_CLIENT: '1000' } });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const get = (path: string) => call(portal.url, 'GET', path);
  const search = (q: string, locale: string, extra = '') =>
    get(`/api/faq/search?q=${encodeURIComponent(q)}&locale=${locale}${extra}`);
  const feedback = (slug: string, body: unknown) =>
    call(portal.url, 'POST', `/api/faq/articles/${slug}/feedback`, { body });
  const insights = async () => {
    // Two days: enough for this run even across midnight, and far fewer reads than the default 30.
    const reply = await call(portal.url, 'GET', '/api/admin/insights?days=2', { token: admin });
    expect(reply.status).toBe(200);
    return reply.json;
  };

  describe('POST /api/faq/searches (searches answered from a cache)', () => {
    const report = (body: unknown) => call(portal.url, 'POST', '/api/faq/searches', { body });

    it('should not count a search asked with tally=report, and let caches keep it', async () => {
      // Prepare
      const rev = (await get('/api/faq/revision')).json.rev as string;
      const before = (await insights()).searches.total as number;

      // Act
      const reply = await search('reported only probe', 'en', `&tally=report&rev=${rev}`);
      const { searches } = await insights();

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers.get('cache-control')).toBe('public, max-age=3600, s-maxage=86400');
      expect(searches.total).toBe(before);
    });

    it("should count reported searches like typed ones, with this server's own result counts", async () => {
      // Prepare
      const before = (await insights()).searches.total as number;

      // Act
      const reply = await report({
        searches: [
          { q: 'Gift  wrapping, reported?', locale: 'en' },
          { q: 'gift wrapping reported', locale: 'en' },
          { q: 'xylophone tuning', locale: 'en' },
          { q: 'rücksendung', locale: 'de', category: 'returns-refunds' },
        ],
      });
      const { searches } = await insights();

      // Assess
      expect(reply.status).toBe(202);
      expect(reply.json).toEqual({ recorded: 4 });
      expect(searches.total).toBe(before + 4);
      expect(searches.top).toContainEqual(expect.objectContaining({ locale: 'en', query: 'gift wrapping reported' }));
      expect(searches.top.find((q: { query: string }) => q.query === 'gift wrapping reported').count).toBe(2);
      expect(searches.zeroResults).toContainEqual(expect.objectContaining({ locale: 'en', query: 'xylophone tuning' }));
      expect(searches.zeroResults.map((q: { query: string }) => q.query)).not.toContain('rücksendung');
    });

    it.each([
      ['no searches', { searches: [] }],
      ['21 searches', { searches: Array.from({ length: 21 }, () => ({ q: 'x', locale: 'en' })) }],
      ['an empty query', { searches: [{ q: '  ', locale: 'en' }] }],
      ['a result count (the server counts)', { searches: [{ q: 'return', locale: 'en', results: 0 }] }],
      ['an unknown locale', { searches: [{ q: 'return', locale: 'fr' }] }],
      ['a bad visit id', { searches: [{ q: 'return', locale: 'en' }], visit: 'x' }],
    ])('should refuse a report with %s, naming the field', async (_, body) => {
      // Act
      const reply = await report(body);

      // Assess
      expectProblem(reply, 400);
      expect(reply.json.errors?.length).toBeGreaterThan(0);
    });

    it('should limit reports per client', async () => {
      // Act: a burst from this test's one address (the limit is 30 a minute)
      const replies = await Promise.all(
        Array.from({ length: 40 }, () => report({ searches: [{ q: 'burst probe', locale: 'en' }] })),
      );

      // Assess
      const statuses = replies.map((r) => r.status);
      expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(30);
      expect(statuses).toContain(429);
    });
  });

  describe('GET /api/faq/search', () => {
    it('should find the returns article first for "return" in English, in the documented shape', async () => {
      // Act
      const reply = await search('return', 'en');

      // Assess
      expect(reply.status).toBe(200);
      expect(slugsOf(reply)[0]).toBe('return-item');
      expect(reply.json.total).toBeGreaterThanOrEqual(reply.json.results.length);
      const [first] = reply.json.results as Hit[];
      expect(first).toMatchObject({
        id: expect.any(String),
        slug: 'return-item',
        locale: 'en',
        question: 'How do I return or exchange an item?',
        category: 'returns-refunds',
        score: expect.any(Number),
      });
      expect(first?.snippet).toMatch(/<mark>return/i);
      const scores = (reply.json.results as Hit[]).map((r) => r.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it.each([
      ['Vietnamese without diacritics', 'doi tra hang', 'vi'],
      ['Vietnamese with diacritics', 'đổi trả hàng', 'vi'],
      ['German with ue for ü', 'rueckgabe', 'de'],
      ['German with the umlaut', 'rückgabe', 'de'],
      ['Simplified Chinese', '退货', 'zh'],
      ['Traditional Chinese', '退貨', 'zh'],
    ])('should find the returns article for %s (%s)', async (_what, q, locale) => {
      // Act
      const reply = await search(q, locale);

      // Assess
      expect(reply.status).toBe(200);
      const [first] = reply.json.results as Hit[];
      expect(first).toMatchObject({ slug: 'return-item', locale });
    });

    it('should rank the same for Simplified and Traditional Chinese', async () => {
      // Act
      const [simplified, traditional] = await Promise.all([search('退货', 'zh'), search('退貨', 'zh')]);

      // Assess
      expect(slugsOf(traditional)).toEqual(slugsOf(simplified));
    });

    it('should keep to the category asked for', async () => {
      // Act
      const all = await search('order', 'en', '&limit=50');
      const payment = await search('order', 'en', '&category=payment&limit=50');

      // Assess
      expect(payment.status).toBe(200);
      const categories = (payment.json.results as Hit[]).map((r) => r.category);
      expect(categories.length).toBeGreaterThan(0);
      expect(new Set(categories)).toEqual(new Set(['payment']));
      expect(new Set((all.json.results as Hit[]).map((r) => r.category)).size).toBeGreaterThan(1);
    });

    it('should find nothing in a category that does not exist', async () => {
      // Act
      const reply = await search('order', 'en', '&category=no-such-category');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ results: [], total: 0 });
    });

    it('should give at most `limit` results and the full total', async () => {
      // Act
      const reply = await search('order', 'en', '&limit=2');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.results).toHaveLength(2);
      expect(reply.json.total).toBeGreaterThan(2);
    });

    it.each(['0', '51', '-1', 'ten', '2.5'])(
      'should refuse limit=%s with a 400 problem naming limit',
      async (limit) => {
        // Act
        const reply = await search('order', 'en', `&limit=${limit}`);

        // Assess
        expect(fieldsOf(reply)).toContain('limit');
      },
    );

    it.each([
      ['locale', '/api/faq/search?q=order&locale=fr'],
      ['category', '/api/faq/search?q=order&category=%3Cb%3E'],
      ['q', `/api/faq/search?q=${'a'.repeat(201)}`],
    ])('should refuse a bad %s with a 400 problem naming it', async (field, path) => {
      // Act
      const reply = await get(path);

      // Assess
      expect(fieldsOf(reply)).toContain(field);
    });

    it('should answer an empty query with no results', async () => {
      // Act
      const reply = await get('/api/faq/search?q=%20%20&locale=en');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ results: [], total: 0 });
    });
  });

  describe('GET /api/faq/suggest', () => {
    it.each([
      ['en', 'ret', 'How do I return or exchange an item?'],
      ['vi', 'doi tra', 'Làm thế nào để đổi trả hàng?'],
    ])('should suggest whole questions while typing (%s "%s")', async (locale, q, question) => {
      // Act
      const reply = await get(`/api/faq/suggest?q=${encodeURIComponent(q)}&locale=${locale}`);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.suggestions).toContain(question);
      expect(reply.json.suggestions.length).toBeLessThanOrEqual(8);
    });

    it.each([
      ['de', 'rucks', 'return-item'],
      ['vi', 'hoan tien', 'refund-status'],
      ['en', 'refnd', 'refund-status'],
      ['zh', '退', 'return-item'],
    ])('should suggest from the index the search uses, with the article to open (%s "%s")', async (locale, q, slug) => {
      // Act
      const reply = await get(`/api/faq/suggest?q=${encodeURIComponent(q)}&locale=${locale}`);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.items.map((s: { slug: string }) => s.slug)).toContain(slug);
      expect(reply.json.suggestions).toEqual(reply.json.items.map((s: { question: string }) => s.question));
    });

    it('should suggest nothing for nothing typed', async () => {
      // Act
      const reply = await get('/api/faq/suggest?q=&locale=en');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ suggestions: [], items: [] });
    });

    it('should refuse an unknown locale with a 400 problem', async () => {
      // Act
      const reply = await get('/api/faq/suggest?q=ret&locale=xx');

      // Assess
      expect(fieldsOf(reply)).toContain('locale');
    });
  });

  describe('GET /api/faq/categories', () => {
    it('should count the published English articles of each category', async () => {
      // Prepare
      const expected = new Map<string, number>();
      for (const a of seedArticles.filter((s) => s.locale === 'en'))
        expected.set(a.category, (expected.get(a.category) ?? 0) + 1);

      // Act
      const reply = await get('/api/faq/categories?locale=en');

      // Assess
      expect(reply.status).toBe(200);
      const got = new Map(
        (reply.json.categories as { category: string; count: number }[]).map((c) => [c.category, c.count]),
      );
      expect(got).toEqual(expected);
    });

    it('should count the articles a reader of a locale can open, English fallbacks included', async () => {
      // Act
      const reply = await get('/api/faq/categories?locale=vi');

      // Assess: `invoice` has no Vietnamese translation; its English version is shown instead.
      const payment = (reply.json.categories as { category: string; count: number }[]).find(
        (c) => c.category === 'payment',
      );
      const vietnamese = seedArticles.filter((s) => s.locale === 'vi' && s.category === 'payment').length;
      expect(payment?.count).toBe(vietnamese + 1);
    });
  });

  describe('GET /api/faq/articles/{slug}', () => {
    it('should give a published article with its answer as sanitised HTML and related articles', async () => {
      // Act
      const reply = await get('/api/faq/articles/return-item?locale=en');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({
        slug: 'return-item',
        locale: 'en',
        question: 'How do I return or exchange an item?',
        category: 'returns-refunds',
        outdated: false,
      });
      expect(reply.json.fallbackFrom).toBeUndefined();
      expect(reply.json.answerHtml).toContain('<strong>30 days</strong>');
      expect(reply.json.answerHtml).toContain('rel="noopener noreferrer"');
      expect(reply.json.answerHtml).not.toMatch(/<script|\son\w+=|javascript:/i);
      expect(reply.json.related.length).toBeGreaterThan(0);
      expect(reply.json.related.map((r: { slug: string }) => r.slug)).not.toContain('return-item');
    });

    it('should give the translation in the asked locale', async () => {
      // Act
      const reply = await get('/api/faq/articles/return-item?locale=de');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.locale).toBe('de');
      expect(reply.json.fallbackFrom).toBeUndefined();
      expect(reply.json.question).toBe(
        seedArticles.find((a) => a.slug === 'return-item' && a.locale === 'de')?.question,
      );
    });

    it('should fall back to English, and say so, when the locale has no translation', async () => {
      // Act
      const reply = await get('/api/faq/articles/invoice?locale=vi');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({
        slug: 'invoice',
        locale: 'en',
        fallbackFrom: 'en',
        question: 'Where can I find my invoice?',
      });
    });

    it('should answer an unknown article with a 404 problem', async () => {
      // Act
      const reply = await get('/api/faq/articles/no-such-article?locale=en');

      // Assess
      expectProblem(reply, 404);
    });

    it('should refuse a malformed slug with a 400 problem', async () => {
      // Act
      const reply = await get(`/api/faq/articles/${encodeURIComponent('not a slug!')}?locale=en`);

      // Assess
      expect(fieldsOf(reply)).toContain('slug');
    });
  });

  describe('POST /api/faq/articles/{slug}/feedback', () => {
    it('should record votes and unhelpful reasons and show them in the admin insights', async () => {
      // Act
      const up = await feedback('invoice', { helpful: true });
      const down = await feedback('invoice', { helpful: false, reason: 'outdated', comment: 'The VAT part is wrong' });
      const down2 = await feedback('invoice', { helpful: false });

      // Assess
      expect([up.status, down.status, down2.status]).toEqual([202, 202, 202]);
      expect(up.json).toEqual({ recorded: true });
      const { articles } = await insights();
      expect(articles.votes).toContainEqual({ slug: 'invoice', locale: 'en', up: 1, down: 2, helpfulRatio: 1 / 3 });
      const unhelpful = articles.unhelpful.find((a: { slug: string }) => a.slug === 'invoice');
      expect(unhelpful).toMatchObject({ locale: 'en', down: 2 });
      expect(unhelpful.reasons).toEqual([
        { reason: 'outdated', comment: 'The VAT part is wrong', at: expect.any(String) },
      ]);
    });

    it('should record a vote on a translation under its locale', async () => {
      // Act
      const reply = await feedback('return-item', { helpful: true, locale: 'de' });

      // Assess
      expect(reply.status).toBe(202);
      const { articles } = await insights();
      expect(articles.votes).toContainEqual(expect.objectContaining({ slug: 'return-item', locale: 'de', up: 1 }));
    });

    it('should answer feedback on an unknown article with a 404 problem', async () => {
      // Act
      const reply = await feedback('no-such-article', { helpful: true });

      // Assess
      expectProblem(reply, 404);
    });

    it.each<[string, unknown, string]>([
      ['helpful as a string', { helpful: 'yes' }, 'helpful'],
      ['helpful missing', { comment: 'hm' }, 'helpful'],
      ['an unknown field', { helpful: true, admin: true }, 'admin'],
      ['a comment that is too long', { helpful: false, comment: 'x'.repeat(1001) }, 'comment'],
      ['an unknown reason', { helpful: false, reason: 'boring' }, 'reason'],
      ['an unknown locale', { helpful: true, locale: 'fr' }, 'locale'],
    ])('should refuse %s with a 400 problem naming the field and record nothing', async (_what, body, field) => {
      // Act
      const reply = await feedback('delivery-times', body);

      // Assess
      expect(fieldsOf(reply).join(',')).toContain(field);
      const { articles } = await insights();
      expect(articles.votes.filter((v: { slug: string }) => v.slug === 'delivery-times')).toEqual([]);
    });

    it.each([
      ['malformed JSON', '{"helpful": '],
      ['a JSON array', '[true]'],
      ['JSON null', 'null'],
    ])('should refuse %s with a 400 problem', async (_what, raw) => {
      // Act
      const reply = await call(portal.url, 'POST', '/api/faq/articles/delivery-times/feedback', { raw });

      // Assess
      expectProblem(reply, 400);
    });
  });

  describe('search analytics', () => {
    it('should count two identical searches as one query with count 2', async () => {
      // Act
      await search('gift wrapping service', 'en');
      await search('gift wrapping service', 'en');

      // Assess
      const { searches } = await insights();
      const row = searches.top.find((q: { query: string }) => q.query === 'gift wrapping service');
      expect(row).toMatchObject({ locale: 'en', count: 2 });
    });

    it('should count searches that differ only in case, spacing and punctuation as the same query', async () => {
      // Act
      await search('Paypal   Klarna', 'en');
      await search('paypal klarna?', 'en');
      await search('  PAYPAL, KLARNA ', 'en');

      // Assess
      const { searches } = await insights();
      expect(searches.top).toContainEqual(expect.objectContaining({ locale: 'en', query: 'paypal klarna', count: 3 }));
    });

    it('should keep the same words in two locales apart', async () => {
      // Act
      await search('paypal express', 'en');
      await search('paypal express', 'de');

      // Assess
      const { searches } = await insights();
      const rows = searches.top.filter((q: { query: string }) => q.query === 'paypal express');
      expect(rows.map((r: { locale: string; count: number }) => [r.locale, r.count]).sort()).toEqual([
        ['de', 1],
        ['en', 1],
      ]);
    });

    it('should list a query that found nothing among the zero-result queries, and not one that found something', async () => {
      // Act
      const none = await search('xylophone repair', 'en');
      await search('refund', 'en');

      // Assess
      expect(none.json.total).toBe(0);
      const { searches } = await insights();
      expect(searches.zeroResults).toContainEqual(
        expect.objectContaining({ locale: 'en', query: 'xylophone repair', results: 0 }),
      );
      expect(searches.zeroResults.map((q: { query: string }) => q.query)).not.toContain('refund');
    });

    it('should count 40 simultaneous identical searches exactly, written in a batch after the answers', async () => {
      // Prepare
      const before = (await insights()).searches.total as number;

      // Act
      const replies = await Promise.all(Array.from({ length: 40 }, () => search('batched tally probe', 'en')));
      const { searches } = await insights();

      // Assess
      expect(replies.every((r) => r.status === 200)).toBe(true);
      expect(searches.total).toBe(before + 40);
      expect(searches.top).toContainEqual(
        expect.objectContaining({ locale: 'en', query: 'batched tally probe', count: 40 }),
      );
    });

    it('should not count an empty search', async () => {
      // Prepare
      const before = (await insights()).searches.total;

      // Act
      await get('/api/faq/search?q=%20&locale=en');

      // Assess
      expect((await insights()).searches.total).toBe(before);
    });

    it('should store one aggregate per query and day with no personal data such as the client address', async () => {
      // Prepare
      await search('assembly instructions', 'en');
      await search('assembly instructions', 'en');
      await flushSearches(portal.deps.stores); // counts are written in batches, off the query's path
      const { doc, table } = portal.deps.stores.db;
      const day = new Date().toISOString().slice(0, 10);

      // Act
      const { Items = [] } = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `STATS#SEARCH#${day}` },
        }),
      );

      // Assess
      const rows = Items.filter((i) => i.query === 'assembly instructions');
      expect(rows).toHaveLength(1);
      expect(rows[0]?.count).toBe(2);
      for (const item of Items) {
        expect(['count', 'day', 'expiresAt', 'key', 'locale', 'pk', 'query', 'results', 'sk']).toEqual(
          expect.arrayContaining(Object.keys(item)),
        );
        expect(JSON.stringify(item)).not.toMatch(/127\.0\.0\.1|::1|::ffff|user-agent|undici|node/i);
      }
    });

    it('should not keep an email address typed into the search box', async () => {
      // Act
      await search('ana.souza@example.com 10023 invoice', 'en');

      // Assess
      const { searches } = await insights();
      expect(JSON.stringify(searches)).not.toMatch(/ana.?souza|example.?com/);
    });
  });

  describe('hostile input', () => {
    it.each([
      ['an SQL-like query', "' OR 1=1 --"],
      ['a NoSQL operator', '{"$ne": null}'],
      ['markup', '<script>alert(1)</script>'],
      ['control characters', '\u0000\u0007\uFFFF'],
    ])('should search for %s without failing and escape it in snippets', async (_what, q) => {
      // Act
      const reply = await search(q, 'en');

      // Assess
      expect(reply.status).toBe(200);
      for (const r of reply.json.results as Hit[]) expect(r.snippet).not.toMatch(/<(?!\/?mark>)/);
    });
  });
});
