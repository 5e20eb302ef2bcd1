import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { logger } from './commons/logger';
import { bodyLimit } from './http/body-limit';
import { compressLarge } from './http/compress';
import { onError, problem, validationProblem } from './http/problem';
import type { AppDeps, AppEnv } from './env';
import type { RouteArea } from './areas/types';
import { healthRoutes } from './http/health-routes';
import { requestLogLine } from './http/request-log';

/**
 * The route areas to serve (a Lambda mounts only its own, so its IAM role can stay narrow); the
 * local server puts the local identity provider's routes first (areas/local-auth.ts).
 */
export interface AppOptions {
  areas: readonly RouteArea[];
}

/**
 * Builds the one Hono app: Lambda, the local server and the tests all serve this.
 * @example const app = createApp(deps); serve({ fetch: app.fetch });
 */
export function createApp(deps: AppDeps, options: AppOptions) {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error)),
  });
  api.use('*', requestId({ headerName: 'x-request-id' }));
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    const line = requestLogLine(c.res.status, ms, deps.config.SLOW_REQUEST_MS);
    if (!line) return;
    logger.warn(line, {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms,
    });
  });
  api.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  // The console's answers can be large (the rule file is about 160 KB); customers' are small.
  api.use('/admin/*', compressLarge());
  // Admin content (long answers, rule files, imports) may be larger than customer requests.
  api.use(
    '*',
    bodyLimit((path) =>
      path.startsWith('/api/admin/')
        ? deps.config.MAX_IMPORT_BYTES
        : // The local photo upload (S3's stand-in): one photo and its form fields.
          path === '/api/uploads/photos'
          ? deps.config.PHOTO_MAX_BYTES + 16 * 1024
          : deps.config.MAX_BODY_BYTES,
    ),
  );

  api.route('/', healthRoutes());
  for (const mount of options.areas) mount(api);

  // A catch-all rather than notFound(): a parent app's notFound would win once this is mounted.
  api.all('*', (c) => problem(c, 404, { detail: `No route for ${c.req.method} ${c.req.path}` }));
  api.onError(onError);

  return new OpenAPIHono<AppEnv>().route('/api', api);
}

export type PortalApp = ReturnType<typeof createApp>;
