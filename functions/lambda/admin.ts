import { lambdaHandler } from './bootstrap';

/** API Gateway entry point for the admin routes. */
export const handler = lambdaHandler(['admin']);
