import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (secret: string, customerId: string) =>
  createHmac('sha256', secret).update(`unsubscribe:order-updates:${customerId}`).digest('base64url').slice(0, 32);

/** A token that names a customer and proves the portal wrote it: `<customerId, base64url>.<hmac>`. */
export const signUnsubscribeToken = (secret: string, customerId: string) =>
  `${Buffer.from(customerId, 'utf8').toString('base64url')}.${mac(secret, customerId)}`;

/** The customer a token names, or undefined when it is malformed or not signed with `secret`. */
export function verifyUnsubscribeToken(secret: string, token: string): string | undefined {
  const [who, sig, extra] = token.split('.');
  if (!who || !sig || extra !== undefined) return undefined;
  const customerId = Buffer.from(who, 'base64url').toString('utf8');
  if (!customerId) return undefined;
  const expected = Buffer.from(mac(secret, customerId));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? customerId : undefined;
}
