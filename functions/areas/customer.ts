import { feedbackRoutes } from '../insights/feedback-routes';
import { orderRoutes } from '../orders/routes';
import { unsubscribeRoutes } from '../outbox/routes';
import { profileRoutes } from '../profile/routes';
import { customerTicketRoutes } from '../tickets/customer-routes';
import type { RouteArea } from './types';

/** Profile, orders, guest lookup, NPS, the customer's tickets and the unsubscribe link of messages. */
export const customerArea: RouteArea = (api) => {
  api
    .route('/', profileRoutes())
    .route('/', orderRoutes())
    .route('/', feedbackRoutes())
    .route('/', unsubscribeRoutes())
    .route('/', customerTicketRoutes());
};
