import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/verify';
import { verifyPassword } from '../auth/local-idp';
import { deleteCognitoUser } from '../auth/cognito-users';
import { Forbidden } from '../commons/errors';
import type { Config } from '../config';
import type { Stores } from '../store';
import { recordExit } from '../insights/service';
import { forgetRelationship } from '../insights/relationship-service';
import type { PhotoFiles } from '../orders/photo-files-store';
import { removeCustomerPhotos } from '../orders/photos-service';
import { ERASED_REASON, ERASED_TRANSCRIPT, type ExitReason, isFreshSignIn } from './domain/privacy';

/** What export and erasure need from the app. */
export interface PrivacyDeps {
  stores: Stores;
  config: Config;
  now: () => Date;
  photoFiles: PhotoFiles;
}

function ownerOf({ email }: Principal) {
  const owner = email?.trim().toLowerCase();
  if (!owner) throw new Forbidden('The token carries no verified email');
  return owner;
}

/** The keys and bookkeeping of an item are ours, not the customer's data. */
const INTERNAL = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'relSummary', 'relVersion', 'version']);
const clean = (item: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !INTERNAL.has(k)));

/** Everything stored about the caller: account, profile, orders, tickets and the chats behind them. */
export async function exportMine({ stores, now }: PrivacyDeps, principal: Principal) {
  const email = ownerOf(principal);
  const [user, profile, orders, tickets] = await Promise.all([
    stores.users.get(email),
    stores.customers.get(email),
    stores.orders.allOfCustomer(email, 10_000),
    stores.tickets.listByCustomer(principal.sub, 1000),
  ]);
  const sessions = [...new Set(tickets.flatMap((t) => (t.sessionId ? [t.sessionId] : [])))];
  const chats = await Promise.all(
    sessions.map(async (sessionId) => ({
      sessionId,
      turns: (await stores.chat.transcript(sessionId)).map(({ at, role, text }) => ({ at, role, text })),
    })),
  );
  return {
    exportedAt: now().toISOString(),
    account: { email, customerId: principal.sub, groups: user?.groups ?? principal.groups },
    profile: profile ? clean(profile) : null,
    orders: orders.map(clean),
    tickets: tickets.map(clean),
    chats,
  };
}

/**
 * Locally the password confirms an erasure; on AWS a sign-in within the last few minutes. A failed
 * confirmation is 403 (the caller is signed in; a 401 would send the site to the sign-in page).
 */
async function confirm({ stores, config, now }: PrivacyDeps, principal: Principal, email: string, password?: string) {
  if (config.localAuth) {
    const user = await stores.users.get(email);
    if (!password || !user || !(await verifyPassword(password, user.passwordHash)))
      throw new Forbidden('Confirm with your password');
    return;
  }
  if (!isFreshSignIn(principal.authTime, now()))
    throw new Forbidden('Sign in again to confirm, then delete within five minutes');
}

/**
 * Erases the caller: their share of the shop-wide figures, their orders' personal data (the
 * orders stay for the books under a random owner), their tickets' contact and conversation, the
 * chats behind those tickets, the staff directory's items (search terms, messages sent, NPS
 * answers and invitations), the profile and, last, the sign-in account. The exit reason is
 * counted without who gave it. Every step can run again, so an erasure cut short is finished by
 * asking again (the account is only gone at the end).
 */
export async function eraseMe(
  deps: PrivacyDeps,
  principal: Principal,
  request: { password?: string; reason?: ExitReason; comment?: string },
) {
  const { stores, config, now } = deps;
  const email = ownerOf(principal);
  await confirm(deps, principal, email, request.password);
  const at = now().toISOString();
  await forgetRelationship(deps, email);
  const anonymous = `erased-${randomUUID()}@invalid`;
  for (const order of await stores.orders.allOfCustomer(email, 10_000))
    await stores.privacy.anonymiseOrder(order.orderNumber, email, anonymous, at);
  for (const ticket of await stores.tickets.listByCustomer(principal.sub, 1000)) {
    if (ticket.sessionId) await stores.privacy.deleteChat(ticket.sessionId);
    await stores.privacy.eraseTicket(ticket.id, ERASED_TRANSCRIPT, ERASED_REASON, at);
    await stores.privacy.deleteTicketMessages(ticket.id);
  }
  const profile = await stores.customers.get(email);
  await removeCustomerPhotos(deps, email);
  // The terms fold names through the Chinese converter: loaded here, not at every cold start.
  const { searchTerms } = await import('../customers/domain/search');
  await stores.privacy.deleteCustomerItems(email, profile ? searchTerms(profile.name, email) : []);
  await stores.privacy.deleteProfile(email);
  if (config.localAuth) await stores.privacy.deleteLocalUser(email);
  else if (config.COGNITO_USER_POOL_ID)
    await deleteCognitoUser(config.AWS_REGION, config.COGNITO_USER_POOL_ID, principal.sub);
  if (request.reason || request.comment) await recordExit(deps, request.reason ?? 'other', request.comment);
}
