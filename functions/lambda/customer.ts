import { customerArea } from '../areas/customer';
import { lambdaHandler } from './bootstrap';

/** API Gateway entry point for the customer routes. */
export const handler = lambdaHandler([customerArea]);
