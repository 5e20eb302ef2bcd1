// First: zod must be jitless before any module builds a schema (see zod-jitless.ts).
import './zod-jitless';
import { ALL_AREAS } from '../areas';
import { lambdaEntry } from './bootstrap';

/**
 * The app the docs function serves: every area mounted, to describe them all. docs.ts loads this
 * module with the first request.
 */
export const { app, handler } = lambdaEntry(ALL_AREAS);
