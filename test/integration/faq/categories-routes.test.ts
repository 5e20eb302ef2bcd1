import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface Category {
  id: string;
  names: Record<string, string>;
  articles?: number;
}

describe('Routes: /api/admin/faq/categories', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const read = () => call(portal.url, 'GET', '/api/admin/faq/categories', { token: admin });
  const save = (categories: unknown, ifMatch?: string) =>
    call(portal.url, 'PUT', '/api/admin/faq/categories', {
      token: admin,
      body: { categories },
      headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
    });
  const strip = (list: Category[]) => list.map(({ id, names }) => ({ id, names }));
  const topics = async (locale: string) =>
    (await call(portal.url, 'GET', `/api/faq/categories?locale=${locale}`)).json.categories as {
      category: string;
      name: string;
      count: number;
    }[];

  it('should start with the translated categories of the language packs, with article counts', async () => {
    // Act
    const reply = await read();

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.headers.get('etag')).toBe('"0"');
    const categories = reply.json.categories as Category[];
    const shipping = categories.find((c) => c.id === 'shipping')!;
    expect(shipping.names).toEqual({
      en: 'Shipping and delivery',
      de: 'Versand und Lieferung',
      vi: 'Vận chuyển và giao hàng',
      zh: '運送與配送',
    });
    expect(shipping.articles).toBeGreaterThan(0);
    expect(reply.json.unlisted).toEqual([]);
  });

  it('should name public topics in the reader’s language', async () => {
    // Act
    const [en, de] = await Promise.all([topics('en'), topics('de')]);

    // Assess
    expect(en.find((t) => t.category === 'shipping')?.name).toBe('Shipping and delivery');
    expect(de.find((t) => t.category === 'shipping')?.name).toBe('Versand und Lieferung');
  });

  it('should rename and add categories with If-Match, and the public topics follow', async () => {
    // Prepare
    const list = strip((await read()).json.categories as Category[]);
    const renamed = list.map((c) => (c.id === 'shipping' ? { ...c, names: { ...c.names, en: 'Delivery' } } : c));
    const added = [
      ...renamed,
      { id: 'gift-cards', names: { en: 'Gift cards', de: 'Gutscheine', vi: 'Thẻ quà tặng', zh: '禮品卡' } },
    ];

    // Act
    const reply = await save(added, '"0"');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.headers.get('etag')).toBe('"1"');
    expect(strip(reply.json.categories as Category[])).toEqual(added);
    expect((await topics('en')).find((t) => t.category === 'shipping')?.name).toBe('Delivery');
  });

  it('should refuse a stale save, a missing If-Match, duplicates, bad ids, missing names and unknown fields', async () => {
    // Prepare
    const list = strip((await read()).json.categories as Category[]);
    const names = { en: 'X', de: 'X', vi: 'X', zh: 'X' };

    // Act
    const [stale, missing, duplicate, badId, noName, unknown, markup] = await Promise.all([
      save(list, '"0"'),
      save(list),
      save([...list, list[0]], '"1"'),
      save([...list, { id: 'Gift Cards', names }], '"1"'),
      save([...list, { id: 'x', names: { en: 'X' } }], '"1"'),
      save([...list, { id: 'x', names, colour: 'red' }], '"1"'),
      save([...list, { id: 'x', names: { ...names, en: '<b>x</b>' } }], '"1"'),
    ]);

    // Assess
    expectProblem(stale, 412);
    expectProblem(missing, 428);
    expect(expectProblem(duplicate, 400).detail).toMatch(/twice/);
    for (const reply of [badId, noName, unknown, markup]) expectProblem(reply, 400);
    expect((await read()).json.version).toBe(1);
  });

  it('should refuse to remove a category articles still use, naming it', async () => {
    // Prepare
    const list = strip((await read()).json.categories as Category[]);

    // Act
    const reply = await save(
      list.filter((c) => c.id !== 'payment'),
      '"1"',
    );

    // Assess
    expect(expectProblem(reply, 409).detail).toMatch(/"payment" is used by \d+ article/);
    expect((await read()).json.version).toBe(1);
  });

  it('should list category ids that articles use but the list does not name yet', async () => {
    // Prepare: an article imported with a category nobody has named.
    const imported = await call(portal.url, 'POST', '/api/admin/faq/import', {
      token: admin,
      body: [
        {
          slug: 'quokka-care',
          locale: 'en',
          question: 'How do I care for a quokka?',
          answer: 'Gently.',
          category: 'wildlife',
          tags: [],
          status: 'published',
        },
      ],
    });
    expect(imported.status).toBe(200);

    // Act
    const reply = await read();

    // Assess
    expect(reply.json.unlisted).toEqual([{ id: 'wildlife', articles: 1 }]);
  });

  it('should keep the categories to admins', async () => {
    // Prepare
    const agent = await login(portal.url, 'agent@example.com');
    const customer = await login(portal.url, 'ana@example.com');

    // Act
    const replies = await Promise.all([
      call(portal.url, 'GET', '/api/admin/faq/categories', { token: agent }),
      call(portal.url, 'PUT', '/api/admin/faq/categories', {
        token: customer,
        body: { categories: [] },
        headers: { 'if-match': '"1"' },
      }),
      call(portal.url, 'GET', '/api/admin/faq/categories'),
    ]);

    // Assess
    expect(replies.map((r) => r.status)).toEqual([403, 403, 401]);
  });
});
