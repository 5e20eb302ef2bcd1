import { NotFound } from '../commons/errors';
import { lazyModule } from '../commons/lazy';
import type { OrderRecord } from '../orders/domain/order';
import { presentProfile, type ProfileRecord } from '../profile/domain/profile';
import type { Stores } from '../store';

// Name folding (with the Chinese script conversion, a fifth of a bundle) loads when a customer is
// first indexed or searched, so functions that only pass through here start without it.
const directorySearch = lazyModule(() => import('./domain/search'));

/** What the customer directory needs from the app. */
export interface CustomersDeps {
  stores: Stores;
  now: () => Date;
}

const MAX_RESULTS = 20;
/** Index hits read per query: more than the results, as stale terms of an old name fall out. */
const CANDIDATES = 40;
const PICTURE_LIMIT = 50;

/** Makes a customer findable by name and email words (idempotent). */
export async function indexCustomer(
  { stores }: Pick<CustomersDeps, 'stores'>,
  profile: { email: string; name: string },
): Promise<void> {
  const { searchTerms } = await directorySearch();
  await stores.directory.index(profile.email, searchTerms(profile.name, profile.email));
}

/**
 * Creates a customer's profile unless one exists, and indexes a new one for staff search; returns
 * the stored profile either way.
 */
export async function ensureCustomer(deps: Pick<CustomersDeps, 'stores'>, profile: ProfileRecord) {
  const stored = await deps.stores.customers.ensure(profile);
  if (stored === profile) await indexCustomer(deps, profile);
  return stored;
}

const factsOf = (profile: ProfileRecord, orders?: readonly OrderRecord[]) =>
  profile.orderFacts ? Object.values(profile.orderFacts) : (orders ?? []);

/** One search hit: who, how they relate to us, and what the query matched. */
const hitOf = (profile: ProfileRecord, matched: 'email' | 'order' | 'name', now: Date, orderNumber?: string) => {
  const shown = presentProfile(profile, factsOf(profile), now);
  return {
    id: profile.email,
    email: profile.email,
    name: profile.name,
    locale: profile.locale,
    tier: shown.tier,
    stage: shown.stage,
    orderCount: shown.stats.orderCount,
    matched,
    ...(orderNumber ? { orderNumber } : {}),
  };
};

/**
 * Finds customers by email, order number or name, with no scan: an email is one read, an order
 * number is its order's owner, a name goes through the prefix index (terms written when a
 * customer is created or renamed) and is checked against the profile as it is now.
 *
 * @example await searchCustomers(deps, 'müller') // Lena Müller, also for "mueller" or "Mul"
 */
export async function searchCustomers(deps: CustomersDeps, q: string) {
  const { stores, now } = deps;
  const { leadingWord, matchesTerms, parseCustomerQuery, searchTerms } = await directorySearch();
  const query = parseCustomerQuery(q);
  const lead = leadingWord(query.words);
  const [byEmail, order, candidates] = await Promise.all([
    query.email ? stores.customers.get(query.email) : undefined,
    query.orderNumber ? stores.orders.get(query.orderNumber) : undefined,
    lead ? stores.directory.find(lead, CANDIDATES) : [],
  ]);
  const byOrder = order ? await stores.customers.get(order.email) : undefined;
  const named = await Promise.all(
    candidates.filter((e) => e !== byEmail?.email && e !== byOrder?.email).map((e) => stores.customers.get(e)),
  );
  const at = now();
  const hits = [
    ...(byEmail ? [hitOf(byEmail, 'email', at)] : []),
    ...(byOrder && byOrder.email !== byEmail?.email ? [hitOf(byOrder, 'order', at, order?.orderNumber)] : []),
    ...named
      .filter((p): p is ProfileRecord => Boolean(p))
      .filter((p) => matchesTerms(searchTerms(p.name, p.email), query.words))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => hitOf(p, query.email ? 'email' : 'name', at)),
  ];
  return { customers: hits.slice(0, MAX_RESULTS) };
}

const orderView = (o: OrderRecord) => ({
  orderNumber: o.orderNumber,
  status: o.status,
  placedAt: o.placedAt,
  currency: o.currency,
  totalCents: o.totalCents,
  items: o.items.map(({ lineId, sku, name, quantity, unitPriceCents }) => ({
    ...(lineId ? { lineId } : {}),
    ...(sku ? { sku } : {}),
    name,
    quantity,
    unitPriceCents,
  })),
  ...(o.shippingAddress ? { shippingAddress: o.shippingAddress } : {}),
  ...(o.tracking ? { tracking: o.tracking } : {}),
  ...(o.expectedDelivery ? { expectedDelivery: o.expectedDelivery } : {}),
  timeline: [...o.timeline]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ status, at, carrier, trackingNumber, location, note }) => ({
      status,
      at,
      ...(carrier ? { carrier } : {}),
      ...(trackingNumber ? { trackingNumber } : {}),
      ...(location ? { location } : {}),
      ...(note ? { note } : {}),
    })),
  updatedAt: o.updatedAt,
});

/** The ids a customer's tickets and chats may be filed under: the token subject, or the email. */
async function subjectsOf({ stores }: Pick<CustomersDeps, 'stores'>, profile: ProfileRecord) {
  const user = await stores.users.get(profile.email);
  return [...new Set([profile.customerId, user?.sub, profile.email].filter((s): s is string => Boolean(s)))];
}

/**
 * A customer's whole picture for staff (their page, and beside a ticket): the profile with tier,
 * stage and spend, orders with their timelines, tickets, chats, the NPS and CSAT they gave and
 * the messages sent to them. `id` is the customer's email. NotFound for a customer we do not know.
 *
 * @example const picture = await customerPicture(deps, ticket.contact.email);
 */
export async function customerPicture(deps: CustomersDeps, id: string) {
  const { stores, now } = deps;
  const email = id.trim().toLowerCase();
  const [profile, orders, messages, nps, notes] = await Promise.all([
    stores.customers.get(email),
    stores.orders.listByCustomer(email, PICTURE_LIMIT),
    stores.directory.messages(email, PICTURE_LIMIT),
    stores.directory.npsGiven(email, PICTURE_LIMIT),
    stores.directory.notes(email, PICTURE_LIMIT),
  ]);
  if (!profile) throw new NotFound('Customer');
  const subjects = await subjectsOf(deps, profile);
  const [ticketLists, chatLists] = await Promise.all([
    Promise.all(subjects.map((s) => stores.tickets.listByCustomer(s, PICTURE_LIMIT))),
    Promise.all(subjects.map((s) => stores.directory.chats(s, PICTURE_LIMIT))),
  ]);
  const tickets = [...new Map(ticketLists.flat().map((t) => [t.id, t])).values()].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const chats = [...new Map(chatLists.flat().map((c) => [c.sessionId, c])).values()].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const {
    greeting: _greeting,
    occasionsToday: _occasions,
    ...shown
  } = presentProfile(profile, factsOf(profile, orders.orders), now());
  return {
    customer: { ...shown, id: profile.email },
    orders: orders.orders.map(orderView),
    tickets: tickets.map(({ id: ticketId, status, reason, locale, createdAt, updatedAt }) => ({
      id: ticketId,
      status,
      reason,
      locale,
      createdAt,
      updatedAt,
    })),
    chats,
    feedback: {
      nps,
      csat: chats.flatMap((c) =>
        c.rating === undefined ? [] : [{ score: c.rating, at: c.ratedAt ?? c.updatedAt, sessionId: c.sessionId }],
      ),
    },
    notes,
    messages,
  };
}

export type CustomerPicture = Awaited<ReturnType<typeof customerPicture>>;
