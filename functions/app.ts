import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { LocalIdp } from './auth/local-idp';
import { PayloadTooLarge } from './commons/errors';
import { logger } from './commons/logger';
import { onError, problem, validationProblem } from './http/problem';
import type { AppDeps, AppEnv } from './env';
import type { RouteArea } from './areas/types';
import { authRoutes } from './auth/routes';
import { docsRoutes } from './http/docs-routes';
import { healthRoutes } from './http/health-routes';

const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * Reads and discards an oversize body (up to 16 MB) before answering 413: a client still
 * uploading when the server answers would otherwise see its connection reset, not the problem.
 */
async function drainBody(request: Request) {
  const reader = request.body?.getReader();
  if (!reader) return;
  let read = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done && read < MAX_DRAIN_BYTES; chunk = await reader.read())
      read += chunk.value.byteLength;
  } catch {
    /* the client went away; nothing to drain */
  }
  await reader.cancel().catch(() => undefined);
}

/** The route areas to serve (a Lambda mounts only its own, so its IAM role can stay narrow). */
export interface AppOptions {
  areas: readonly RouteArea[];
  localIdp?: LocalIdp;
}

/**
 * Builds the one Hono app: Lambda, the local server and the tests all serve this.
 * @example const app = createApp(deps); serve({ fetch: app.fetch });
 */
export function createApp(deps: AppDeps, options: AppOptions) {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error)),
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'Cognito (or local) access token',
  });

  api.use('*', requestId({ headerName: 'x-request-id' }));
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  api.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  api.use('*', async (c, next) => {
    // Admin content (long answers, rule files, imports) may be larger than customer requests.
    const max = c.req.path.startsWith('/api/admin/') ? deps.config.MAX_IMPORT_BYTES : deps.config.MAX_BODY_BYTES;
    return bodyLimit({
      maxSize: max,
      onError: async () => {
        await drainBody(c.req.raw);
        throw new PayloadTooLarge(max);
      },
    })(c, next);
  });

  api.route('/', healthRoutes());
  if (options.localIdp) api.route('/', authRoutes(options.localIdp));
  for (const mount of options.areas) mount(api);

  const openApi = {
    openapi: '3.1.0',
    info: {
      title: 'Self-service portal API',
      version: '1.0.0',
      description: 'Profiles, orders, FAQ search, chat and admin.',
    },
    servers: [{ url: '/api' }],
  };
  api.doc31('/openapi.json', openApi);
  api.route(
    '/',
    docsRoutes(() => api.getOpenAPI31Document(openApi)),
  );

  // A catch-all rather than notFound(): a parent app's notFound would win once this is mounted.
  api.all('*', (c) => problem(c, 404, { detail: `No route for ${c.req.method} ${c.req.path}` }));
  api.onError(onError);

  return new OpenAPIHono<AppEnv>().route('/api', api);
}

export type PortalApp = ReturnType<typeof createApp>;
