import { DEFAULT_LOCALE, type Locale } from '../../locales/registry';
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../auth/verify';
import { Conflict, NotFound } from '../commons/errors';
import { perApp } from '../commons/lazy';
import { recordCsat, recordHelp } from '../insights/service';
import { enforceChatTurn } from '../limits/service';
import type { Config } from '../config';
import { redact } from '../commons/redact';
import type { AppDeps } from '../env';
import type { BotPorts, Reply } from './domain/bot';
import type { OrderRecord } from '../orders/domain/order';
import type { ProfileRecord } from '../profile/domain/profile';
import { returnOffer } from '../orders/domain/returns';
import { cancellability, toSummary } from '../orders/domain/timeline';
import type { Stores } from '../store';
import type { ChatSession, ChatTurn } from './store';
import { botModule, botRulesOf, type BotRules } from './rules-service';
import { faqSearchOf, searchModule, type FaqSearch } from '../faq/search-service';
import { cancelOwnOrder, findGuestOrder, findOwnOrder, listOwnOrders } from '../orders/service';
import { addChatMessage, openTicket } from '../tickets/service';

export interface TurnInput {
  message: string;
  locale?: Locale;
  sessionId?: string;
  principal?: Principal;
  client: string;
}

const botOrder = (record: OrderRecord, locale: Locale, returns?: { windowDays: number; now: Date }) => {
  const s = toSummary(record, locale);
  return {
    orderNumber: s.orderNumber,
    status: s.status,
    placedAt: s.placedAt,
    statusText: s.statusText,
    expectedDelivery: s.expectedDelivery,
    trackingUrl: s.tracking?.url,
    carrier: s.tracking?.carrier,
    trackingNumber: s.tracking?.trackingNumber,
    ...cancellability(record, locale),
    // Signed-in customers' orders say whether a return can start (the bot checks before offering one).
    ...(returns ? returnOffer(record, { ...returns, locale }) : {}),
  };
};

