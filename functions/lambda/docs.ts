import { ALL_AREAS } from '../areas';
import { lambdaEntry } from './bootstrap';

/**
 * API Gateway entry point for /api/openapi.json and /api/docs: it mounts every area to describe
 * them all, but its role has no table access, so it can serve nothing else.
 */
export const { app, handler } = lambdaEntry(ALL_AREAS);
