// First: zod must be jitless before any module builds a schema (see zod-jitless.ts).
import './zod-jitless';
import { customerArea } from '../areas/customer';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for the customer routes. */
export const { app, handler } = lambdaEntry([customerArea]);
