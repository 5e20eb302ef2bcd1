import { handle } from 'hono/aws-lambda';
import { createApp, type Area } from '../app';
import { loadConfig } from '../config';
import { createDeps } from '../deps';

/**
 * A Lambda handler serving the given route areas of the one app. Clients are created once per
 * instance; nothing heavy (search index, bot rules) is built until a request needs it.
 */
export function lambdaHandler(areas: readonly Area[]) {
  return handle(createApp(createDeps(loadConfig()), { areas }));
}
