import { feedbackRoutes } from '../insights/feedback-routes';
import { orderRoutes } from '../orders/routes';
import { profileRoutes } from '../profile/routes';
import type { RouteArea } from './types';

/** Profile, orders, guest lookup, NPS and the customer's tickets. */
export const customerArea: RouteArea = (api) => {
  api.route('/', profileRoutes()).route('/', orderRoutes()).route('/', feedbackRoutes());
};
