import { docsRoutes } from '../http/docs-routes';
import type { RouteArea } from './types';

const DOCUMENT_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Self-service portal API',
    version: '1.0.0',
    description: 'Profiles, orders, FAQ search, chat and admin.',
  },
  servers: [{ url: '/api' }],
};

/**
 * The OpenAPI document of every route mounted beside it, and its page. Only apps that can build
 * it mount this (the docs function, the local server, scripts/gen-api.ts): an API function's
 * bundle leaves the generator out (functions/http/openapi-lite.ts), and API Gateway sends these
 * paths to docs, so anywhere else they are simply not routes.
 */
export const documentArea: RouteArea = (api) => {
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'Cognito (or local) access token',
  });
  api.doc31('/openapi.json', DOCUMENT_INFO);
  api.route(
    '/',
    docsRoutes(() => api.getOpenAPI31Document(DOCUMENT_INFO)),
  );
};
