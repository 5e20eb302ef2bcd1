import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../../../infra/constructs/bundling.js';
import { AREAS } from '../../../infra/routes.js';
import { startPortal, type TestPortal } from '../../helpers/portal';

const run = promisify(execFile);

/** The bundle in a fresh process, as Lambda runs it; the process ends as soon as the invocations return. */
const HARNESS = `
const { handler } = await import(process.env.BUNDLE);
const out = [];
for (const event of JSON.parse(process.env.EVENTS)) out.push(await handler(event, { awsRequestId: 'chat-counts' }));
process.stdout.write('\\n@@' + JSON.stringify(out));
process.exit(0);
`;

/**
 * Issue 13: a chat turn's analytics counts wait in memory, off the turn's path; on Lambda they are
 * written before the invocation ends, so an instance that is frozen or shut down loses none.
 */
describe('Lambda: counts kept in memory survive the end of the instance', () => {
  let portal: TestPortal;
  let dir: string;
  let noAuth: APIGatewayProxyEventV2;

  beforeAll(async () => {
    portal = await startPortal({ site: false, outboxDrain: false });
    dir = await mkdtemp(join(tmpdir(), 'portal-chat-bundle-'));
    await bundleLambda(resolve('functions/lambda/chat.ts'), join(dir, 'chat'), AREAS.chat.files);
    await bundleLambda(resolve('functions/lambda/faq.ts'), join(dir, 'faq'), AREAS.faq.files);
    noAuth = JSON.parse(await readFile(resolve('test/fixtures/apigw-http/no-auth.json'), 'utf8'));
  }, 120_000);

  afterAll(async () => {
    await portal?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const chatEvent = (message: string): APIGatewayProxyEventV2 => {
    const body = JSON.stringify({ message, locale: 'en' });
    // A guest: the recorded event's token is a placeholder.
    const { authorization: _token, ...headers } = noAuth.headers;
    return {
      ...noAuth,
      routeKey: 'POST /api/chat',
      rawPath: '/api/chat',
      rawQueryString: '',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(body.length) },
      requestContext: {
        ...noAuth.requestContext,
        routeKey: 'POST /api/chat',
        http: { ...noAuth.requestContext.http, method: 'POST', path: '/api/chat' },
      },
      body,
      isBase64Encoded: false,
    };
  };
  const greetings = async () =>
    (await portal.deps.stores.stats.list('INTENT', [new Date().toISOString().slice(0, 10)])).find(
      (c) => c.key === 'greeting',
    )?.count ?? 0;

  /** Runs `events` through the bundle of `fn` in a fresh process that ends when they return. */
  async function invokeAndExit(fn: 'chat' | 'faq', events: APIGatewayProxyEventV2[]) {
    const c = portal.deps.config;
    const env = {
      PATH: process.env.PATH ?? '',
      BUNDLE: join(dir, fn, 'index.mjs'),
      EVENTS: JSON.stringify(events),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      LOG_LEVEL: 'ERROR',
      TABLE_NAME: c.TABLE_NAME,
      DYNAMODB_ENDPOINT: c.DYNAMODB_ENDPOINT ?? '',
      AWS_REGION: c.AWS_REGION,
      JWT_ISSUER: c.JWT_ISSUER,
      JWKS_URL: c.jwksUrl,
      JWT_AUDIENCE: c.JWT_AUDIENCE.join(','),
      LOCAL_AUTH: 'false',
    };
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', HARNESS], { env, cwd: dir });
    return JSON.parse(stdout.slice(stdout.lastIndexOf('\n@@') + 3)) as APIGatewayProxyStructuredResultV2[];
  }

  const searchEvent = (q: string): APIGatewayProxyEventV2 => {
    const rawQueryString = `q=${encodeURIComponent(q)}&locale=en`;
    const { authorization: _token, ...headers } = noAuth.headers;
    return {
      ...noAuth,
      routeKey: 'GET /api/faq/{proxy+}',
      rawPath: '/api/faq/search',
      rawQueryString,
      headers,
      queryStringParameters: { q, locale: 'en' },
      requestContext: {
        ...noAuth.requestContext,
        routeKey: 'GET /api/faq/{proxy+}',
        http: { ...noAuth.requestContext.http, method: 'GET', path: '/api/faq/search' },
      },
      body: undefined,
      isBase64Encoded: false,
    };
  };

  it('should have written every turn counted once the invocations returned and the process ended', async () => {
    // Prepare
    const before = await greetings();

    // Act
    const results = await invokeAndExit('chat', [chatEvent('hello'), chatEvent('good morning')]);

    // Assess
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(results.map((r) => JSON.parse(r.body ?? '{}').intent)).toEqual(['greeting', 'greeting']);
    expect(await greetings()).toBe(before + 2);
  });

  it("should have written a person's searches once the invocations returned and the process ended", async () => {
    // Prepare
    const q = `lambda search probe ${Date.now().toString(36)}`;
    const counted = async () =>
      (await portal.deps.stores.stats.list('SEARCH', [new Date().toISOString().slice(0, 10)])).find((s) =>
        s.key.endsWith(q),
      )?.count ?? 0;

    // Act
    const results = await invokeAndExit('faq', [searchEvent(q), searchEvent(q)]);

    // Assess
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await counted()).toBe(2);
  });
});
