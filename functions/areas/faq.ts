import { faqRoutes } from '../faq/routes';
import type { RouteArea } from './types';

/** Public knowledge base: search, suggestions, categories, articles and votes. */
export const faqArea: RouteArea = (api) => {
  api.route('/', faqRoutes());
};
