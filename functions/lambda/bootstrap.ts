import { handle } from 'hono/aws-lambda';
import { createApp } from '../app';
import type { RouteArea } from '../areas/types';
import { loadConfig } from '../config';
import { createDeps } from '../deps';

/**
 * A Lambda entry serving the given route areas of the one app: the app (its routes are checked
 * against infra/routes.ts) and its API Gateway handler. Clients are created once per instance;
 * nothing heavy (search index, bot rules) is built until a request needs it.
 */
export function lambdaEntry(areas: readonly RouteArea[]) {
  const app = createApp(createDeps(loadConfig()), { areas });
  return { app, handler: handle(app) };
}