/** A search snippet (escaped HTML with <mark>) as the plain text a chat reply carries. */
export const plainText = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(
      /&(lt|gt|quot|#39|#x27|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e] ?? '',
    );

/** What a reply says, for the transcript. */
export const replyText = (r: Reply) =>
  r.type === 'order'
    ? `[order ${r.order.orderNumber}: ${r.order.statusText}]`
    : r.type === 'link'
      ? `${r.text} <${r.url}>`
      : r.text;

export { redact } from '../commons/redact';

/** One ticket per conversation: the id derives from the session, so a repeated request finds it. */
export const ticketIdFor = (sessionId: string) =>
  `T-${createHash('sha256').update(sessionId).digest('hex').slice(0, 10).toUpperCase()}`;

/**
 * How long a turn holds its session: longer than any turn may run (the chat Lambda's timeout is
 * 10 s), so a live turn never loses it; a turn that died frees the session when it runs out.
 */
const LEASE_MS = 15_000;

/** A chat turn end to end: rate limits, session state, the bot's ports onto the stores, the transcript, insights. */
export function createChat(stores: Stores, config: Config, faqSearch: FaqSearch, botRules: BotRules, now: () => Date) {
  const expiry = () => Math.floor(now().getTime() / 1000) + config.CHAT_SESSION_TTL_HOURS * 3600;

  function ports(
    input: TurnInput,
    sessionId: string,
    profile: ProfileRecord | undefined,
    locale: () => Locale,
    pendingTurns: ChatTurn[],
    guestEmail: () => string | undefined,
  ): BotPorts {
    // Orders are the signed-in customer's by their verified email.
    const owner = input.principal?.email?.trim().toLowerCase();
    const deps = { stores, config, now };
    const own = async (n: string) => (owner ? findOwnOrder(deps, owner, n) : undefined);
    const returns = () => ({ windowDays: config.RETURN_WINDOW_DAYS, now: now() });
    return {
      listOwnOrders: async () =>
        owner ? (await listOwnOrders(deps, owner, 20)).orders.map((o) => botOrder(o, locale(), returns())) : [],
      getOwnOrder: async (n) => {
        const o = await own(n);
        return o ? botOrder(o, locale(), returns()) : null;
      },
      async lookupOrder(n, email) {
        const o = await findGuestOrder(deps, input.client, n, email);
        return o ? botOrder(o, locale()) : null;
      },
      async cancelOrder(n) {
        if (!owner || !(await own(n))) return { ok: false, reason: 'not_found' };
        const outcome = await cancelOwnOrder(deps, owner, n, locale());
        return outcome.kind === 'refused'
          ? { ok: false, reason: outcome.reason }
          : { ok: true, order: botOrder(outcome.order, locale()) };
      },
      async searchFaq(q, l, limit) {
        const { engine } = await faqSearch.current();
        return engine.search(q, { locale: l, limit }).results.map((r) => ({
          slug: r.slug,
          question: r.question,
          snippet: plainText(r.snippet),
          score: r.score,
          url: `/${l}/help/article/?slug=${encodeURIComponent(r.slug)}`,
        }));
      },
      async createTicket({ reason, orderNumber, email }) {
        const transcript = [...(await stores.chat.transcript(sessionId)), ...pendingTurns];
        const { ticket, created } = await openTicket(
          { stores, config, now },
          {
            id: ticketIdFor(sessionId),
            source: 'chat',
            summary: reason,
            orderNumber,
            locale: locale(),
            sessionId,
            customerId: input.principal?.sub,
            contact: {
              email: profile?.email ?? input.principal?.email ?? email ?? guestEmail(),
              ...(profile?.name ? { name: profile.name } : {}),
            },
            transcript: transcript.map(({ at: t, role, text, intent }) => ({ at: t, role, text, intent })),
          },
        );
        if (created)
          await Promise.all([
            stores.stats.increment('HANDOFF', ticket.createdAt.slice(0, 10), 'all'),
            recordHelp({ stores }, new Date(ticket.createdAt), 'handoffs', transcript[0]?.at),
          ]);
        return { ticketId: ticket.id };
      },
    };
  }

  /** The turn itself, once it holds the session. */
  async function run(
    input: TurnInput,
    at: Date,
    sessionId: string,
    session: ChatSession | undefined,
    profile: ProfileRecord | undefined,
    leaseId: string,
  ) {
    const userTurn: ChatTurn = { at: at.toISOString(), role: 'user', text: input.message };
    let conversationLocale: Locale = session?.state.locale ?? input.locale ?? DEFAULT_LOCALE;
    let guestEmail = session?.state.slots.email;
    const [{ respond }, { normaliseQuery }] = await Promise.all([botModule(), searchModule()]);
    const result = await respond(
      {
        message: input.message,
        locale: input.locale ?? profile?.locale,
        signedIn: Boolean(input.principal),
        customerName: profile?.name.split(' ')[0],
        state: session?.state ?? null,
      },
      ports(
        input,
        sessionId,
        profile,
        () => conversationLocale,
        [userTurn],
        () => guestEmail,
      ),
      await botRules.current(),
    );
    conversationLocale = result.state.locale ?? conversationLocale;
    guestEmail = result.state.slots.email;

    const userTurnDone: ChatTurn = { ...userTurn, intent: result.intent, confidence: result.confidence };
    const botTurn: ChatTurn = {
      at: new Date(at.getTime() + 1).toISOString(),
      role: 'bot',
      text: result.replies.map(replyText).join('\n'),
    };
    const next: ChatSession = {
      sessionId,
      customerId: input.principal?.sub,
      locale: result.state.locale,
      state: result.state,
      turns: (session?.turns ?? 0) + 1,
      createdAt: session?.createdAt ?? at.toISOString(),
      updatedAt: at.toISOString(),
      expiresAt: expiry(),
    };
    await stores.chat.save(next, session?.turns, leaseId);
    const day = at.toISOString().slice(0, 10);
    // After the handoff, what the customer writes in the chat is for the person too.
    const ticketId = session?.state.ticketId;
    await Promise.all([
      stores.chat.addTurns(sessionId, [userTurnDone, botTurn], next.expiresAt),
      ticketId ? addChatMessage({ stores, config, now }, ticketId, input.message) : undefined,
      stores.stats.increment('INTENT', day, result.intent),
      session ? undefined : recordHelp({ stores }, at, 'sessions'),
      result.intent === 'fallback'
        ? stores.stats.increment(
            'FALLBACK',
            day,
            `${result.state.locale ?? DEFAULT_LOCALE}#${normaliseQuery(redact(input.message), result.state.locale ?? DEFAULT_LOCALE)}`,
            { locale: result.state.locale, utterance: redact(input.message) },
          )
        : undefined,
    ]);
    return {
      sessionId,
      intent: result.intent,
      confidence: Number(result.confidence.toFixed(3)),
      locale: result.state.locale ?? conversationLocale,
      replies: result.replies,
      handoff: result.handoff,
    };
  }

  return {
    async turn(input: TurnInput) {
      const at = now();
      // Independent reads go out together: a turn is latency-bound by its round trips.
      const [existing, profile] = await Promise.all([
        input.sessionId ? stores.chat.get(input.sessionId, at) : undefined,
        input.principal?.email ? stores.customers.get(input.principal.email) : undefined,
      ]);
      // A session is only continued by whoever started it; anyone else starts afresh.
      const session = existing && (existing.customerId ?? undefined) === input.principal?.sub ? existing : undefined;
      const sessionId = session?.sessionId ?? randomUUID();
      await enforceChatTurn({ stores, config, now: () => at }, input.client, sessionId);

      // The turn takes the session before it runs anything that acts (a lookup, a cancel, a
      // ticket): a turn that loses the race is refused having done nothing. A new session's id
      // is fresh, so nobody else can hold it.
      const leaseId = randomUUID();
      if (session)
        await stores.chat.take(sessionId, session.turns, { leaseId, leaseUntil: at.getTime() + LEASE_MS }, at);
      try {
        return await run(input, at, sessionId, session, profile, leaseId);
      } catch (error) {
        if (session) await stores.chat.release(sessionId, leaseId);
        throw error;
      }
    },
  };
}

export type Chat = ReturnType<typeof createChat>;

/** This app's chat service. */
export const chatOf = perApp((deps: AppDeps) =>
  createChat(deps.stores, deps.config, faqSearchOf(deps), botRulesOf(deps), deps.now),
);

/**
 * CSAT for a conversation. Like continuing it, rating a customer's conversation is theirs alone
 * (NotFound for anyone else); a conversation is rated once (Conflict after that).
 */
export async function rateConversation(
  deps: AppDeps,
  sessionId: string,
  customerId: string | undefined,
  score: number,
  comment?: string,
) {
  const { stores, now } = deps;
  const session = await stores.chat.get(sessionId, now());
  if (!session || (session.customerId && session.customerId !== customerId)) throw new NotFound('Conversation');
  if (!(await stores.chat.rate(sessionId, score, now()))) throw new Conflict('This conversation was already rated');
  await recordCsat(deps, score, comment);
}
