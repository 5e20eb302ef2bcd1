import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndexStore } from '../../../functions/faq/search-index-store';
import { faqSearchOf } from '../../../functions/faq/search-service';
import { keys } from '../../../functions/store/table';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const execFileAsync = promisify(execFile);

describe('Search index stored at publish', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const chunkCount = async () => {
    const { doc, table } = portal.deps.stores.db;
    const out = await doc.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
        ExpressionAttributeValues: { ':pk': keys.faqSearchIndex.pk, ':sk': 'SEARCHINDEX#' },
        Select: 'COUNT',
      }),
    );
    return out.Count ?? 0;
  };

  // First: the store tests below leave indexes of far newer revisions behind.
  it('should let a cold start search the index written at publish, without reading the articles', async () => {
    // Prepare: publish an article through the admin API (that writes the index).
    const send = (method: string, path: string, body?: unknown) =>
      call(portal.url, method, path, { token: admin, body });
    const created = await send('POST', '/api/admin/faq', {
      slug: 'quokka-walk',
      locale: 'en',
      question: 'Can I book a quokka walk?',
      answer: 'Yes, book your **quokka** walk in the app.',
      category: 'tours',
      tags: ['quokka'],
    });
    expect(created.status).toBe(201);
    expect((await send('POST', '/api/admin/faq/quokka-walk/en/publish')).status).toBe(200);
    const revision = await portal.deps.stores.faq.revision();
    expect((await searchIndexStore(portal.deps.stores.db).load(revision))?.bytes.length).toBeGreaterThan(1000);
    // The article's items go away behind the index's back: only a stored index can still know it.
    const { doc, table } = portal.deps.stores.db;
    await doc.send(new DeleteCommand({ TableName: table, Key: keys.faqHead('quokka-walk', 'en') }));

    // Act: a new app instance over the same table, as a cold Lambda is.
    const cold = faqSearchOf({ ...portal.deps });
    const { engine, revision: served } = await cold.current();

    // Assess
    expect(served).toBe(revision);
    expect(engine.search('quokka walk', { locale: 'en' }).results[0]?.slug).toBe('quokka-walk');
  });

  it('should write the index anew with `npm run search:publish` when the stored one is in another format', async () => {
    // Prepare: the current revision's stored index is bytes this engine cannot read (an old format).
    const revision = await portal.deps.stores.faq.revision();
    await searchIndexStore(portal.deps.stores.db).save(revision, randomBytes(4000), new Date());
    const search = faqSearchOf({ ...portal.deps });
    expect(await search.storedLoads()).toBe(false);

    // Act
    const run = await execFileAsync(process.execPath, ['--import', 'tsx', 'scripts/search-index-publish.ts'], {
      env: {
        ...process.env,
        DYNAMODB_ENDPOINT: portal.deps.config.DYNAMODB_ENDPOINT,
        TABLE_NAME: portal.deps.config.TABLE_NAME,
        LOG_LEVEL: 'ERROR',
      },
    });

    // Assess
    expect(run.stdout).toMatch(/missing or another format before, loads now/);
    expect(await search.storedLoads()).toBe(true);
    const { engine } = await faqSearchOf({ ...portal.deps }).current();
    expect(engine.search('return', { locale: 'en' }).total).toBeGreaterThan(0);
  });

  describe('searchIndexStore', () => {
    it('should give back the bytes of a revision across chunks, and nothing for another revision', async () => {
      // Prepare: over a megabyte, so several items hold it.
      const store = searchIndexStore(portal.deps.stores.db);
      const bytes = randomBytes(1_100_000);
      // Act
      const saved = await store.save(1_000_005, bytes, new Date());
      const back = await store.load(1_000_005);
      // Assess
      expect(saved).toBe(true);
      expect(Buffer.compare(Buffer.from(back!.bytes), bytes)).toBe(0);
      expect(await store.load(1_000_004)).toBeUndefined();
    });

    it('should keep a newer index over an older one and delete the one it replaces', async () => {
      // Prepare
      const store = searchIndexStore(portal.deps.stores.db);
      await store.save(2_000_010, randomBytes(800_000), new Date());
      const before = await chunkCount();
      // Act
      const older = await store.save(2_000_009, randomBytes(800_000), new Date());
      const newer = await store.save(2_000_011, randomBytes(10), new Date());
      // Assess: the older one was refused and cleaned up; the newer one replaced the three chunks with one.
      expect(older).toBe(false);
      expect(newer).toBe(true);
      expect(await chunkCount()).toBe(before - 3 + 1);
      expect((await store.load(2_000_011))?.bytes.length).toBe(10);
    });
  });
});
