/** Runtime settings served at /config.json, so one static build serves every stage. */
export type AuthConfig =
  | { mode: 'local' }
  | { mode: 'cognito'; region: string; userPoolId: string; clientId: string; domain: string };

export interface RuntimeConfig {
  apiBase: string;
  auth: AuthConfig;
}

const FALLBACK: RuntimeConfig = { apiBase: '/api', auth: { mode: 'local' } };
let pending: Promise<RuntimeConfig> | undefined;

/** Loads /config.json once per page; falls back to the local defaults if it is missing. */
export function loadConfig(): Promise<RuntimeConfig> {
  pending ??= fetch('/config.json', { headers: { accept: 'application/json' } })
    .then(async (res) => {
      if (!res.ok) throw new Error(`config.json: ${res.status}`);
      const body = (await res.json()) as Partial<RuntimeConfig>;
      return { apiBase: (body.apiBase ?? FALLBACK.apiBase).replace(/\/$/, ''), auth: body.auth ?? FALLBACK.auth };
    })
    .catch((error: unknown) => {
      console.warn('Using local defaults:', error);
      return FALLBACK;
    });
  return pending;
}

/** The Cognito hosted UI's origin (`domain` may come with or without the scheme). */
export const hostedBase = (auth: Extract<AuthConfig, { mode: 'cognito' }>): string =>
  (/^https?:\/\//.test(auth.domain) ? auth.domain : `https://${auth.domain}`).replace(/\/$/, '');
