import type { Node } from 'constructs';

/** Deploy-time settings, from `-c key=value` (or cdk.json "context"); docs/deploy.md lists them. */
export interface PortalConfig {
  /** `prod` (default): retained data, deletion protection. `dev`: throwaway, everything destroyed. */
  readonly stage: string;
  readonly production: boolean;
  readonly domainPrefix: string;
  readonly alarmEmail?: string;
  readonly apiRateLimit: number;
  readonly apiBurstLimit: number;
  readonly latencyP99Ms: number;
  /** Extra origins allowed by API CORS (the site itself is same-origin via CloudFront). */
  readonly corsOrigins: readonly string[];
  readonly siteDomain?: string;
  readonly certificateArn?: string;
  /** The outbox's sender address, and the SES identity (domain or address) it sends as. */
  readonly mailFrom: string;
  readonly sesIdentity: string;
  /** Where the shop hears about address changes (context shopWebhookUrl); none: no webhook. */
  readonly shopWebhookUrl?: string;
}

const STAGE_NAME = /^[a-z][a-z0-9-]{0,19}$/;

/** Reads and validates the context; throws with a clear message on a bad value. */
export function readConfig(node: Node): PortalConfig {
  const str = (key: string): string | undefined => {
    const v: unknown = node.tryGetContext(key);
    return v === undefined || v === null || v === '' ? undefined : String(v);
  };
  const num = (key: string, fallback: number): number => {
    const raw = str(key);
    const v = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`context ${key} must be a positive number, got ${raw}`);
    return v;
  };
  const stage = str('stage') ?? 'prod';
  if (!STAGE_NAME.test(stage)) throw new Error(`context stage must match ${STAGE_NAME}, got ${stage}`);
  const siteDomain = str('siteDomain');
  const certificateArn = str('certificateArn');
  if (Boolean(siteDomain) !== Boolean(certificateArn))
    throw new Error('context siteDomain and certificateArn go together');
  const alarmEmail = str('alarmEmail');
  const mailFrom = str('mailFrom') ?? 'no-reply@example.com';
  const shopWebhookUrl = str('shopWebhookUrl');
  return {
    stage,
    production: stage !== 'dev',
    domainPrefix: str('domainPrefix') ?? `selfservice-portal-${stage}`,
    ...(alarmEmail ? { alarmEmail } : {}),
    apiRateLimit: num('apiRateLimit', 50),
    apiBurstLimit: num('apiBurstLimit', 100),
    latencyP99Ms: num('latencyP99Ms', 2000),
    corsOrigins: (str('corsOrigins') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(siteDomain && certificateArn ? { siteDomain, certificateArn } : {}),
    mailFrom,
    sesIdentity: str('sesIdentity') ?? mailFrom.replace(/^.*@/, ''),
    ...(shopWebhookUrl ? { shopWebhookUrl } : {}),
  };
}
