import { adminArea } from '../areas/admin';
import { lambdaHandler } from './bootstrap';

/** API Gateway entry point for the admin routes. */
export const handler = lambdaHandler([adminArea]);
