import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login, type Reply } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const ADMIN_EMAIL = 'admin@example.com';

/** Content whose made-up word no seeded article contains, so a search for it finds only this. */
const contentAbout = (word: string, extra = '') => ({
  question: `How do I book a ${word} tour?`,
  answer: `Book your **${word}** tour in the app.${extra}`,
  category: 'tours',
  tags: [word],
});
const fieldsOf = (reply: Reply) =>
  (expectProblem(reply, 400).errors as { field: string }[]).map((e) => e.field).join(',');

describe('Routes: /api/admin/faq', () => {
  let portal: TestPortal;
  let admin: string;
  let ana: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    [admin, ana] = await Promise.all([login(portal.url, ADMIN_EMAIL), login(portal.url, 'ana@example.com')]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(portal.url, method, path, { token: admin, body, headers });
  const create = (slug: string, content: object, locale = 'en') =>
    send('POST', '/api/admin/faq', { slug, locale, ...content });
  const update = (slug: string, content: object, ifMatch?: string) =>
    send('PUT', `/api/admin/faq/${slug}/en`, content, ifMatch === undefined ? {} : { 'if-match': ifMatch });
  const act = (slug: string, action: 'publish' | 'unpublish' | 'restore', body?: unknown, ifMatch?: string) =>
    send('POST', `/api/admin/faq/${slug}/en/${action}`, body, ifMatch === undefined ? {} : { 'if-match': ifMatch });
  const read = (slug: string) => send('GET', `/api/admin/faq/${slug}/en`);
  const found = async (word: string) => {
    const reply = await call(portal.url, 'GET', `/api/faq/search?q=${word}&locale=en`);
    expect(reply.status).toBe(200);
    return (reply.json.results as { slug: string }[]).map((r) => r.slug);
  };
  const publicArticle = (slug: string) => call(portal.url, 'GET', `/api/faq/articles/${slug}?locale=en`);
  const listed = async () =>
    (await send('GET', '/api/admin/faq')).json.articles as { slug: string; locale: string; version: number }[];

  /** Creates and publishes an article; returns its version after publishing. */
  async function published(slug: string, word: string) {
    expect((await create(slug, contentAbout(word))).status).toBe(201);
    const reply = await act(slug, 'publish');
    expect(reply.status).toBe(200);
    return reply.json.version as number;
  }

  describe('create and publish', () => {
    it('should create a draft with version 1 and its ETag, not yet visible to customers', async () => {
      // Act
      const reply = await create('quokka-tour', contentAbout('quokka'));

      // Assess
      expect(reply.status).toBe(201);
      expect(reply.headers.get('etag')).toBe('"1"');
      expect(reply.json).toMatchObject({
        slug: 'quokka-tour',
        locale: 'en',
        ...contentAbout('quokka'),
        version: 1,
        status: 'draft',
        hasUnpublishedChanges: false,
        updatedBy: ADMIN_EMAIL,
      });
      expect(await found('quokka')).toEqual([]);
      expectProblem(await publicArticle('quokka-tour'), 404);
      const again = await read('quokka-tour');
      expect(again.status).toBe(200);
      expect(again.headers.get('etag')).toBe('"1"');
    });

    it('should make a published article searchable and readable at once', async () => {
      // Prepare
      await create('numbat-tour', contentAbout('numbat'));

      // Act
      const reply = await act('numbat-tour', 'publish', undefined, '"1"');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers.get('etag')).toBe('"2"');
      expect(reply.json).toMatchObject({
        version: 2,
        status: 'published',
        publishedVersion: 2,
        hasUnpublishedChanges: false,
      });
      expect(await found('numbat')).toEqual(['numbat-tour']);
      const article = await publicArticle('numbat-tour');
      expect(article.status).toBe(200);
      expect(article.json).toMatchObject({ slug: 'numbat-tour', question: 'How do I book a numbat tour?' });
      expect(article.json.answerHtml).toContain('<strong>numbat</strong>');
    });

    it('should refuse a second article with the same slug and locale with a 409 problem', async () => {
      // Prepare
      await create('dingo-tour', contentAbout('dingo'));

      // Act
      const reply = await create('dingo-tour', contentAbout('emu'));

      // Assess
      expectProblem(reply, 409);
      expect((await read('dingo-tour')).json.question).toBe('How do I book a dingo tour?');
    });

    it('should allow the same slug in another locale', async () => {
      // Prepare
      await create('bilby-tour', contentAbout('bilby'));

      // Act
      const reply = await create('bilby-tour', contentAbout('bilby'), 'de');

      // Assess
      expect(reply.status).toBe(201);
      expect(reply.json).toMatchObject({ slug: 'bilby-tour', locale: 'de', version: 1 });
    });

    it('should let exactly one of two simultaneous creates of one slug win, and tell the other it exists (409)', async () => {
      // Act
      const replies = await Promise.all([
        create('wallaby-tour', contentAbout('wallaby')),
        create('wallaby-tour', contentAbout('wallaroo')),
      ]);

      // Assess
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    });
  });

  describe('edit with If-Match', () => {
    it('should save an edit as a new version and keep the live copy until it is published', async () => {
      // Prepare
      const version = await published('koala-tour', 'koala');

      // Act
      const reply = await update('koala-tour', contentAbout('wombat'), `"${version}"`);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers.get('etag')).toBe(`"${version + 1}"`);
      expect(reply.json).toMatchObject({
        version: version + 1,
        question: 'How do I book a wombat tour?',
        status: 'published',
        publishedVersion: version,
        hasUnpublishedChanges: true,
      });
      expect(await found('wombat')).toEqual([]);
      expect(await found('koala')).toEqual(['koala-tour']);
      expect((await publicArticle('koala-tour')).json.question).toBe('How do I book a koala tour?');
    });

    it('should publish the edit on request, so search finds the new words at once', async () => {
      // Prepare
      const version = await published('platypus-tour', 'platypus');
      await update('platypus-tour', contentAbout('echidna'), `"${version}"`);

      // Act
      const reply = await act('platypus-tour', 'publish', undefined, `"${version + 1}"`);

      // Assess
      expect(reply.json).toMatchObject({
        status: 'published',
        hasUnpublishedChanges: false,
        publishedVersion: version + 2,
      });
      expect(await found('echidna')).toEqual(['platypus-tour']);
      expect(await found('platypus')).toEqual([]);
    });

    it('should accept a weak ETag in If-Match', async () => {
      // Prepare
      await create('possum-tour', contentAbout('possum'));

      // Act
      const reply = await update('possum-tour', contentAbout('possum', ' Now weekly.'), 'W/"1"');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.version).toBe(2);
    });

    it('should refuse a stale If-Match with a 412 problem that carries the current article', async () => {
      // Prepare
      await create('kiwi-tour', contentAbout('kiwi'));
      await update('kiwi-tour', contentAbout('kiwi', ' First edit.'), '"1"');

      // Act
      const reply = await update('kiwi-tour', contentAbout('kiwi', ' Stale edit.'), '"1"');

      // Assess
      const problem = expectProblem(reply, 412);
      expect(problem.current).toMatchObject({
        slug: 'kiwi-tour',
        version: 2,
        answer: 'Book your **kiwi** tour in the app. First edit.',
      });
      const now = await read('kiwi-tour');
      expect(now.json.version).toBe(2);
      expect(now.json.answer).toContain('First edit.');
    });

    it('should refuse an edit without If-Match with a 428 problem and change nothing', async () => {
      // Prepare
      await create('tuatara-tour', contentAbout('tuatara'));

      // Act
      const reply = await update('tuatara-tour', contentAbout('tuatara', ' Unchecked.'));

      // Assess
      expectProblem(reply, 428);
      expect((await read('tuatara-tour')).json.version).toBe(1);
    });

    it('should refuse If-Match * on an edit like a missing one (428): an edit needs the version it started from', async () => {
      // Prepare
      await create('cassowary-any', contentAbout('cassowary'));

      // Act
      const reply = await update('cassowary-any', contentAbout('cassowary', ' x'), '*');

      // Assess
      expectProblem(reply, 428);
      expect((await read('cassowary-any')).json.version).toBe(1);
    });

    it.each(['garbage', '"v1"', '"1", "2"', '"1', '1"', 'W/1', '-1', '"1.0"', '""'])(
      'should refuse an If-Match %j that does not parse with a 400 problem naming If-Match, and change nothing',
      async (ifMatch) => {
        // Prepare
        const slug = `cassowary-${Buffer.from(ifMatch).toString('hex')}`;
        await create(slug, contentAbout('cassowary'));

        // Act
        const reply = await update(slug, contentAbout('cassowary', ' x'), ifMatch);

        // Assess
        expect(expectProblem(reply, 400).detail).toMatch(/If-Match/);
        expect((await read(slug)).json.version).toBe(1);
      },
    );

    it('should let exactly one of two simultaneous saves from the same version win', async () => {
      // Prepare
      await create('quoll-tour', contentAbout('quoll'));

      // Act
      const replies = await Promise.all([
        update('quoll-tour', contentAbout('quoll', ' Editor A.'), '"1"'),
        update('quoll-tour', contentAbout('quoll', ' Editor B.'), '"1"'),
      ]);

      // Assess
      expect(replies.map((r) => r.status).sort()).toEqual([200, 412]);
      const winner = replies.find((r) => r.status === 200)!;
      expectProblem(replies.find((r) => r.status === 412)!, 412);
      const now = await read('quoll-tour');
      expect(now.json.version).toBe(2);
      expect(now.json.answer).toBe(winner.json.answer);
      const history = await send('GET', '/api/admin/faq/quoll-tour/en/history');
      expect(history.json.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    });

    it('should answer an edit of an unknown article with a 404 problem', async () => {
      // Act
      const reply = await update('no-such-tour', contentAbout('nothing'), '"1"');

      // Assess
      expectProblem(reply, 404);
    });
  });

  describe('translations', () => {
    it('should mark a translation outdated once the English article is published again', async () => {
      // Prepare
      const before = await call(portal.url, 'GET', '/api/faq/articles/delivery-times?locale=de');
      const english = await read('delivery-times');
      const { slug: _s, locale: _l, question, answer, category, tags } = english.json;

      // Act
      const edited = await update(
        'delivery-times',
        { question, answer: `${answer}\n\nUpdated.`, category, tags },
        english.headers.get('etag') ?? '',
      );
      await act('delivery-times', 'publish', undefined, edited.headers.get('etag') ?? '');
      const after = await call(portal.url, 'GET', '/api/faq/articles/delivery-times?locale=de');

      // Assess
      expect(before.json).toMatchObject({ locale: 'de', outdated: false });
      expect(after.json).toMatchObject({ locale: 'de', outdated: true });
      expect((await publicArticle('delivery-times')).json.outdated).toBe(false);
    });
  });

  describe('slugs and categories', () => {
    it('should keep a slug and a category exactly as given, and search carries the slug back', async () => {
      // Prepare
      const slug = 'Tours_2026.Quokka~v2';

      // Act
      const created = await create(slug, { ...contentAbout('quokkatwo'), category: 'Tours & trips' });
      await send('POST', `/api/admin/faq/${encodeURIComponent(slug)}/en/publish`);

      // Assess
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ slug, category: 'Tours & trips' });
      expect(await found('quokkatwo')).toEqual([slug]);
      const article = await call(portal.url, 'GET', `/api/faq/articles/${encodeURIComponent(slug)}?locale=en`);
      expect(article.json).toMatchObject({ slug, category: 'Tours & trips' });
    });
  });

  describe('unpublish, delete, history and restore', () => {
    it('should take an unpublished article out of search and off the site, keeping it as a draft', async () => {
      // Prepare
      const version = await published('dugong-tour', 'dugong');
      expect(await found('dugong')).toEqual(['dugong-tour']);

      // Act
      const reply = await act('dugong-tour', 'unpublish', undefined, `"${version}"`);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ status: 'draft', version: version + 1 });
      expect(reply.json.publishedVersion).toBeUndefined();
      expect(await found('dugong')).toEqual([]);
      expectProblem(await publicArticle('dugong-tour'), 404);
      expect((await read('dugong-tour')).status).toBe(200);
    });

    it('should refuse a publish with a stale If-Match with a 412 problem', async () => {
      // Prepare
      await create('kookaburra-tour', contentAbout('kookaburra'));
      await update('kookaburra-tour', contentAbout('kookaburra', ' More.'), '"1"');

      // Act
      const reply = await act('kookaburra-tour', 'publish', undefined, '"1"');

      // Assess
      expectProblem(reply, 412);
      expect(await found('kookaburra')).toEqual([]);
    });

    it.each([
      ['publish', 'POST', 'publish'],
      ['unpublish', 'POST', 'unpublish'],
      ['delete', 'DELETE', ''],
    ])(
      'should refuse a %s with an If-Match that does not parse (abc) with a 400 problem and change nothing',
      async (action, method, suffix) => {
        // Prepare
        const slug = `emu-${action}`;
        const version = action === 'unpublish' ? await published(slug, `emu${action}`) : undefined;
        if (version === undefined) expect((await create(slug, contentAbout(`emu${action}`))).status).toBe(201);
        const before = (await read(slug)).json;

        // Act
        const reply = await send(method, `/api/admin/faq/${slug}/en${suffix ? `/${suffix}` : ''}`, undefined, {
          'if-match': 'abc',
        });

        // Assess
        expect(expectProblem(reply, 400).detail).toMatch(/If-Match/);
        expect((await read(slug)).json).toEqual(before);
      },
    );

    it('should publish with If-Match * (any current version)', async () => {
      // Prepare
      await create('emu-any', contentAbout('emuany'));

      // Act
      const reply = await act('emu-any', 'publish', undefined, '*');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.status).toBe('published');
    });

    it('should delete an article from the admin list, search and the site, and keep its versions', async () => {
      // Prepare
      const version = await published('wombat-burrow', 'burrowing');

      // Act
      const reply = await send('DELETE', '/api/admin/faq/wombat-burrow/en', undefined, { 'if-match': `"${version}"` });

      // Assess
      expect(reply.status).toBe(204);
      expectProblem(await read('wombat-burrow'), 404);
      expectProblem(await publicArticle('wombat-burrow'), 404);
      expect(await found('burrowing')).toEqual([]);
      expect((await listed()).map((a) => a.slug)).not.toContain('wombat-burrow');
      const first = await send('GET', '/api/admin/faq/wombat-burrow/en/versions/1');
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({ version: 1, action: 'create', question: 'How do I book a burrowing tour?' });
      const deletion = await send('GET', `/api/admin/faq/wombat-burrow/en/versions/${version + 1}`);
      expect(deletion.json).toMatchObject({ action: 'delete', by: ADMIN_EMAIL });
    });

    it('should continue the history when a deleted slug is created again', async () => {
      // Prepare
      await create('bandicoot-tour', contentAbout('bandicoot'));
      await send('DELETE', '/api/admin/faq/bandicoot-tour/en');

      // Act
      const reply = await create('bandicoot-tour', contentAbout('bandicoot', ' Reborn.'));

      // Assess
      expect(reply.status).toBe(201);
      expect(reply.json).toMatchObject({ version: 3, status: 'draft' });
      const history = await send('GET', '/api/admin/faq/bandicoot-tour/en/history');
      expect(history.json.versions.map((v: { action: string }) => v.action)).toEqual(['create', 'delete', 'create']);
    });

    it('should refuse a delete with a stale If-Match with a 412 problem and keep the article', async () => {
      // Prepare
      await create('cockatoo-tour', contentAbout('cockatoo'));
      await update('cockatoo-tour', contentAbout('cockatoo', ' v2'), '"1"');

      // Act
      const reply = await send('DELETE', '/api/admin/faq/cockatoo-tour/en', undefined, { 'if-match': '"1"' });

      // Assess
      expectProblem(reply, 412);
      expect((await read('cockatoo-tour')).status).toBe(200);
    });

    it('should list every version, oldest first, with its action, author and content', async () => {
      // Prepare
      await create('galah-tour', contentAbout('galah'));
      await update('galah-tour', contentAbout('galah', ' Second.'), '"1"');
      await act('galah-tour', 'publish');
      await update('galah-tour', contentAbout('galah', ' Fourth.'), '"3"');
      await act('galah-tour', 'unpublish');

      // Act
      const reply = await send('GET', '/api/admin/faq/galah-tour/en/history');

      // Assess
      expect(reply.status).toBe(200);
      const versions = reply.json.versions as {
        version: number;
        action: string;
        answer: string;
        by: string;
        at: string;
      }[];
      expect(versions.map((v) => [v.version, v.action])).toEqual([
        [1, 'create'],
        [2, 'edit'],
        [3, 'publish'],
        [4, 'edit'],
        [5, 'unpublish'],
      ]);
      expect(versions[1]?.answer).toBe('Book your **galah** tour in the app. Second.');
      expect(versions.every((v) => v.by === ADMIN_EMAIL)).toBe(true);
      const times = versions.map((v) => v.at);
      expect([...times].sort()).toEqual(times);
    });

    it('should answer history of an unknown article with a 404 problem', async () => {
      // Act
      const reply = await send('GET', '/api/admin/faq/never-written/en/history');

      // Assess
      expectProblem(reply, 404);
    });

    it('should restore an old version as a new version with the old content, the live copy untouched', async () => {
      // Prepare
      await create('lyrebird-tour', contentAbout('lyrebird'));
      await update('lyrebird-tour', contentAbout('lyrebird', ' Broken edit.'), '"1"');
      await act('lyrebird-tour', 'publish');

      // Act
      const reply = await act('lyrebird-tour', 'restore', { version: 1 }, '"3"');

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers.get('etag')).toBe('"4"');
      expect(reply.json).toMatchObject({
        ...contentAbout('lyrebird'),
        version: 4,
        status: 'published',
        publishedVersion: 3,
        hasUnpublishedChanges: true,
      });
      const last = (await send('GET', '/api/admin/faq/lyrebird-tour/en/history')).json.versions.at(-1);
      expect(last).toMatchObject({ version: 4, action: 'restore', answer: 'Book your **lyrebird** tour in the app.' });
      expect((await publicArticle('lyrebird-tour')).json.answerHtml).toContain('Broken edit.');
    });

    it.each<[string, Record<string, string>, unknown, number]>([
      ['without If-Match', {}, { version: 1 }, 428],
      ['with a stale If-Match', { 'if-match': '"1"' }, { version: 1 }, 412],
      ['of a version that does not exist', { 'if-match': '"2"' }, { version: 99 }, 404],
      ['of version 0', { 'if-match': '"2"' }, { version: 0 }, 400],
      ['with an If-Match that does not parse', { 'if-match': 'abc' }, { version: 1 }, 400],
    ])('should refuse a restore %s', async (_what, headers, body, status) => {
      // Prepare
      const slug = `emu-${status}-${JSON.stringify(body).replace(/\D/g, '')}`;
      await create(slug, contentAbout('emu'));
      await update(slug, contentAbout('emu', ' v2'), '"1"');

      // Act
      const reply = await send('POST', `/api/admin/faq/${slug}/en/restore`, body, headers);

      // Assess
      expectProblem(reply, status);
      expect((await read(slug)).json.version).toBe(2);
    });
  });

  describe('validation', () => {
    const valid = { slug: 'valid-slug', locale: 'en', ...contentAbout('valid') };

    it.each<[string, Record<string, unknown>, string]>([
      ['a slug with spaces and punctuation', { slug: 'Bad Slug!' }, 'slug'],
      ['a slug with a slash', { slug: 'a/b' }, 'slug'],
      ['a slug starting with a dash', { slug: '-leading' }, 'slug'],
      ['a slug that is too long', { slug: 'a'.repeat(121) }, 'slug'],
      ['a path-traversal slug', { slug: '../../etc/passwd' }, 'slug'],
      ['a slug with markup', { slug: '<script>' }, 'slug'],
      ['an unknown locale', { locale: 'fr' }, 'locale'],
      ['an unknown field', { status: 'published' }, 'status'],
      [
        'a prototype-polluting field',
        { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } },
        'constructor',
      ],
      ['a question that is a number', { question: 42 }, 'question'],
      ['a question that is too short', { question: 'Q?' }, 'question'],
      ['a question that is too long', { question: `${'q'.repeat(500)}?` }, 'question'],
      ['tags as a string', { tags: 'a,b' }, 'tags'],
      ['a tag that is not a string', { tags: ['ok', 5] }, 'tags.1'],
      ['a tag that is too long', { tags: ['t'.repeat(61)] }, 'tags.0'],
      ['too many tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'tags'],
      ['a category with markup', { category: '<b>x</b>' }, 'category'],
      ['a category with a hash', { category: 'a#b' }, 'category'],
      ['a category that is too long', { category: 'c'.repeat(61) }, 'category'],
      ['an answer that is too long', { answer: 'x'.repeat(50_001) }, 'answer'],
      ['an empty answer', { answer: '   ' }, 'answer'],
      ['a missing question', { question: undefined }, 'question'],
    ])(
      'should refuse a create with %s with a 400 problem naming the field and write nothing',
      async (_what, change, field) => {
        // Prepare
        const before = await listed();
        const body = JSON.parse(JSON.stringify({ ...valid, ...change })) as Record<string, unknown>;
        if ('__proto__' in change) Object.assign(body, JSON.parse('{"__proto__": {"admin": true}}'));

        // Act
        const reply = await send('POST', '/api/admin/faq', body);

        // Assess
        expect(fieldsOf(reply)).toContain(field);
        expect(await listed()).toEqual(before);
      },
    );

    it.each([
      ['malformed JSON', '{"slug": '],
      ['an array', '[]'],
      ['null', 'null'],
    ])('should refuse %s as a body with a 400 problem', async (_what, raw) => {
      // Act
      const reply = await call(portal.url, 'POST', '/api/admin/faq', { token: admin, raw });

      // Assess
      expectProblem(reply, 400);
    });

    it('should refuse an edit with a bad field with a 400 problem and keep the version', async () => {
      // Prepare
      await create('magpie-tour', contentAbout('magpie'));

      // Act
      const reply = await update('magpie-tour', { ...contentAbout('magpie'), slug: 'renamed' }, '"1"');

      // Assess
      expect(fieldsOf(reply)).toContain('slug');
      expect((await read('magpie-tour')).json.version).toBe(1);
    });

    it('should refuse a body over the admin size limit (MAX_IMPORT_BYTES) with a 413 problem', async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq', { ...valid, answer: 'x'.repeat(2_200_000) });

      // Assess
      expectProblem(reply, 413);
    });
  });

  describe('XSS', () => {
    const PAYLOAD = [
      'Hello <script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '[click](javascript:alert(3))',
      '<a href="JaVaScRiPt:alert(4)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<svg onload=alert(5)>',
      '<a href="data:text/html,<script>alert(6)</script>">d</a>',
      '"><style>*{x:expression(alert(7))}</style>',
      'platypusxss',
    ].join('\n\n');

    it('should never let markup in an answer reach the published answerHtml or the search snippets', async () => {
      // Prepare
      await create('xss-tour', {
        question: 'How do I book a platypusxss tour?',
        answer: PAYLOAD,
        category: 'tours',
        tags: [],
      });

      // Act
      await act('xss-tour', 'publish');
      const article = await publicArticle('xss-tour');
      const search = await call(portal.url, 'GET', '/api/faq/search?q=platypusxss&locale=en');

      // Assess
      expect(article.status).toBe(200);
      const html = article.json.answerHtml as string;
      expect(html).not.toMatch(/<(script|img|iframe|svg|style)\b/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
      expect(html).toContain('platypusxss');
      expect(search.json.results).toHaveLength(1);
      expect(search.json.results[0].snippet).not.toMatch(/<(?!\/?mark>)/);
    });

    it('should preview markdown exactly as customers will see it', async () => {
      // Act
      const reply = await send('POST', '/api/admin/faq/preview', { markdown: PAYLOAD });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.json.html).not.toMatch(
        /<(script|img|iframe|svg|style)\b|\son[a-z]+\s*=|href="\s*(javascript|data):/i,
      );
    });
  });

  describe('GET /api/admin/faq', () => {
    it('should list drafts and published articles with filters', async () => {
      // Prepare
      await create('sugar-glider-tour', contentAbout('glider'));

      // Act
      const drafts = await send('GET', '/api/admin/faq?status=draft&locale=en');
      const byText = await send('GET', '/api/admin/faq?q=glider');
      const german = await send('GET', '/api/admin/faq?locale=de&status=published');

      // Assess
      expect(
        drafts.json.articles.every(
          (a: { status: string; locale: string }) => a.status === 'draft' && a.locale === 'en',
        ),
      ).toBe(true);
      expect(drafts.json.articles.map((a: { slug: string }) => a.slug)).toContain('sugar-glider-tour');
      expect(byText.json.articles.map((a: { slug: string }) => a.slug)).toEqual(['sugar-glider-tour']);
      expect(german.json.articles.length).toBeGreaterThanOrEqual(10);
      expect(
        german.json.articles.every(
          (a: { locale: string; status: string }) => a.locale === 'de' && a.status === 'published',
        ),
      ).toBe(true);
    });
  });

  describe('authorisation', () => {
    const ROUTES: [string, string, unknown?][] = [
      ['GET', '/api/admin/faq'],
      ['POST', '/api/admin/faq', { slug: 'x-y', locale: 'en', ...contentAbout('intruder') }],
      ['GET', '/api/admin/faq/return-item/en'],
      ['PUT', '/api/admin/faq/return-item/en', contentAbout('intruder')],
      ['DELETE', '/api/admin/faq/return-item/en'],
      ['POST', '/api/admin/faq/return-item/en/publish'],
      ['POST', '/api/admin/faq/return-item/en/unpublish'],
      ['GET', '/api/admin/faq/return-item/en/history'],
      ['GET', '/api/admin/faq/return-item/en/versions/1'],
      ['POST', '/api/admin/faq/return-item/en/restore', { version: 1 }],
      ['POST', '/api/admin/faq/import', [{ slug: 'x-y', locale: 'en', ...contentAbout('intruder') }]],
      ['GET', '/api/admin/faq/export'],
      ['GET', '/api/admin/synonyms/en'],
      ['PUT', '/api/admin/synonyms/en', { groups: [['a', 'b']] }],
      ['POST', '/api/admin/faq/preview', { markdown: 'x' }],
      ['GET', '/api/admin/insights'],
      ['GET', '/api/admin/tickets'],
      ['GET', '/api/admin/tickets/T-0000000000'],
      ['PATCH', '/api/admin/tickets/T-0000000000', { status: 'closed' }],
      ['GET', '/api/admin/bot/rules'],
      ['PUT', '/api/admin/bot/rules', { version: 'x' }],
    ];

    it.each(ROUTES)('should refuse a customer on %s %s with a 403 problem', async (method, path, body) => {
      // Act
      const reply = await call(portal.url, method, path, { token: ana, body, headers: { 'if-match': '"1"' } });

      // Assess
      expectProblem(reply, 403);
    });

    it.each(ROUTES)('should refuse an anonymous caller on %s %s with a 401 problem', async (method, path, body) => {
      // Act
      const reply = await call(portal.url, method, path, { body, headers: { 'if-match': '"1"' } });

      // Assess
      expectProblem(reply, 401);
    });

    it('should have changed nothing for the refused callers', async () => {
      // Act
      const article = await read('return-item');

      // Assess
      expect(article.json.version).toBe(2);
      expect(article.json.updatedBy).toBe('seed');
      expect((await listed()).map((a) => a.slug)).not.toContain('x-y');
    });
  });
});
