import type { Config } from './config';
import type { Principal, TokenVerifier } from './auth/verify';
import type { Stores } from './store';

/** Everything a handler needs, injected once when the app is built. */
export interface AppDeps {
  config: Config;
  stores: Stores;
  verifyToken: TokenVerifier;
  now: () => Date;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    deps: AppDeps;
    principal?: Principal;
  };
};
