import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from '../app';
import { localAuthArea } from '../areas/local-auth';
import { ALL_AREAS } from '../areas';
import type { RouteArea } from '../areas/types';
import { createLocalIdp, newKeyMaterial, type KeyMaterial } from '../auth/local-idp';
import { localPhotoFiles } from '../orders/photo-files-store';
import { localUploadRoutes } from '../orders/upload-routes';
import { loadConfig } from '../config';
import { createDeps } from '../deps';
import { createMailSender } from '../outbox/transport';
import { problemDocument } from '../http/problem';
import { securityHeaderValues } from '../http/security-headers';
import { answerClientErrors } from './client-errors';
import { ensureTable, startDynalite } from './dynalite';
import { startMailCatcher } from './mail-catcher';
import { flushPendingWrites } from '../commons/pending-writes';
import { startOutboxDrain } from './outbox-drain';
import { productionHeaders, siteCsp } from './security-headers';
import { seedDemoData } from './seed';

export interface LocalPortalOptions {
  port?: number;
  dataDir?: string;
  env?: Record<string, string | undefined>;
  /** Serve the built site (site/dist) at `/`; tests of the API alone can skip it. */
  siteDir?: string | false;
  seed?: boolean;
  /**
   * Origins the site may call besides itself, for its CSP (CloudFront's lists the Cognito hosted
   * UI); none by default, as the local site signs in against the local identity provider.
   */
  connectSources?: readonly string[];
  /**
   * The embedded mail catcher (maildev), unless SMTP_URL is set or this is false: ports 0 pick
   * free ones (tests), by default SMTP 1025 and web UI 1080.
   */
  mailCatcher?: false | { smtpPort?: number; webPort?: number };
  /** Drain the outbox on an interval and after each enqueue (default true); tests may drain by hand. */
  outboxDrain?: boolean;
  /** Areas mounted after the portal's own (the bench's floor route); none in `npm start`. */
  extraAreas?: readonly RouteArea[];
}

