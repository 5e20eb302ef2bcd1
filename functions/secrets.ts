import type { Config } from './config';

/** Reads a secret by id (ARN or name) once; undefined when none is configured. */
export type SecretReader = () => Promise<string | undefined>;

/**
 * A Secrets Manager value through the AWS Parameters and Secrets Lambda Extension (a layer CDK
 * adds: an HTTP endpoint on localhost that authenticates with the function's own session token,
 * so the bundle needs no Secrets Manager SDK).
 */
export async function readFromExtension(
  secretId: string,
  env: Record<string, string | undefined> = process.env,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const res = await fetchImpl(`http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`, {
    headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' },
    signal: AbortSignal.timeout(3000),
  });
  if (!res.ok) throw new Error(`Secrets extension answered ${res.status} for ${secretId}`);
  const body = (await res.json()) as { SecretString?: unknown };
  if (typeof body.SecretString !== 'string' || !body.SecretString) throw new Error(`Secret ${secretId} has no value`);
  return body.SecretString;
}

/**
 * Once per instance (a cold start), then from memory; a failed read is not kept, so the next
 * request tries again.
 */
export function readOnce(read: () => Promise<string | undefined>): SecretReader {
  let value: Promise<string | undefined> | undefined;
  return () => {
    value ??= read().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

/**
 * The Shopify webhook secret: `SHOPIFY_WEBHOOK_SECRET` where set (locally), else the Secrets
 * Manager secret `SHOPIFY_WEBHOOK_SECRET_ID` names (on AWS: never in the template, read at the
 * first webhook and kept), else none (every webhook is refused).
 */
export function shopifySecretOf(config: Config, read = readFromExtension): SecretReader {
  const id = config.SHOPIFY_WEBHOOK_SECRET_ID;
  if (config.SHOPIFY_WEBHOOK_SECRET || !id) return async () => config.SHOPIFY_WEBHOOK_SECRET;
  return readOnce(async () => {
    const secret = (await read(id)).trim();
    // Too short to be Shopify's (or a placeholder nobody replaced): refuse webhooks rather than trust it.
    return secret.length >= 16 ? secret : undefined;
  });
}
