import { adminBotRoutes } from '../routes/admin/bot-rules';
import { adminFaqRoutes } from '../routes/admin/faq';
import { adminFaqBulkRoutes } from '../routes/admin/faq-bulk';
import { adminInsightsRoutes } from '../routes/admin/insights';
import { adminTicketRoutes } from '../routes/admin/tickets';
import type { RouteArea } from './types';

/** The admin console's API (group `admins`). Bulk routes first: their static paths win. */
export const adminArea: RouteArea = (api) => {
  api.route('/', adminFaqBulkRoutes()).route('/', adminFaqRoutes()).route('/', adminInsightsRoutes())
    .route('/', adminTicketRoutes()).route('/', adminBotRoutes());
};
