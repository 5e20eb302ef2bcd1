import { handle } from 'hono/aws-lambda';
import { createApp } from '../app';
import type { RouteArea } from '../areas/types';
import { loadConfig } from '../config';
import { createDeps } from '../deps';
import { flushPendingWrites } from '../commons/pending-writes';

/**
 * A Lambda entry serving the given route areas of the one app: the app (its routes are checked
 * against infra/routes.ts) and its API Gateway handler. Clients are created once per instance;
 * nothing heavy (search index, bot rules) is built until a request needs it.
 */
export function lambdaEntry(areas: readonly RouteArea[]) {
  const app = createApp(createDeps(loadConfig()), { areas });
  const serve = handle(app);
  // Counts kept in memory (chat analytics) are written before the invocation ends: a frozen or
  // recycled instance loses none.
  const handler: typeof serve = async (event, context) => {
    try {
      return await serve(event, context);
    } finally {
      await flushPendingWrites();
    }
  };
  return { app, handler };
}
