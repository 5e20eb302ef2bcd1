import * as z from 'zod';

/** The app client id of the local identity provider's tokens (the site's, in DESIGN.md's local defaults). */
export const LOCAL_CLIENT_ID = 'local-site';

/** JWT_AUDIENCE's client ids. */
const audienceOf = (value: string) => value.split(',').map((id) => id.trim());

// One base schema for every whole-number setting (zod schemas are immutable, so sharing it is
// safe): building it per field made config parsing a good part of a cold start.
const positiveInt = z.coerce.number().int().positive();
const int = (fallback: number) => positiveInt.default(fallback);
// The same for the strings: one schema per kind, each field adds at most its default.
const text = z.string();
const nonEmpty = text.min(1);
const secret = text.min(16);
const words = text.min(3);
const url = text.url();
const optionalText = text.optional();
const optionalUrl = url.optional();

/** Every tunable the server reads from the environment, validated once. README lists them. */
const ConfigSchema = z.object({
  TABLE_NAME: nonEmpty.default('portal'),
  DYNAMODB_ENDPOINT: optionalUrl,
  AWS_REGION: text.default('eu-central-1'),
  JWT_ISSUER: nonEmpty.default('http://127.0.0.1:3000/api/auth'),
  JWKS_URL: optionalUrl,
  /**
   * The app client ids whose access tokens the API takes (Cognito's `client_id`), comma-separated,
   * none empty; loadConfig splits them. Checked with one refinement rather than a transform piped
   * into an array schema: those are zod's first transform, pipe and array of a cold start, about
   * 1 ms to build, for a setting read once.
   */
  JWT_AUDIENCE: text
    .default(LOCAL_CLIENT_ID)
    .refine((v) => audienceOf(v).every((id) => id.length > 0), 'Comma-separated app client ids, none empty'),
  LOCAL_AUTH: z.enum(['true', 'false']).default('false'),
  /**
   * OpenID Connect userInfo endpoint (Cognito: `<hosted UI>/oauth2/userInfo`): where a person's
   * verified email comes from when access tokens carry none. Unset locally (the local IdP puts it in the token).
   */
  USERINFO_URL: optionalUrl,
  /**
   * The app client of shops' systems (client credentials, scope `orders/write`): its tokens are
   * taken by the integration API and nowhere else. The secret is checked by the local IdP only.
   */
  INTEGRATION_CLIENT_ID: nonEmpty.default('demo-integration'),
  INTEGRATION_CLIENT_SECRET: nonEmpty.default('demo-integration-secret'),
  /**
   * The secret Shopify signs its webhooks with. No default: unset, every webhook is refused (the
   * local server sets DESIGN.md's demo secret; on AWS it comes from Secrets Manager or SSM).
   */
  SHOPIFY_WEBHOOK_SECRET: secret.optional(),
  /** On AWS: the Secrets Manager secret holding it, read once per instance (functions/secrets.ts). */
  SHOPIFY_WEBHOOK_SECRET_ID: nonEmpty.optional(),
  MAX_BODY_BYTES: int(64 * 1024),
  MAX_IMPORT_BYTES: int(2 * 1024 * 1024),
  MAX_CHAT_MESSAGE_CHARS: int(1000),
  RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().default(1),
  LOOKUP_FAILURES_PER_WINDOW: int(5),
  LOOKUP_WINDOW_SECONDS: int(15 * 60),
  LOGIN_FAILURES_PER_WINDOW: int(10),
  LOGIN_WINDOW_SECONDS: int(15 * 60),
  LOGIN_FAILURES_PER_WINDOW_CLIENT: int(30),
  LOGIN_SLOW_LANE_SECONDS: int(3),
  /** A request slower than this gets its own log line (every request is in API Gateway's access log). */
  SLOW_REQUEST_MS: int(1000),
  CHAT_TURNS_PER_MINUTE_SESSION: int(20),
  CHAT_TURNS_PER_MINUTE_CLIENT: int(60),
  FEEDBACK_PER_MINUTE_CLIENT: int(30),
  SEARCH_REPORTS_PER_MINUTE_CLIENT: int(30),
  SEARCH_REVISION_CHECK_MS: int(2000),
  /** How long search counts wait in memory before one batched write (no write on the query's path). */
  SEARCH_STATS_FLUSH_MS: int(2000),
  CHAT_SESSION_TTL_HOURS: int(72),
  /** Outbox: `smtp` (nodemailer to SMTP_URL; locally the embedded catcher) or `ses` (Amazon SES v2). */
  MAIL_TRANSPORT: z.enum(['smtp', 'ses']).default('smtp'),
  SMTP_URL: optionalUrl,
  MAIL_FROM: words.default('Customer service <no-reply@portal.local>'),
  /** SES sending identity ARN (FromEmailAddressIdentityArn); CDK sets it. */
  SES_IDENTITY_ARN: optionalText,
  /** Origin of links in messages; the local server sets its own URL. */
  PUBLIC_URL: url.default('http://127.0.0.1:3000'),
  /** Signs unsubscribe links (HMAC); set a real secret outside local development. */
  UNSUBSCRIBE_SECRET: secret.default('local-unsubscribe-secret-change-me'),
  /** Local hours in the customer's time zone when non-urgent messages wait: `21-08`, or `off`. */
  QUIET_HOURS: text.default('21-08'),
  OUTBOX_MAX_ATTEMPTS: int(5),
  OUTBOX_RETRY_BASE_MS: int(30_000),
  OUTBOX_RETRY_MAX_MS: int(3_600_000),
  /** How long a drain holds a claimed message before another drain may take it over. */
  OUTBOX_LEASE_SECONDS: int(120),
  /** How long a message waits for its `confirm` item (the causing change) before it is dropped. */
  OUTBOX_CONFIRM_GRACE_SECONDS: int(300),
  /** Local server: how often the drain runs (it also runs right after an enqueue). */
  OUTBOX_DRAIN_MS: int(5000),
  /** A customer with no order for this many days is lost (churn), matching the lapsed stage. */
  CHURN_DAYS: int(365),
  /** The Cognito user pool (CDK sets it): an erased account's user is deleted there. */
  COGNITO_USER_POOL_ID: optionalText,
  /** NPS: days after delivery the invitation goes out (and shows on the order page). */
  NPS_INVITE_DAYS: int(3),
  /** NPS: at most one invitation per customer in this many days. */
  NPS_INVITE_PERIOD_DAYS: int(90),
  /** NPS: how long the signed link of an invitation works, in days from when it is due. */
  NPS_LINK_DAYS: int(30),
  /** The shop's return window: days after delivery in which a customer may start a return. */
  RETURN_WINDOW_DAYS: int(30),
  /** Where returns go: the label's address, lines separated by `|`. */
  RETURN_ADDRESS: words.default('Returns department|Lagerstraße 1|10115 Berlin|DE'),
  /** Local identity provider: lifetime of id and access tokens (Cognito's app client sets it on AWS). */
  LOCAL_TOKEN_SECONDS: int(3600),
  /** Local identity provider: days a refresh token lasts unused (each refresh moves it on). */
  LOCAL_REFRESH_DAYS: int(30),
  /** Local identity provider: seconds the previous refresh token still gets an access token after a rotation. */
  LOCAL_REFRESH_GRACE_SECONDS: int(30),
  /** The bucket of problem photos (CDK sets it); without it they are kept under PHOTO_DIR. */
  PHOTO_BUCKET: optionalText,
  /** Local: the folder of problem photos (the local server puts it under DATA_DIR). */
  PHOTO_DIR: text.default('.data/uploads'),
  /** Local: signs upload forms and photo links; set a real secret outside local development. */
  UPLOAD_SECRET: secret.default('local-upload-secret-change-me'),
  /** Largest problem photo, in bytes (the presigned POST and the local upload route hold to it). */
  PHOTO_MAX_BYTES: int(5 * 1024 * 1024),
  /** Where the shop hears about changes customers make (an address change): a signed webhook, retried by the outbox. */
  SHOP_WEBHOOK_URL: optionalUrl,
  /** Signs those webhooks (HMAC-SHA256, header X-Portal-Signature); set a real secret shared with the shop. */
  SHOP_WEBHOOK_SECRET: secret.default('local-shop-webhook-secret-change-me'),
  /** Ticket SLA targets per priority, minutes to first response / to resolution: `urgent=60/480,high=240/1440`. */
  TICKET_SLA: optionalText,
  /** Longest reply or note on a ticket (characters). */
  MAX_TICKET_REPLY_CHARS: int(5000),
  TICKET_REPLIES_PER_MINUTE_CUSTOMER: int(10),
  TICKET_REPLIES_PER_MINUTE_STAFF: int(60),
  /** Most messages one ticket takes. */
  MAX_TICKET_MESSAGES: int(500),
  /** Signs the link a guest's reply mail carries to their one ticket (HMAC); set a real secret outside local development. */
  TICKET_LINK_SECRET: secret.default('local-ticket-link-secret-change-me'),
  /** How long such a link opens the ticket. */
  TICKET_LINK_DAYS: int(14),
  /** The priority a tier's tickets start at: `platinum=high,gold=normal`. */
  TICKET_TIER_PRIORITY: text.default('platinum=high'),
});

export type Config = Omit<z.infer<typeof ConfigSchema>, 'JWT_AUDIENCE'> & {
  JWT_AUDIENCE: string[];
  jwksUrl: string;
  localAuth: boolean;
};

/** Reads the configuration from an environment map (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.parse(env);
  return {
    ...parsed,
    JWT_AUDIENCE: audienceOf(parsed.JWT_AUDIENCE),
    jwksUrl: parsed.JWKS_URL ?? `${parsed.JWT_ISSUER}/.well-known/jwks.json`,
    localAuth: parsed.LOCAL_AUTH === 'true',
  };
}
