import { faqArea } from '../areas/faq';
import { lambdaHandler } from './bootstrap';

/** API Gateway entry point for the faq routes. */
export const handler = lambdaHandler([faqArea]);
