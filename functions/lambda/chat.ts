// First: zod must be jitless before any module builds a schema (see zod-jitless.ts).
import './zod-jitless';
import { chatArea } from '../areas/chat';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for the chat routes. */
export const { app, handler } = lambdaEntry([chatArea]);
