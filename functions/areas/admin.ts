import { adminBotRoutes } from '../chat/rules-routes';
import { adminCustomerRoutes } from '../customers/routes';
import { adminBackfillRoutes } from '../integrations/backfill-routes';
import { adminFaqRoutes } from '../faq/admin-routes';
import { adminFaqBulkRoutes } from '../faq/bulk-routes';
import { adminCategoryRoutes } from '../faq/categories-routes';
import { adminInsightsRoutes } from '../insights/routes';
import { adminOutboxRoutes } from '../outbox/admin-routes';
import { staffPhotoRoutes } from '../orders/photo-routes';
import { adminTicketRoutes } from '../tickets/admin-routes';
import type { RouteArea } from './types';

/** The admin console's API (group `admins`). Bulk routes first: their static paths win. */
export const adminArea: RouteArea = (api) => {
  api
    .route('/', adminFaqBulkRoutes())
    .route('/', adminCategoryRoutes())
    .route('/', adminFaqRoutes())
    .route('/', adminInsightsRoutes())
    .route('/', adminTicketRoutes())
    .route('/', adminOutboxRoutes())
    .route('/', adminCustomerRoutes())
    .route('/', adminBackfillRoutes())
    .route('/', adminBotRoutes())
    .route('/', staffPhotoRoutes());
};
