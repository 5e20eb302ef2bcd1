// First: zod must be jitless before any module builds a schema (see zod-jitless.ts).
import './zod-jitless';
import { faqArea } from '../areas/faq';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for the faq routes. */
export const { app, handler } = lambdaEntry([faqArea]);
