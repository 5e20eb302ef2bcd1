// First: zod must be jitless before any module builds a schema (see zod-jitless.ts).
import './zod-jitless';
import { integrationArea } from '../areas/integration';
import { lambdaEntry } from './bootstrap';

/** API Gateway entry point for a shop's systems (orders and shipment events in). */
export const { app, handler } = lambdaEntry([integrationArea]);
