import { integrationRoutes } from '../integrations/routes';
import { shopifyWebhookRoutes } from '../integrations/shopify-routes';
import type { RouteArea } from './types';

/** A shop's systems: orders and shipment events in (client-credentials tokens, scope orders/write). */
export const integrationArea: RouteArea = (api) => {
  api.route('/', integrationRoutes()).route('/', shopifyWebhookRoutes());
};
