import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/app';
import { customerArea } from '../../../functions/areas';
import { login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

type Handler = (event: unknown, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const fixture = async (name: string) =>
  JSON.parse(await readFile(resolve('test/fixtures/apigw-http', name), 'utf8')) as APIGatewayProxyEventV2;

/** A recorded API Gateway event, re-aimed at one of our routes. */
function aimed(
  event: APIGatewayProxyEventV2,
  method: string,
  path: string,
  changes: { query?: string; headers?: Record<string, string>; body?: unknown } = {},
): APIGatewayProxyEventV2 {
  const body = changes.body === undefined ? undefined : JSON.stringify(changes.body);
  return {
    ...event,
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: changes.query ?? '',
    headers: {
      ...event.headers,
      ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}),
      ...changes.headers,
    },
    requestContext: {
      ...event.requestContext,
      routeKey: `${method} ${path}`,
      http: { ...event.requestContext.http, method, path },
    },
    body,
    isBase64Encoded: false,
  };
}

const bodyOf = (result: APIGatewayProxyStructuredResultV2) =>
  JSON.parse(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64').toString('utf8') : (result.body ?? ''));
const contentType = (result: APIGatewayProxyStructuredResultV2) =>
  String(Object.entries(result.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '');

describe('Lambda: customer entry point', () => {
  let portal: TestPortal;
  let handler: Handler;
  let noAuth: APIGatewayProxyEventV2;
  let jwtAuth: APIGatewayProxyEventV2;
  let ana: string;
  const context = { awsRequestId: 'test-request', functionName: 'customer' } as Context;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    handler = handle(createApp(portal.deps, { areas: [customerArea] })) as unknown as Handler;
    [noAuth, jwtAuth, ana] = await Promise.all([
      fixture('no-auth.json'),
      fixture('jwt-authorizer-auth.json'),
      login(portal.url, 'ana@example.com'),
    ]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should answer the health check from a recorded HTTP API event', async () => {
    // Act
    const result = await handler(aimed(noAuth, 'GET', '/api/health'), context);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ status: 'ok' });
  });

  it("should list the orders of the token's customer from a JWT-authorised event", async () => {
    // Prepare
    const event = aimed(jwtAuth, 'GET', '/api/orders', {
      query: 'limit=2&locale=de',
      headers: { authorization: `Bearer ${ana}` },
    });

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(200);
    const body = bodyOf(result);
    expect(body.orders.map((o: { orderNumber: string }) => o.orderNumber)).toEqual(['10025', '10026']);
    expect(body.orders[0].statusText).toBe('Bestellung aufgegeben');
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it('should take the customer from the verified token, not from the authorizer claims in the event', async () => {
    // Prepare: the recorded claims name another subject; only the bearer token counts.
    const event = aimed(jwtAuth, 'GET', '/api/me', { headers: { authorization: `Bearer ${ana}` } });

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      email: 'ana@example.com',
      customerId: '00000000-0000-4000-8000-000000000011',
    });
  });

  it("should refuse the recorded event's own bearer token with a 401 problem", async () => {
    // Act
    const result = await handler(aimed(noAuth, 'GET', '/api/orders'), context);

    // Assess
    expect(result.statusCode).toBe(401);
    expect(contentType(result)).toContain('application/problem+json');
    expect(bodyOf(result)).toMatchObject({ status: 401 });
  });

  it('should refuse an event whose claims passed an authorizer but which carries no token', async () => {
    // Prepare
    const { authorization: _dropped, ...headers } = jwtAuth.headers;
    const event = { ...aimed(jwtAuth, 'GET', '/api/me'), headers };

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(401);
  });

  it('should read a JSON body from the event', async () => {
    // Prepare
    const event = aimed(noAuth, 'POST', '/api/orders/lookup', {
      body: { orderNumber: '10023', email: 'ana@example.com' },
    });

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ orderNumber: '10023', status: 'shipped' });
  });

  it('should read a base64-encoded body from the event', async () => {
    // Prepare
    const plain = aimed(noAuth, 'POST', '/api/orders/lookup', {
      body: { orderNumber: '10023', email: 'ana@example.com' },
    });
    const event = { ...plain, body: Buffer.from(plain.body ?? '').toString('base64'), isBase64Encoded: true };

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).orderNumber).toBe('10023');
  });

  it('should cancel through the Lambda and keep it cancelled in the shared table', async () => {
    // Prepare
    const event = aimed(jwtAuth, 'POST', '/api/orders/10026/cancel', { headers: { authorization: `Bearer ${ana}` } });

    // Act
    const result = await handler(event, context);
    const stored = await portal.deps.stores.orders.get('10026');

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).changed).toBe(true);
    expect(stored?.status).toBe('cancelled');
  });

  it.each([
    ['GET', '/api/admin/faq'],
    ['GET', '/api/faq/search'],
    ['POST', '/api/auth/login'],
  ])('should not serve %s %s from the customer function', async (method, path) => {
    // Act
    const result = await handler(
      aimed(jwtAuth, method, path, { headers: { authorization: `Bearer ${ana}` } }),
      context,
    );

    // Assess
    expect(result.statusCode).toBe(404);
    expect(contentType(result)).toContain('application/problem+json');
  });

  it('should answer a malformed event (a GET with a body, REST API shape) with a 4xx, not an exception', async () => {
    // Prepare
    const invalid = await fixture('invalid.json');

    // Act
    const result = await handler(invalid, context);

    // Assess
    expect(result.statusCode).toBeGreaterThanOrEqual(400);
    expect(result.statusCode).toBeLessThan(500);
  });
});