async function loadOrCreateKeys(dataDir: string): Promise<KeyMaterial> {
  const file = join(dataDir, 'idp-keys.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as KeyMaterial;
  const keys = await newKeyMaterial();
  await writeFile(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

/**
 * The whole portal on one port: dynalite (unless DYNAMODB_ENDPOINT is set), seeded demo data,
 * the local identity provider, the API at /api and the built site at /.
 */
/** How many past customers the demo shop gets (SEED_HISTORY_CUSTOMERS, default 60; tests say 0). */
const historyCustomers = (env: Record<string, string | undefined>) =>
  Math.max(0, Math.min(Number(env.SEED_HISTORY_CUSTOMERS ?? 60) || 0, 5000));

export async function startLocalPortal(options: LocalPortalOptions = {}) {
  const env = { ...process.env, ...options.env };
  const dataDir = resolve(options.dataDir ?? env.DATA_DIR ?? '.data');
  await mkdir(dataDir, { recursive: true });
  const db = env.DYNAMODB_ENDPOINT ? undefined : await startDynalite(join(dataDir, 'dynamodb'));
  const endpoint = env.DYNAMODB_ENDPOINT ?? db?.endpoint;

  const siteDir = options.siteDir ?? resolve('site/dist');
  const csp = siteCsp(siteDir, options.connectSources);
  let fetchApp: (req: Request, env: unknown) => Response | Promise<Response> = () =>
    new Response(JSON.stringify(problemDocument(503, { detail: 'The portal is starting; try again in a moment' })), {
      status: 503,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
    });
  const server: ServerType = await new Promise((ok) => {
    const s = serve(
      {
        fetch: (req, e) => fetchApp(req, e),
        port: options.port ?? Number(env.PORT ?? 3000),
        hostname: env.HOST ?? '127.0.0.1',
      },
      () => ok(s),
    );
    answerClientErrors(s as Server, () => ({ 'content-security-policy': csp, ...securityHeaderValues() }));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const issuer = `${url}/api/auth`;
  const catcher =
    env.SMTP_URL || options.mailCatcher === false
      ? undefined
      : await startMailCatcher({
          smtpPort: options.mailCatcher?.smtpPort ?? Number(env.MAIL_CATCHER_SMTP_PORT ?? 1025),
          webPort: options.mailCatcher?.webPort ?? Number(env.MAIL_CATCHER_WEB_PORT ?? 1080),
        });
  const config = loadConfig({
    ...env,
    SMTP_URL: env.SMTP_URL ?? catcher?.smtpUrl,
    PUBLIC_URL: env.PUBLIC_URL ?? url,
    DYNAMODB_ENDPOINT: endpoint,
    JWT_ISSUER: issuer,
    JWKS_URL: undefined,
    LOCAL_AUTH: 'true',
    SHOPIFY_WEBHOOK_SECRET: env.SHOPIFY_WEBHOOK_SECRET ?? 'demo-shopify-secret',
    PHOTO_DIR: env.PHOTO_DIR ?? join(dataDir, 'uploads'),
    PHOTO_BUCKET: undefined,
  });

  await ensureTable(endpoint, config.AWS_REGION, config.TABLE_NAME);
  const deps = createDeps(config, endpoint, createMailSender(config));
  // Problem photos go to a folder under DATA_DIR, through the local stand-in for S3's presigned POST.
  const photoFiles = localPhotoFiles(config.PHOTO_DIR, config.UPLOAD_SECRET);
  deps.photoFiles = photoFiles;
  const localUploads: RouteArea = (api) => {
    api.route('/', localUploadRoutes(photoFiles));
  };
  const seeded =
    options.seed === false
      ? undefined
      : await seedDemoData(deps, env.DEMO_PASSWORD ?? 'demo-password', historyCustomers(env));
  const localIdp = createLocalIdp({
    issuer,
    keys: await loadOrCreateKeys(dataDir),
    users: deps.stores.users,
    clientId: config.JWT_AUDIENCE[0],
    machineClient: { id: config.INTEGRATION_CLIENT_ID, secret: config.INTEGRATION_CLIENT_SECRET },
    refreshTokens: deps.stores.refreshTokens,
    tokenSeconds: config.LOCAL_TOKEN_SECONDS,
    refreshDays: config.LOCAL_REFRESH_DAYS,
    refreshGraceSeconds: config.LOCAL_REFRESH_GRACE_SECONDS,
  });

  const root = new Hono();
  // What CloudFront adds in production, so local pages and tests see what production serves.
  root.use('*', productionHeaders(csp));
  root.route(
    '/',
    createApp(deps, { areas: [localAuthArea(localIdp), ...ALL_AREAS, localUploads, ...(options.extraAreas ?? [])] }),
  );
  root.get('/config.json', (c) => c.json({ apiBase: '/api', auth: { mode: 'local' } }));
  if (siteDir) root.use('*', serveStatic({ root: siteDir }));
  root.notFound(async (c) => {
    const page = siteDir ? join(siteDir, '404.html') : '';
    return c.html(
      page && existsSync(page)
        ? await readFile(page, 'utf8')
        : '<!doctype html><html lang="en"><title>Not found</title><h1>Not found</h1></html>',
      404,
    );
  });
  fetchApp = root.fetch;
  const outbox = options.outboxDrain === false ? undefined : startOutboxDrain(deps, config.OUTBOX_DRAIN_MS);

  return {
    url,
    port,
    dataDir,
    deps,
    seeded,
    integrationClient: { id: config.INTEGRATION_CLIENT_ID, secret: config.INTEGRATION_CLIENT_SECRET },
    /** The embedded mail catcher: its web UI (and REST API under /api) and SMTP URL. */
    mail: catcher ? { webUrl: catcher.webUrl, smtpUrl: catcher.smtpUrl } : undefined,
    async stop() {
      await new Promise<void>((ok) => server.close(() => ok()));
      // Counts kept in memory are written before the table goes away.
      await flushPendingWrites();
      await outbox?.stop();
      await catcher?.stop();
      await db?.stop();
    },
  };
}
