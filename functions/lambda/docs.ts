import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { lazyModule } from '../commons/lazy';

// Every area's routes and schemas, built with the first request rather than at init: this
// function serves only the document and its page, and its cold start need not parse the app.
const full = lazyModule(() => import('./docs-app'));

/**
 * API Gateway entry point for /api/openapi.json and /api/docs: it mounts every area to describe
 * them all, but its role has no table access, so it can serve nothing else.
 */
export const handler = async (event: LambdaEvent, context: LambdaContext) => (await full()).handler(event, context);

/** The app behind the handler (for tests: the routes it serves). */
export const loadApp = async () => (await full()).app;
