import { myNoteRoutes } from '../customers/me-routes';
import { feedbackRoutes } from '../insights/feedback-routes';
import { surveyRoutes } from '../insights/survey-routes';
import { orderRoutes } from '../orders/routes';
import { selfServiceRoutes } from '../orders/self-service-routes';
import { unsubscribeRoutes } from '../outbox/routes';
import { privacyRoutes } from '../profile/privacy-routes';
import { profileRoutes } from '../profile/routes';
import { customerTicketRoutes } from '../tickets/customer-routes';
import type { RouteArea } from './types';

/** Profile, orders, guest lookup, NPS, the customer's tickets and the unsubscribe link of messages. */
export const customerArea: RouteArea = (api) => {
  api
    .route('/', profileRoutes())
    .route('/', privacyRoutes())
    .route('/', orderRoutes())
    .route('/', selfServiceRoutes())
    .route('/', feedbackRoutes())
    .route('/', surveyRoutes())
    .route('/', unsubscribeRoutes())
    .route('/', customerTicketRoutes())
    .route('/', myNoteRoutes());
};
