import { customerArea } from '../areas/customer';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for the customer routes. */
export const { app, handler } = lambdaEntry([customerArea]);
