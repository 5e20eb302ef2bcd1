/**
 * Where a signed-in person's verified email comes from when the access token has none: Cognito
 * access tokens carry no email claim, so the portal asks Cognito's userInfo endpoint with the
 * caller's own token (no AWS permission involved) and keeps the answer per instance.
 */

/** Looks up the verified email of the token's subject; undefined when it has none verified. */
export type EmailLookup = (accessToken: string, sub: string) => Promise<string | undefined>;

/**
 * The email of a userInfo answer, only if it belongs to `sub` and is verified: an unverified
 * email owns no orders (anyone can type someone else's address at sign-up).
 * @example verifiedEmailOf({ sub: 's1', email: 'Ana@X.com', email_verified: 'true' }, 's1') // 'ana@x.com'
 */
export function verifiedEmailOf(info: unknown, sub: string): string | undefined {
  if (!info || typeof info !== 'object') return undefined;
  const { sub: owner, email, email_verified: verified } = info as Record<string, unknown>;
  if (owner !== sub || typeof email !== 'string' || !email.includes('@')) return undefined;
  return verified === true || verified === 'true' ? email.trim().toLowerCase() : undefined;
}

export interface EmailCacheOptions {
  /** How long a verified email is kept (an email change shows after this). */
  ttlMs?: number;
  /** How long "no verified email" is kept: short, so verifying it shows soon. */
  missTtlMs?: number;
  /** Entries kept at most; the oldest go first. */
  max?: number;
  now?: () => number;
}

/**
 * One lookup per subject per instance (and one at a time: concurrent requests of a person share
 * it); a failed lookup is not kept, so the next request tries again.
 */
export function cachedBySubject(lookup: EmailLookup, options: EmailCacheOptions = {}): EmailLookup {
  const { ttlMs = 15 * 60_000, missTtlMs = 60_000, max = 10_000, now = Date.now } = options;
  const entries = new Map<string, { until: number; email: Promise<string | undefined> }>();
  return (token, sub) => {
    const hit = entries.get(sub);
    if (hit && hit.until > now()) return hit.email;
    entries.delete(sub);
    const email = lookup(token, sub);
    const entry = { until: now() + ttlMs, email };
    entries.set(sub, entry);
    email.then(
      (found) => {
        if (!found) entry.until = now() + missTtlMs;
      },
      () => entries.delete(sub),
    );
    while (entries.size > max) entries.delete(entries.keys().next().value as string);
    return email;
  };
}

/**
 * Asks an OpenID Connect userInfo endpoint (Cognito: `<hosted UI>/oauth2/userInfo`) with the
 * caller's access token. A token Cognito refuses (401) has no email; anything else unexpected throws.
 */
export function userInfoLookup(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = 3000): EmailLookup {
  return async (token, sub) => {
    const res = await fetchImpl(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 401 || res.status === 403) return undefined;
    if (!res.ok) throw new Error(`userInfo answered ${res.status}`);
    return verifiedEmailOf(await res.json(), sub);
  };
}
