import { chatArea } from '../areas/chat';
import { lambdaHandler } from './bootstrap';

/** API Gateway entry point for the chat routes. */
export const handler = lambdaHandler([chatArea]);
