import { createTokenVerifier } from './auth/verify';
import { cachedBySubject, userInfoLookup } from './auth/verified-email';
import type { Config } from './config';
import type { AppDeps } from './env';
import type { MailSender } from './outbox/domain/message';
import { photoFilesOf } from './orders/photo-files-store';
import { webhookSender } from './outbox/webhook-transport';
import { shopifySecretOf } from './secrets';
import { createStores } from './store';
import { createDocumentClient } from './store/client';

/**
 * A sender for functions that never send: on AWS only the outbox drain does, so the API functions
 * bundle neither nodemailer nor the SES client (test/infra/bundles.test.ts holds them to it).
 */
const noMailSender: MailSender = {
  send: () => Promise.reject(new Error('This function does not send mail: the outbox drain does')),
};

/**
 * Wires config -> DynamoDB client -> stores -> token verifier, once per process. Services attach
 * per area (perApp). `mail` only where mail is sent: the local server and the outbox drain.
 */
export function createDeps(config: Config, endpoint = config.DYNAMODB_ENDPOINT, mail = noMailSender): AppDeps {
  const now = () => new Date();
  const stores = createStores({
    doc: createDocumentClient({ tableName: config.TABLE_NAME, endpoint, region: config.AWS_REGION }),
    table: config.TABLE_NAME,
  });
  return {
    config,
    stores,
    now,
    mail,
    wakeOutbox: () => {},
    shopifySecret: shopifySecretOf(config),
    photoFiles: photoFilesOf(config),
    webhooks: webhookSender(config.SHOP_WEBHOOK_SECRET, now),
    verifyToken: createTokenVerifier({
      issuer: config.JWT_ISSUER,
      jwksUrl: config.jwksUrl,
      clientIds: config.JWT_AUDIENCE,
      machineClientIds: [config.INTEGRATION_CLIENT_ID],
      ...(config.USERINFO_URL ? { lookupEmail: cachedBySubject(userInfoLookup(config.USERINFO_URL)) } : {}),
    }),
  };
}
