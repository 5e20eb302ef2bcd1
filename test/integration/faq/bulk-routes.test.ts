import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface Row {
  slug: string;
  locale: string;
  question: string;
  answer: string;
  category: string;
  tags: string[];
  status: 'draft' | 'published';
}
interface Report {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  rows: {
    index: number;
    slug?: string;
    locale?: string;
    result: string;
    errors?: { field: string; message: string }[];
  }[];
}

const IMPORT_SHAPE = ['answer', 'category', 'locale', 'question', 'slug', 'status', 'tags'];
const row = (slug: string, word: string, status: Row['status'] = 'published', locale = 'en'): Row => ({
  slug,
  locale,
  question: `How does the ${word} service work?`,
  answer: `Our **${word}** service is explained here.`,
  category: 'services',
  tags: [word],
  status,
});

describe('Routes: /api/admin/faq bulk import, export, synonyms and preview', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(portal.url, method, path, { token: admin, body, headers });
  const importRows = async (rows: unknown) => {
    const reply = await send('POST', '/api/admin/faq/import', rows);
    expect(reply.status, reply.text).toBe(200);
    return reply.json as Report;
  };
  const exportRows = async () => {
    const reply = await send('GET', '/api/admin/faq/export');
    expect(reply.status).toBe(200);
    return reply.json as Row[];
  };
  const found = async (q: string, locale = 'en') =>
    (
      (await call(portal.url, 'GET', `/api/faq/search?q=${encodeURIComponent(q)}&locale=${locale}`)).json.results as {
        slug: string;
      }[]
    ).map((r) => r.slug);
  const listed = async () =>
    (await send('GET', '/api/admin/faq')).json.articles as {
      slug: string;
      locale: string;
      version: number;
      status: string;
    }[];

  describe('GET /api/admin/faq/export', () => {
    it('should give every article as an import row', async () => {
      // Prepare
      const articles = await listed();

      // Act
      const reply = await send('GET', '/api/admin/faq/export');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-disposition')).toContain('attachment');
      const rows = reply.json as Row[];
      expect(rows).toHaveLength(articles.length);
      expect(rows.length).toBeGreaterThanOrEqual(40);
      for (const r of rows) expect(Object.keys(r).sort()).toEqual(IMPORT_SHAPE);
      expect(new Set(rows.map((r) => `${r.slug}#${r.locale}`))).toEqual(
        new Set(articles.map((a) => `${a.slug}#${a.locale}`)),
      );
      expect(rows.find((r) => r.slug === 'return-item' && r.locale === 'vi')).toMatchObject({
        status: 'published',
        category: 'returns-refunds',
        question: 'Làm thế nào để đổi trả hàng?',
      });
    });

    it('should round-trip: importing an export changes nothing', async () => {
      // Prepare
      const rows = await exportRows();
      const versions = new Map((await listed()).map((a) => [`${a.slug}#${a.locale}`, a.version]));

      // Act
      const report = await importRows(rows);

      // Assess
      expect(report).toMatchObject({ created: 0, updated: 0, failed: 0, unchanged: rows.length });
      expect(new Map((await listed()).map((a) => [`${a.slug}#${a.locale}`, a.version]))).toEqual(versions);
    });

    it('should round-trip an article with unpublished edits without publishing them', async () => {
      // Prepare
      await importRows([row('pending-edit', 'zeppelin')]);
      const head = await send('GET', '/api/admin/faq/pending-edit/en');
      const edit = await send(
        'PUT',
        '/api/admin/faq/pending-edit/en',
        { ...row('pending-edit', 'airship'), slug: undefined, locale: undefined, status: undefined },
        { 'if-match': head.headers.get('etag') ?? '' },
      );
      expect(edit.json).toMatchObject({ status: 'published', hasUnpublishedChanges: true });
      const exported = await exportRows();

      // Act
      const report = await importRows(exported);

      // Assess
      expect(report.updated).toBe(0);
      expect(report.rows.find((r) => r.slug === 'pending-edit')?.result).toBe('unchanged');
      expect(await found('airship')).toEqual([]);
      expect(await found('zeppelin')).toEqual(['pending-edit']);
    });
  });

  describe('POST /api/admin/faq/import', () => {
    it('should create new rows and publish them, searchable at once under the slug given', async () => {
      // Act
      const report = await importRows([
        row('gyro-copter', 'gyrocopter'),
        row('hover-craft', 'hovercraft'),
        row('hover-craft', 'luftkissenboot', 'published', 'de'),
      ]);

      // Assess
      expect(report).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: 0 });
      expect(report.rows.map((r) => [r.index, r.slug, r.locale, r.result])).toEqual([
        [0, 'gyro-copter', 'en', 'created'],
        [1, 'hover-craft', 'en', 'created'],
        [2, 'hover-craft', 'de', 'created'],
      ]);
      expect(await found('gyrocopter')).toEqual(['gyro-copter']);
      expect(await found('luftkissenboot', 'de')).toEqual(['hover-craft']);
      const article = await call(portal.url, 'GET', '/api/faq/articles/hover-craft?locale=de');
      expect(article.json).toMatchObject({ slug: 'hover-craft', locale: 'de' });
    });

    it('should keep a slug exactly as given, since search results carry it back', async () => {
      // Act
      const report = await importRows([row('Gift-Card-FAQ', 'giftcardz')]);

      // Assess
      expect(report.created).toBe(1);
      expect(await found('giftcardz')).toEqual(['Gift-Card-FAQ']);
    });

    it('should upsert by slug and locale: unchanged, updated and created rows counted apart', async () => {
      // Prepare
      await importRows([row('jet-pack', 'jetpack'), row('rocket-belt', 'rocketbelt')]);
      const before = (await listed()).filter((a) => a.slug === 'jet-pack' || a.slug === 'rocket-belt');

      // Act
      const report = await importRows([
        row('jet-pack', 'jetpack'),
        { ...row('rocket-belt', 'rocketbelt'), answer: 'Now with **rocketbelt** rentals.' },
        row('ornithopter', 'ornithopter'),
      ]);

      // Assess
      expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 1, failed: 0 });
      expect(report.rows.map((r) => r.result)).toEqual(['unchanged', 'updated', 'created']);
      const after = (await listed()).filter((a) => a.slug === 'jet-pack' || a.slug === 'rocket-belt');
      expect(after.filter((a) => a.slug === 'jet-pack')).toEqual(before.filter((a) => a.slug === 'jet-pack'));
      expect(after.filter((a) => a.slug === 'rocket-belt').map((a) => a.slug)).toEqual(['rocket-belt']);
      const article = await call(portal.url, 'GET', '/api/faq/articles/rocket-belt?locale=en');
      expect(article.json.answerHtml).toContain('rentals');
    });

    it('should keep draft rows out of search, and unpublish an article imported again as a draft', async () => {
      // Prepare
      await importRows([row('sky-lift', 'skylift')]);
      expect(await found('skylift')).toEqual(['sky-lift']);

      // Act
      const report = await importRows([row('sky-lift', 'skylift', 'draft'), row('cable-car', 'cablecar', 'draft')]);

      // Assess
      expect(report).toMatchObject({ created: 1, updated: 1 });
      expect(await found('skylift')).toEqual([]);
      expect(await found('cablecar')).toEqual([]);
      expect((await listed()).filter((a) => a.slug === 'cable-car').map((a) => a.status)).toEqual(['draft']);
    });

    it('should report a bad row by its index and field and apply the others', async () => {
      // Act
      const report = await importRows([
        row('monorail', 'monorail'),
        { ...row('bad slug!', 'bad'), tags: 'x' },
        row('funicular', 'funicular'),
        'not an object',
        null,
        { ...row('huge-answer', 'huge'), answer: 'x'.repeat(50_001) },
        { ...row('no-locale', 'nolocale'), locale: 'fr' },
      ]);

      // Assess
      expect(report).toMatchObject({ created: 2, failed: 5 });
      const byIndex = new Map(report.rows.map((r) => [r.index, r]));
      expect(byIndex.get(0)?.result).toBe('created');
      expect(byIndex.get(2)?.result).toBe('created');
      expect(byIndex.get(1)).toMatchObject({ result: 'error', slug: 'bad slug!' });
      expect(byIndex.get(1)?.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['slug', 'tags']));
      expect(byIndex.get(3)?.result).toBe('error');
      expect(byIndex.get(4)?.result).toBe('error');
      expect(byIndex.get(5)?.errors?.map((e) => e.field)).toEqual(['answer']);
      expect(byIndex.get(6)?.errors?.map((e) => e.field)).toEqual(['locale']);
      expect(await found('monorail')).toEqual(['monorail']);
      expect(await found('funicular')).toEqual(['funicular']);
      expect((await listed()).map((a) => a.slug)).not.toContain('huge-answer');
      expect((await listed()).map((a) => a.slug)).not.toContain('no-locale');
    });

    it('should import a row with columns other tools add, name them as ignored, and default the category', async () => {
      // Prepare
      const { category: _c, ...withoutCategory } = row('tandem-bike', 'tandembike');

      // Act
      const report = await importRows([{ ...withoutCategory, id: 17, url: 'https://old.example/faq/17' }]);

      // Assess
      expect(report.rows).toEqual([
        { index: 0, slug: 'tandem-bike', locale: 'en', result: 'created', ignoredFields: ['id', 'url'] },
      ]);
      const exported = (await exportRows()).find((r) => r.slug === 'tandem-bike');
      expect(exported).toEqual({ ...withoutCategory, category: 'general' });
    });

    it.each<[string, unknown]>([
      ['an object', { slug: 'x' }],
      ['a string', 'rows'],
      ['null', null],
      ['an empty array', []],
      ['more than 1000 rows', Array.from({ length: 1001 }, (_, i) => row(`r-${i}`, 'bulk'))],
    ])('should refuse %s with a 400 problem and write nothing', async (_what, body) => {
      // Prepare
      const before = await listed();

      // Act
      const reply = await send('POST', '/api/admin/faq/import', body);

      // Assess
      expectProblem(reply, 400);
      expect(await listed()).toEqual(before);
    });

    it('should refuse malformed JSON with a 400 problem', async () => {
      // Act
      const reply = await call(portal.url, 'POST', '/api/admin/faq/import', { token: admin, raw: '[{"slug": ' });

      // Assess
      expectProblem(reply, 400);
    });

    it('should accept 1000 rows, the documented maximum', async () => {
      // Prepare: one good row and 999 bad ones, so the check is about the count, not the work.
      const rows: unknown[] = [row('thousandth', 'thousandth'), ...Array.from({ length: 999 }, () => ({}))];

      // Act
      const report = await importRows(rows);

      // Assess
      expect(report).toMatchObject({ created: 1, failed: 999 });
    });
  });

  describe('synonyms', () => {
    it('should make a query with a new synonym find the article at once', async () => {
      // Prepare
      await importRows([row('zorbing', 'zorbing')]);
      expect(await found('hamsterball')).toEqual([]);

      // Act
      const put = await send('PUT', '/api/admin/synonyms/en', { groups: [['Zorbing', 'hamsterball', 'zorbing']] });

      // Assess
      expect(put.status).toBe(200);
      expect(put.json).toEqual({ groups: [['zorbing', 'hamsterball']] });
      expect((await send('GET', '/api/admin/synonyms/en')).json).toEqual({ groups: [['zorbing', 'hamsterball']] });
      expect(await found('hamsterball')).toEqual(['zorbing']);
    });

    it('should keep synonyms to their locale', async () => {
      // Prepare
      await importRows([row('zorbing', 'zorbing', 'published', 'de')]);
      await send('PUT', '/api/admin/synonyms/en', { groups: [['zorbing', 'hamsterball']] });

      // Act
      const german = await send('GET', '/api/admin/synonyms/de');

      // Assess
      expect(german.json).toEqual({ groups: [] });
      expect(await found('hamsterball', 'de')).not.toContain('zorbing');
    });

    it('should stop using a synonym once it is removed', async () => {
      // Prepare
      await importRows([row('sandboarding', 'sandboarding')]);
      await send('PUT', '/api/admin/synonyms/en', { groups: [['sandboarding', 'dunesurfing']] });
      expect(await found('dunesurfing')).toEqual(['sandboarding']);

      // Act
      const put = await send('PUT', '/api/admin/synonyms/en', { groups: [] });

      // Assess
      expect(put.status).toBe(200);
      expect(await found('dunesurfing')).toEqual([]);
    });

    it.each<[string, string, unknown]>([
      ['a group of one term', '/api/admin/synonyms/en', { groups: [['alone']] }],
      ['groups that are not arrays', '/api/admin/synonyms/en', { groups: 'a,b' }],
      ['an unknown field', '/api/admin/synonyms/en', { groups: [], extra: 1 }],
      ['an empty term', '/api/admin/synonyms/en', { groups: [['a', ' ']] }],
      ['an unknown locale', '/api/admin/synonyms/fr', { groups: [['a', 'b']] }],
    ])('should refuse %s with a 400 problem', async (_what, path, body) => {
      // Prepare
      const before = (await send('GET', '/api/admin/synonyms/en')).json;

      // Act
      const reply = await send('PUT', path, body);

      // Assess
      expectProblem(reply, 400);
      expect((await send('GET', '/api/admin/synonyms/en')).json).toEqual(before);
    });
  });

  describe('POST /api/admin/faq/preview', () => {
    it('should render markdown the way customers see it, sanitised', async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq/preview', {
        markdown:
          '**Hi** [a](https://ok.example) <script>alert(1)</script> <img src=x onerror=alert(1)> [b](javascript:alert(1))',
      });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.html).toContain('<strong>Hi</strong>');
      expect(reply.json.html).toContain('<a href="https://ok.example" rel="noopener noreferrer">a</a>');
      expect(reply.json.html).not.toMatch(/<script|<img|onerror|javascript:/i);
    });

    it.each<[string, unknown]>([
      ['markdown that is too long', { markdown: 'x'.repeat(20_001) }],
      ['an unknown field', { markdown: 'x', html: '<b>' }],
      ['markdown that is not a string', { markdown: 5 }],
    ])('should refuse %s with a 400 problem', async (_what, body) => {
      // Act
      const reply = await send('POST', '/api/admin/faq/preview', body);

      // Assess
      expectProblem(reply, 400);
    });
  });
});
