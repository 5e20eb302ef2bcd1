import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`ticket-guest:${payload}`).digest('base64url').slice(0, 32);

/**
 * A link token for a guest's one ticket until `expiresAt` (epoch seconds): `<ticketId.expiry>.<hmac>`.
 * @example signGuestToken('secret-of-16-chars', 'T-0123456789', 1767225600)
 */
export function signGuestToken(secret: string, ticketId: string, expiresAt: number): string {
  const payload = `${ticketId}.${expiresAt}`;
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${mac(secret, payload)}`;
}

/** The ticket a token opens at `now`, or why not: tampered (or not ours), or expired. */
export function verifyGuestToken(
  secret: string,
  token: string,
  now: Date,
): { ticketId: string } | { refused: 'invalid' | 'expired' } {
  const [encoded, sig, extra] = token.split('.');
  if (!encoded || !sig || extra !== undefined) return { refused: 'invalid' };
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'invalid' };
  const m = /^(T-[A-F0-9]{10})\.(\d{1,12})$/.exec(payload);
  if (!m) return { refused: 'invalid' };
  if (Number(m[2]) <= Math.floor(now.getTime() / 1000)) return { refused: 'expired' };
  return { ticketId: m[1]! };
}
