import { z } from 'zod';

/** The app client id of the local identity provider's tokens (the site's, in DESIGN.md's local defaults). */
export const LOCAL_CLIENT_ID = 'local-site';

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every tunable the server reads from the environment, validated once. README lists them. */
const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1).default('portal'),
  DYNAMODB_ENDPOINT: z.string().url().optional(),
  AWS_REGION: z.string().default('eu-central-1'),
  JWT_ISSUER: z.string().min(1).default('http://127.0.0.1:3000/api/auth'),
  JWKS_URL: z.string().url().optional(),
  /** The app client ids whose access tokens the API takes (Cognito's `client_id`), comma-separated. */
  JWT_AUDIENCE: z
    .string()
    .default(LOCAL_CLIENT_ID)
    .transform((v) => v.split(',').map((id) => id.trim()))
    .pipe(z.array(z.string().min(1)).min(1)),
  LOCAL_AUTH: z.enum(['true', 'false']).default('false'),
  /**
   * The app client of shops' systems (client credentials, scope `orders/write`): its tokens are
   * taken by the integration API and nowhere else. The secret is checked by the local IdP only.
   */
  INTEGRATION_CLIENT_ID: z.string().min(1).default('demo-integration'),
  INTEGRATION_CLIENT_SECRET: z.string().min(1).default('demo-integration-secret'),
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
  CHAT_TURNS_PER_MINUTE_SESSION: int(20),
  CHAT_TURNS_PER_MINUTE_CLIENT: int(60),
  FEEDBACK_PER_MINUTE_CLIENT: int(30),
  SEARCH_REVISION_CHECK_MS: int(2000),
  /** How long search counts wait in memory before one batched write (no write on the query's path). */
  SEARCH_STATS_FLUSH_MS: int(2000),
  CHAT_SESSION_TTL_HOURS: int(72),
});

export type Config = z.infer<typeof ConfigSchema> & { jwksUrl: string; localAuth: boolean };

/** Reads the configuration from an environment map (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.parse(env);
  return {
    ...parsed,
    jwksUrl: parsed.JWKS_URL ?? `${parsed.JWT_ISSUER}/.well-known/jwks.json`,
    localAuth: parsed.LOCAL_AUTH === 'true',
  };
}
