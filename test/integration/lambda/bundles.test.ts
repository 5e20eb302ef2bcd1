import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../../../infra/constructs/bundling.js';
import { AREAS } from '../../../infra/routes.js';
import { call, login, replyOf } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const run = promisify(execFile);
const DAY = 86_400_000;
const basic = `Basic ${Buffer.from('demo-integration:demo-integration-secret').toString('base64')}`;

/** Runs the bundle in a fresh process, away from node_modules, as Lambda would: one cold start. */
const HARNESS = `
const { handler } = await import(process.env.BUNDLE);
const out = [];
for (const event of JSON.parse(process.env.EVENTS)) out.push(await handler(event, { awsRequestId: 'bundle-test' }));
process.stdout.write('\\n@@' + JSON.stringify(out));
`;

describe('Lambda: the deployed bundle serves requests', () => {
  let portal: TestPortal;
  let dir: string;
  let ana: string;
  let jwtAuth: APIGatewayProxyEventV2;

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { RETURN_WINDOW_DAYS: '30' } });
    dir = await mkdtemp(join(tmpdir(), 'portal-bundle-'));
    await bundleLambda(resolve('functions/lambda/customer.ts'), join(dir, 'customer'), AREAS.customer.files);
    await bundleLambda(resolve('functions/lambda/docs.ts'), join(dir, 'docs'));
    ana = await login(portal.url, 'ana@example.com');
    jwtAuth = JSON.parse(await readFile(resolve('test/fixtures/apigw-http/jwt-authorizer-auth.json'), 'utf8'));
  }, 120_000);

  afterAll(async () => {
    await portal?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const event = (method: string, path: string, query = ''): APIGatewayProxyEventV2 => ({
    ...jwtAuth,
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: query,
    headers: { ...jwtAuth.headers, authorization: `Bearer ${ana}` },
    requestContext: { ...jwtAuth.requestContext, http: { ...jwtAuth.requestContext.http, method, path } },
    body: undefined,
    isBase64Encoded: false,
  });

  async function coldStart(area: string, events: APIGatewayProxyEventV2[]) {
    const c = portal.deps.config;
    const env = {
      PATH: process.env.PATH ?? '',
      BUNDLE: join(dir, area, 'index.mjs'),
      EVENTS: JSON.stringify(events),
      NODE_OPTIONS: '--enable-source-maps',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      LOG_LEVEL: 'ERROR',
      TABLE_NAME: c.TABLE_NAME,
      DYNAMODB_ENDPOINT: c.DYNAMODB_ENDPOINT ?? '',
      AWS_REGION: c.AWS_REGION,
      JWT_ISSUER: c.JWT_ISSUER,
      JWKS_URL: c.jwksUrl,
      JWT_AUDIENCE: c.JWT_AUDIENCE.join(','),
      LOCAL_AUTH: 'false',
      RETURN_WINDOW_DAYS: '30',
    };
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', HARNESS], { env, cwd: dir });
    return JSON.parse(stdout.slice(stdout.lastIndexOf('\n@@') + 3)) as APIGatewayProxyStructuredResultV2[];
  }

  /** A delivered order of ana's, fed in by the shop, with one return started through the portal. */
  async function deliveredOrderWithReturn() {
    const token = (
      await replyOf(
        await fetch(`${portal.url}/api/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
          body: 'grant_type=client_credentials&scope=orders%2Fwrite',
        }),
      )
    ).json.access_token as string;
    const n = `B${Date.now().toString(36).toUpperCase()}`;
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    await call(portal.url, 'PUT', `/api/integrations/orders/${n}`, {
      token,
      body: {
        customer: { email: 'ana@example.com' },
        placedAt: ago(5),
        currency: 'EUR',
        items: [{ sku: 'MUG', name: 'Stoneware mug', quantity: 2, unitPriceCents: 1500 }],
        totalCents: 3000,
        shippingAddress: {
          name: 'Ana Souza',
          line1: '1 Old Street',
          postalCode: '10117',
          city: 'Berlin',
          country: 'DE',
        },
      },
    });
    for (const [i, type] of ['paid', 'packed', 'shipped', 'delivered'].entries())
      await call(portal.url, 'POST', `/api/integrations/orders/${n}/events`, {
        token,
        body: { eventId: `${n}-${type}`, type, at: ago(4 - i) },
      });
    const order = await call(portal.url, 'GET', `/api/orders/${n}`, { token: ana });
    const lineId = order.json.items[0].lineId as string;
    const ret = await call(portal.url, 'POST', `/api/orders/${n}/returns`, {
      token: ana,
      body: { items: [{ lineId, quantity: 1 }], reason: 'damaged', resolution: 'refund' },
    });
    expect(ret.status).toBe(201);
    return { n, rmaId: ret.json.rmaId as string };
  }

  it('should draw an invoice and a return label from chunks loaded on first use, with the bundled font', async () => {
    // Prepare
    const { n, rmaId } = await deliveredOrderWithReturn();

    // Act
    const [me, invoice, label] = await coldStart('customer', [
      event('GET', '/api/me'),
      event('GET', `/api/orders/${n}/invoice`, 'locale=zh'),
      event('GET', `/api/orders/${n}/returns/${rmaId}`),
    ]);

    // Assess
    expect(me?.statusCode).toBe(200);
    expect(invoice?.statusCode, invoice?.body).toBe(200);
    expect(invoice?.isBase64Encoded).toBe(true);
    expect(
      Buffer.from(invoice?.body ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(label?.statusCode, label?.body).toBe(200);
    expect(JSON.parse(label?.body ?? '{}').qrSvg).toMatch(/^<svg/);
  });

  it('should validate requests in a bundle built without zod-to-openapi, as the app does elsewhere', async () => {
    // Prepare: a body the profile schema refuses (an unknown field) and one that is not JSON at all.
    const patch = (body: string, type = 'application/json') => ({
      ...event('PATCH', '/api/me'),
      headers: { ...event('PATCH', '/api/me').headers, 'content-type': type },
      body,
    });

    // Act
    const [unknown, wrongType] = await coldStart('customer', [
      patch(JSON.stringify({ favouriteColour: 'teal' })),
      patch('favouriteColour=teal', 'text/plain'),
    ]);

    // Assess: the same problem+json 400 with the field named, and 415 for a media type not declared.
    expect(unknown?.statusCode, unknown?.body).toBe(400);
    expect(unknown?.headers?.['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(JSON.parse(unknown?.body ?? '{}').errors)).toContain('favouriteColour');
    expect(wrongType?.statusCode, wrongType?.body).toBe(415);
  });

  it('should validate with request schemas built on first use, and with those composed from them', async () => {
    // Prepare: in the bundle every schema is built when first read (functions/http/lazy-schema-lite.ts).
    // The guest lookup's body pipes the typed order number into OrderNumberSchema and takes
    // EmailSchema and LocaleSchema; a return's params extend the order's params.
    const { n, rmaId } = await deliveredOrderWithReturn();
    const lookup = (body: unknown) => ({
      ...event('POST', '/api/orders/lookup'),
      headers: { ...event('POST', '/api/orders/lookup').headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const fields = (reply?: APIGatewayProxyStructuredResultV2) =>
      (JSON.parse(reply?.body ?? '{}').errors ?? []).map((e: { field: string }) => e.field).sort();

    // Act: one cold start, each schema's first use refused, then one taken.
    const [refused, found, badParams, label] = await coldStart('customer', [
      lookup({ orderNumber: '#', email: 'not-an-email' }),
      lookup({ orderNumber: ` #${n} `, email: ' ANA@example.com ', locale: 'de' }),
      event('GET', `/api/orders/${n}/returns/not-a-return`),
      event('GET', `/api/orders/${n}/returns/${rmaId}`),
    ]);

    // Assess
    expect(refused?.statusCode, refused?.body).toBe(400);
    expect(refused?.headers?.['content-type']).toContain('application/problem+json');
    expect(fields(refused)).toEqual(['email', 'orderNumber']);
    expect(found?.statusCode, found?.body).toBe(200);
    expect(JSON.parse(found?.body ?? '{}').orderNumber).toBe(n);
    expect(badParams?.statusCode, badParams?.body).toBe(400);
    expect(fields(badParams)).toEqual(['rmaId']);
    expect(label?.statusCode, label?.body).toBe(200);
    expect(JSON.parse(label?.body ?? '{}').rmaId).toBe(rmaId);
  });

  it('should build the OpenAPI document and its page with the first request to the docs function', async () => {
    // Act
    const [doc, page] = await coldStart('docs', [event('GET', '/api/openapi.json'), event('GET', '/api/docs')]);

    // Assess
    expect(doc?.statusCode).toBe(200);
    expect(Object.keys(JSON.parse(doc?.body ?? '{}').paths ?? {}).length).toBeGreaterThan(20);
    expect(page?.statusCode).toBe(200);
    expect(page?.body).toContain('/orders/{orderNumber}/invoice');
  });
});
