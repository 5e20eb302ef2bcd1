import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const KEYED = 'public, max-age=3600, s-maxage=86400';
const UNKEYED = 'public, max-age=60, s-maxage=60';

describe('Routes: public FAQ reads and their cache headers', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) => call(portal.url, 'GET', path, { headers });
  const revision = async () => {
    const reply = await get('/api/faq/revision');
    expect(reply.status).toBe(200);
    return reply.json.rev as string;
  };

  it('should tell the revision, cached for seconds only', async () => {
    // Act
    const reply = await get('/api/faq/revision');

    // Assess
    expect(reply.json.rev).toMatch(/^\d+\.\d+$/);
    expect(reply.headers.get('cache-control')).toBe('public, max-age=10, s-maxage=10');
  });

  it('should let caches keep a read asked with the current revision long, and one without briefly', async () => {
    // Prepare
    const rev = await revision();

    // Act
    const [keyed, bare, stale, suggest, portalSearch] = await Promise.all([
      get(`/api/faq/categories?locale=en&rev=${rev}`),
      get('/api/faq/categories?locale=en'),
      get('/api/faq/categories?locale=en&rev=0.0'),
      get(`/api/faq/suggest?q=retu&locale=en&rev=${rev}`),
      get(`/api/faq/search?q=delivery&locale=en&source=portal&rev=${rev}`),
    ]);

    // Assess
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('cache-control')).toBe(KEYED);
    expect(keyed.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(bare.headers.get('cache-control')).toBe(UNKEYED);
    expect(stale.headers.get('cache-control')).toBe(UNKEYED);
    expect(suggest.headers.get('cache-control')).toBe(KEYED);
    expect(portalSearch.headers.get('cache-control')).toBe(KEYED);
  });

  it('should answer a matching If-None-Match with 304 and the same cache policy', async () => {
    // Prepare
    const rev = await revision();
    const first = await get(`/api/faq/categories?locale=de&rev=${rev}`);
    const etag = first.headers.get('etag')!;

    // Act
    const again = await get(`/api/faq/categories?locale=de&rev=${rev}`, { 'if-none-match': etag });

    // Assess
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(KEYED);
  });

  it('should never let a cache answer what is counted: a person’s search, an article view, an error', async () => {
    // Prepare
    const rev = await revision();
    const { slug } = (await get(`/api/faq/search?q=return&locale=en&source=portal&rev=${rev}`)).json.results[0];

    // Act
    const [person, article, missing, invalid] = await Promise.all([
      get(`/api/faq/search?q=return&locale=en&source=person&rev=${rev}`),
      get(`/api/faq/articles/${slug}?locale=en&rev=${rev}`),
      get(`/api/faq/articles/no-such-article?locale=en&rev=${rev}`),
      get(`/api/faq/search?q=x&limit=500&rev=${rev}`),
    ]);

    // Assess
    expect(person.status).toBe(200);
    expect(person.headers.get('cache-control')).toBe('no-store');
    expect(person.headers.get('etag')).toBeNull();
    expect(article.status).toBe(200);
    expect(article.headers.get('cache-control')).toBe('no-store');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).toBe('no-store');
  });

  it('should move the revision on publish and on a category change, so old keys stay short-lived', async () => {
    // Prepare
    const before = await revision();
    const unkeyedPath = '/api/faq/search?q=wombat&locale=en&source=portal';
    const etagBefore = (await get(unkeyedPath)).headers.get('etag');
    const auth = { token: admin };
    const created = await call(portal.url, 'POST', '/api/admin/faq', {
      ...auth,
      body: {
        slug: 'wombat-walks',
        locale: 'en',
        question: 'Can I book a wombat walk?',
        answer: 'Yes, **wombat** walks run daily.',
        category: 'orders',
        tags: [],
      },
    });
    expect(created.status).toBe(201);

    // Act
    expect((await call(portal.url, 'POST', '/api/admin/faq/wombat-walks/en/publish', auth)).status).toBe(200);
    const published = await revision();
    const list = await call(portal.url, 'GET', '/api/admin/faq/categories', auth);
    const saved = await call(portal.url, 'PUT', '/api/admin/faq/categories', {
      ...auth,
      body: { categories: list.json.categories.map(({ id, names }: { id: string; names: object }) => ({ id, names })) },
      headers: { 'if-match': `"${list.json.version}"` },
    });
    expect(saved.status).toBe(200);
    const renamed = await revision();

    // Assess
    expect(published).not.toBe(before);
    expect(renamed).not.toBe(published);
    const old = await get(`/api/faq/search?q=wombat&locale=en&source=portal&rev=${before}`);
    expect(old.json.results.map((r: { slug: string }) => r.slug)).toContain('wombat-walks');
    expect(old.headers.get('cache-control')).toBe(UNKEYED);
    const current = await get(`/api/faq/search?q=wombat&locale=en&source=portal&rev=${renamed}`);
    expect(current.headers.get('cache-control')).toBe(KEYED);
    // The same URL without `rev`: a new revision is a new body, so a new ETag (no stale 304).
    const etagAfter = (await get(unkeyedPath)).headers.get('etag');
    expect(etagBefore).toMatch(/^"[\w-]+"$/);
    expect(etagAfter).toMatch(/^"[\w-]+"$/);
    expect(etagAfter).not.toBe(etagBefore);
  });
});
