import { createHmac, timingSafeEqual } from 'node:crypto';

const DAY = 86_400_000;

/** Past this many days after it was due, a delivery is too old to ask about (a backfill of old orders). */
export const STALE_AFTER_DAYS = 14;

/** One order's NPS invitation, as kept in the customer's partition. */
export interface NpsInvitation {
  orderNumber: string;
  email: string;
  deliveredAt: string;
  /** When it is asked: the message's not-before time, and from when the order page shows it. */
  dueAt: string;
  /** The last moment its signed link works. */
  linkExpiresAt: string;
  createdAt: string;
}

export interface InvitationRules {
  inviteDays: number;
  periodDays: number;
  linkDays: number;
}

/**
 * The invitation an order's delivery is worth, or why none: due `inviteDays` after delivery;
 * none for a delivery so old it was due more than STALE_AFTER_DAYS ago (feeds of past orders).
 * Whether the customer was asked within the period is the store's conditional write, not this.
 */
export function planInvitation(
  order: { orderNumber: string; email: string },
  deliveredAt: string,
  now: Date,
  rules: InvitationRules,
): NpsInvitation | undefined {
  const delivered = Date.parse(deliveredAt);
  if (!Number.isFinite(delivered)) return undefined;
  const due = delivered + rules.inviteDays * DAY;
  if (now.getTime() > due + STALE_AFTER_DAYS * DAY) return undefined;
  return {
    orderNumber: order.orderNumber,
    email: order.email.toLowerCase(),
    deliveredAt: new Date(delivered).toISOString(),
    dueAt: new Date(due).toISOString(),
    linkExpiresAt: new Date(Math.max(due, now.getTime()) + rules.linkDays * DAY).toISOString(),
    createdAt: now.toISOString(),
  };
}

/** The latest due time of an earlier invitation that still leaves room for one due at `dueAt`. */
export const periodCutoff = (dueAt: string, periodDays: number) =>
  new Date(Date.parse(dueAt) - periodDays * DAY).toISOString();

/** What a survey link proves: the portal asked this email about this order, until `expiresAt` (epoch s). */
export interface SurveyClaim {
  orderNumber: string;
  email: string;
  expiresAt: number;
}

const mac = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`survey:nps:${body}`).digest('base64url').slice(0, 32);

/**
 * A survey link's token: `<base64url of order, email, expiry>.<hmac>`. It needs no sign-in (a
 * guest's order works the same), names one order, and stops working at its expiry.
 */
export function signSurveyToken(secret: string, claim: SurveyClaim): string {
  const body = Buffer.from(JSON.stringify([claim.orderNumber, claim.email.toLowerCase(), claim.expiresAt])).toString(
    'base64url',
  );
  return `${body}.${mac(secret, body)}`;
}

/** The claim of a token signed with `secret` and not expired at `now`, or undefined. */
export function verifySurveyToken(secret: string, token: string, now: Date): SurveyClaim | undefined {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const [orderNumber, email, expiresAt] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
    if (typeof orderNumber !== 'string' || typeof email !== 'string' || typeof expiresAt !== 'number') return undefined;
    if (now.getTime() / 1000 > expiresAt) return undefined;
    return { orderNumber, email, expiresAt };
  } catch {
    return undefined;
  }
}
