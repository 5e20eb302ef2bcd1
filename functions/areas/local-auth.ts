import type { LocalIdp } from '../auth/local-idp';
import { authRoutes } from '../auth/routes';
import type { RouteArea } from './types';

/**
 * The local identity provider's sign-in, token and JWKS routes: only the local server (and the
 * contract it generates) mounts them. On AWS Cognito does this, so no Lambda bundles these routes
 * or builds their schemas at init.
 */
export const localAuthArea =
  (idp: LocalIdp): RouteArea =>
  (api) => {
    api.route('/', authRoutes(idp));
  };
