import { integrationArea } from '../areas/integration';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for a shop's systems (orders and shipment events in). */
export const { app, handler } = lambdaEntry([integrationArea]);
