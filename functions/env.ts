import type { Config } from './config';
import type { Principal, TokenVerifier } from './auth/verify';
import type { MailSender, WebhookSender } from './outbox/domain/message';
import type { PhotoFiles } from './orders/photo-files-store';
import type { Stores } from './store';

/** Everything a handler needs, injected once when the app is built. */
export interface AppDeps {
  config: Config;
  stores: Stores;
  verifyToken: TokenVerifier;
  now: () => Date;
  /** Sends outbox mail (SMTP or SES, from config). */
  mail: MailSender;
  /** Asks for an outbox drain soon; the local server drains at once, on AWS a schedule does. */
  wakeOutbox: () => void;
  /** The Shopify webhook secret (config locally, Secrets Manager on AWS, read once). */
  shopifySecret: () => Promise<string | undefined>;
  /** Posts the outbox's signed webhooks to the shop (SHOP_WEBHOOK_SECRET). */
  webhooks: WebhookSender;
  /** Where problem photos' bytes are kept (S3 on AWS, a folder under DATA_DIR locally). */
  photoFiles: PhotoFiles;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    deps: AppDeps;
    principal?: Principal;
  };
};
