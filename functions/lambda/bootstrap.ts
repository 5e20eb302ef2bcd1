import { handle } from 'hono/aws-lambda';
import { createApp } from '../app';
import type { RouteArea } from '../areas/types';
import { loadConfig } from '../config';
import { createDeps } from '../deps';

/**
 * A Lambda handler serving the given route areas of the one app. Clients are created once per
 * instance; nothing heavy (search index, bot rules) is built until a request needs it.
 */
export function lambdaHandler(areas: readonly RouteArea[]) {
  return handle(createApp(createDeps(loadConfig()), { areas }));
}
