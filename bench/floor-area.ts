import type { RouteArea } from '../functions/areas/types';

/**
 * The physical floor of a DB-backed route, for `npm run bench` only (never in a deployed app):
 * one GetItem through the app's own document client and the same middleware, no authorisation or
 * shaping. Every DB-backed route is measured against it (issue 13).
 */
export const benchFloorArea: RouteArea = (api) => {
  api.get('/bench/floor', async (c) => {
    const order = await c.var.deps.stores.orders.get('10023');
    return c.json({ found: order !== undefined });
  });
};
