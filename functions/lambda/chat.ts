import { chatArea } from '../areas/chat';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for the chat routes. */
export const { app, handler } = lambdaEntry([chatArea]);
