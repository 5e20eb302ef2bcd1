import { feedbackRoutes } from '../routes/feedback';
import { orderRoutes } from '../routes/orders';
import { profileRoutes } from '../routes/profile';
import type { RouteArea } from './types';

/** Profile, orders, guest lookup, NPS and the customer's tickets. */
export const customerArea: RouteArea = (api) => {
  api.route('/', profileRoutes()).route('/', orderRoutes()).route('/', feedbackRoutes());
};
