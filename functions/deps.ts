import { createTokenVerifier } from './auth/verify';
import { cachedBySubject, userInfoLookup } from './auth/verified-email';
import type { Config } from './config';
import type { AppDeps } from './env';
import { createMailSender } from './outbox/transport';
import { shopifySecretOf } from './secrets';
import { createStores } from './store';
import { createDocumentClient } from './store/client';

/** Wires config -> DynamoDB client -> stores -> token verifier, once per process. Services attach per area (perApp). */
export function createDeps(config: Config, endpoint = config.DYNAMODB_ENDPOINT): AppDeps {
  const now = () => new Date();
  const stores = createStores({
    doc: createDocumentClient({ tableName: config.TABLE_NAME, endpoint, region: config.AWS_REGION }),
    table: config.TABLE_NAME,
  });
  return {
    config,
    stores,
    now,
    mail: createMailSender(config),
    wakeOutbox: () => {},
    shopifySecret: shopifySecretOf(config),
    verifyToken: createTokenVerifier({
      issuer: config.JWT_ISSUER,
      jwksUrl: config.jwksUrl,
      clientIds: config.JWT_AUDIENCE,
      machineClientIds: [config.INTEGRATION_CLIENT_ID],
      ...(config.USERINFO_URL ? { lookupEmail: cachedBySubject(userInfoLookup(config.USERINFO_URL)) } : {}),
    }),
  };
}
