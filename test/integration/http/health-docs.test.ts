import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

/** The routes of the skeleton (issue 2), as a client reaches them. */
const SKELETON_ROUTES: [string, string][] = [
  ['get', '/api/health'],
  ['post', '/api/auth/login'],
  ['get', '/api/me'],
  ['patch', '/api/me'],
  ['get', '/api/orders'],
  ['get', '/api/orders/{orderNumber}'],
  ['post', '/api/orders/{orderNumber}/cancel'],
  ['post', '/api/orders/lookup'],
];

type OpenApiDoc = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, { security?: unknown[] }>>;
};

/** Every operation of the document as `METHOD url`, with the server prefix a client would use. */
function operations(doc: OpenApiDoc) {
  const prefix = (doc.servers?.[0]?.url ?? '').replace(/\/$/, '');
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method} ${prefix}${path}`),
  );
}

describe('Routes: health and docs', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('should answer the health check with status ok as JSON', async () => {
    // Act
    const reply = await call(portal.url, 'GET', '/api/health');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/json');
    expect(reply.json).toEqual({ status: 'ok' });
  });

  it('should publish an OpenAPI 3 document with a schema for every request body', async () => {
    // Act
    const reply = await call(portal.url, 'GET', '/api/openapi.json');

    // Assess
    expect(reply.status).toBe(200);
    const doc = reply.json as OpenApiDoc & { components?: { schemas?: Record<string, unknown> } };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Problem', 'ProfilePatch', 'GuestLookup', 'OrderDetail']),
    );
  });

  it('should list every skeleton route at the URL a client calls', async () => {
    // Act
    const doc = (await call(portal.url, 'GET', '/api/openapi.json')).json as OpenApiDoc;

    // Assess
    expect(operations(doc)).toEqual(expect.arrayContaining(SKELETON_ROUTES.map(([m, p]) => `${m} ${p}`)));
  });

  it('should mark customer routes as needing a bearer token and public ones as not', async () => {
    // Act
    const doc = (await call(portal.url, 'GET', '/api/openapi.json')).json as OpenApiDoc;
    const byPath = (path: string, method: string) =>
      Object.entries(doc.paths).find(([p]) => p.endsWith(path))?.[1]?.[method];

    // Assess
    expect(byPath('/me', 'get')?.security).toEqual([{ bearerAuth: [] }]);
    expect(byPath('/orders/{orderNumber}/cancel', 'post')?.security).toEqual([{ bearerAuth: [] }]);
    expect(byPath('/orders/lookup', 'post')?.security ?? []).toEqual([]);
    expect(byPath('/health', 'get')?.security ?? []).toEqual([]);
  });

  it('should serve a docs page that lists the routes and loads nothing from elsewhere', async () => {
    // Act
    const reply = await call(portal.url, 'GET', '/api/docs');

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('text/html');
    expect(reply.text).toMatch(/^<!doctype html>/i);
    for (const path of ['/me', '/orders/{orderNumber}/cancel', '/orders/lookup', '/health'])
      expect(reply.text).toContain(path);
    expect(reply.text).not.toMatch(/(?:src|href|action)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(reply.text).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(reply.text).not.toMatch(/@import/i);
    expect(reply.text).not.toMatch(/<script[^>]+src=/i);
  });

  it('should answer an unknown API route with a 404 problem', async () => {
    // Act
    const reply = await call(portal.url, 'GET', '/api/no-such-thing');

    // Assess
    const body = expectProblem(reply, 404);
    expect(body.instance).toBe('/api/no-such-thing');
  });
});
