import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env';

/** Mounts one area's routes. A Lambda imports only its own area, so its bundle stays small. */
export type RouteArea = (api: OpenAPIHono<AppEnv>) => void;
