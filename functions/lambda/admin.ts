// First: zod must be jitless before any module builds a schema (see zod-jitless.ts).
import './zod-jitless';
import { adminArea } from '../areas/admin';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for the admin routes. */
export const { app, handler } = lambdaEntry([adminArea]);
