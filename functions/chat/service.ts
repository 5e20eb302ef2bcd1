import { DEFAULT_LOCALE, type Locale } from '../../locales/registry';
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../auth/verify';
import { Conflict, NotFound } from '../commons/errors';
import { perApp } from '../commons/lazy';
import { recordCsat, recordHelp, recordLeaving } from '../insights/service';
import { chatClientLimit, chatSessionHit, giveBackHit, knowsWindow, takeKnown, takeLimitHit } from '../limits/service';
import { counterOf } from '../limits/store';
import type { Counter } from '../limits/domain/window';
import { withoutKeys } from '../store/client';
import { tallyingStores } from './counts-service';
import { storedRulesOf } from './rules-store';
import type { Config } from '../config';
import { redact } from '../commons/redact';
import type { AppDeps } from '../env';
import type { BotPorts, CompiledRules, Reply } from './domain/bot';
import type { OrderRecord } from '../orders/domain/order';
import type { CancelReason } from '../orders/domain/cancel';
import type { ProfileRecord } from '../profile/domain/profile';
import { returnOffer } from '../orders/domain/returns';
import { cancellability, toSummary } from '../orders/domain/timeline';
import type { Stores } from '../store';
import type { ChatSession, ChatTurn, StoredSession } from './store';
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

/** What a turn read, as the ports use it. */
interface TurnContext {
  input: TurnInput;
  sessionId: string;
  session: StoredSession | undefined;
  profile: ProfileRecord | undefined;
  /** Orders read with the session (the one the message names): undefined = not there. */
  prefetched: Map<string, OrderRecord | undefined>;
  /** The FAQ's search revision when the turn's read checked it. */
  faqRevision: number | undefined;
  /** Waits for the turn's right to act: its rate-limit hit taken, and the session held by it. */
  act: () => Promise<void>;
  /** Why the customer cancelled, when this turn was told: counted with the order page's reasons. */
  leaving?: CancelReason;
}

/**
 * A chat turn end to end, in as few round trips as the turn allows: one BatchGetItem for the
 * session (state, transcript tail, the conversation's rate counter), the customer's profile, an
 * order the message names, and the rule file's and the FAQ's revisions when due; the client's
 * rate-limit hit (one conditional ADD, sent with the read when this instance knows the window);
 * one conditional UpdateItem that writes the state, the transcript lines and the conversation's
 * counter and gives the session back. Analytics counts wait in memory (counts-service.ts). A turn
 * that acts (cancels, files a ticket, looks up a guest's order) first takes the session (one
 * more write), so a turn that loses a race acts on nothing.
 */
export function createChat(stores: Stores, config: Config, faqSearch: FaqSearch, botRules: BotRules, now: () => Date) {
  const expiry = () => Math.floor(now().getTime() / 1000) + config.CHAT_SESSION_TTL_HOURS * 3600;
  const counts = tallyingStores(stores, config);

  function ports(
    t: TurnContext,
    locale: () => Locale,
    pendingTurns: ChatTurn[],
    guestEmail: () => string | undefined,
  ): BotPorts {
    const { input, sessionId, profile } = t;
    // Orders are the signed-in customer's by their verified email.
    const owner = input.principal?.email?.trim().toLowerCase();
    const deps = { stores, config, now };
    const own = async (n: string) => {
      if (!owner) return undefined;
      if (!t.prefetched.has(n)) return findOwnOrder(deps, owner, n);
      const o = t.prefetched.get(n);
      return o && o.email.toLowerCase() === owner ? o : undefined;
    };
    const returns = () => ({ windowDays: config.RETURN_WINDOW_DAYS, now: now() });
    return {
      listOwnOrders: async () =>
        owner ? (await listOwnOrders(deps, owner, 20)).orders.map((o) => botOrder(o, locale(), returns())) : [],
      getOwnOrder: async (n) => {
        const o = await own(n);
        return o ? botOrder(o, locale(), returns()) : null;
      },
      async lookupOrder(n, email) {
        await t.act();
        const o = await findGuestOrder(deps, input.client, n, email);
        return o ? botOrder(o, locale()) : null;
      },
      async cancelOrder(n) {
        if (!owner || !(await own(n))) return { ok: false, reason: 'not_found' };
        await t.act();
        const outcome = await cancelOwnOrder(deps, owner, n, locale());
        return outcome.kind === 'refused'
          ? { ok: false, reason: outcome.reason }
          : { ok: true, order: botOrder(outcome.order, locale()), cancelled: outcome.kind === 'cancelled' };
      },
      async cancelReason(_orderNumber, reason) {
        // Asked only after this conversation's own cancel won (the bot's state says so): counted once the turn is in.
        if (owner) t.leaving = reason;
      },
      async searchFaq(q, l, limit) {
        const { engine } = await faqSearch.current(t.faqRevision);
        return engine.search(q, { locale: l, limit }).results.map((r) => ({
          slug: r.slug,
          question: r.question,
          snippet: plainText(r.snippet),
          score: r.score,
          url: `/${l}/help/article/?slug=${encodeURIComponent(r.slug)}`,
        }));
      },
      async createTicket({ reason, orderNumber, email }) {
        await t.act();
        const earlier = t.session ? [...(await stores.chat.earlierLines(t.session)), ...t.session.transcript] : [];
        const transcript = [...earlier, ...pendingTurns];
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
            transcript: transcript.map(({ at: a, role, text, intent }) => ({ at: a, role, text, intent })),
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

  /** The turn itself, once it has read what it needs; `hit` is its rate-limit hit being taken. */
  async function run(
    t: TurnContext & { rules: CompiledRules },
    at: Date,
    limit: Counter,
    hit: Promise<unknown>,
    lease: () => string | undefined,
  ) {
    const { input, session, profile, sessionId } = t;
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
        t,
        () => conversationLocale,
        [userTurn],
        () => guestEmail,
      ),
      t.rules,
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
    // Nothing is written before the turn's rate-limit hit is taken.
    await hit;
    await stores.chat.commit(next, [userTurnDone, botTurn], limit, session, at, lease());
    const day = at.toISOString().slice(0, 10);
    const locale = result.state.locale ?? DEFAULT_LOCALE;
    // Counted once the turn is in: a refused turn counts nothing. Written later, in a batch.
    await Promise.all([
      counts.stats.increment('INTENT', day, result.intent),
      session ? undefined : recordHelp({ stores: counts }, at, 'sessions'),
      result.intent === 'fallback'
        ? counts.stats.increment('FALLBACK', day, `${locale}#${normaliseQuery(redact(input.message), locale)}`, {
            locale: result.state.locale,
            utterance: redact(input.message),
          })
        : undefined,
      t.leaving ? recordLeaving({ stores: counts, now }, 'cancel', t.leaving) : undefined,
    ]);
    // After the handoff, what the customer writes in the chat is for the person too.
    const ticketId = session?.state.ticketId;
    if (ticketId) await addChatMessage({ stores, config, now }, ticketId, input.message);
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
      const owner = input.principal?.email?.trim().toLowerCase();
      const clientLimit = chatClientLimit(config, input.client);
      // This instance knows the client's limit window: the hit goes out with the read.
      const blind = knowsWindow(stores.rateLimits, clientLimit, at)
        ? takeKnown(stores.rateLimits, clientLimit, at)
        : undefined;
      // The order a signed-in customer's message names comes with the read (entities as the last rules read them).
      const hint = botRules.peek();
      const { extractEntities } = await botModule();
      const named = owner && hint ? extractEntities(input.message, hint.entities, at).orderNumbers[0] : undefined;
      const rulesDue = botRules.due();
      const faqDue = faqSearch.due();
      const read = await stores.chat.readTurn(
        {
          sessionId: input.sessionId,
          profileEmail: input.principal?.email,
          orderNumber: named,
          rules: rulesDue,
          faqRevision: faqDue,
          counter: blind ? undefined : clientLimit,
        },
        at,
      );
      const rules = await botRules.current(rulesDue ? (read.rules ? storedRulesOf(read.rules) : null) : undefined);
      // A session is only continued by whoever started it; anyone else starts afresh.
      const existing = read.session;
      const session = existing && (existing.customerId ?? undefined) === input.principal?.sub ? existing : undefined;
      const sessionId = session?.sessionId ?? randomUUID();

      // The conversation's limit is decided on the session as read (written with the turn); the
      // client's is one conditional write, taken while the bot thinks and before anything acts.
      let limit: Counter;
      try {
        limit = chatSessionHit(config, session?.rateLimit, at);
      } catch (error) {
        const taken = await blind;
        if (taken) await giveBackHit(stores.rateLimits, taken);
        throw error;
      }
      const hit = (async () =>
        (await blind) ??
        takeLimitHit(stores.rateLimits, clientLimit, at, blind ? undefined : { counter: counterOf(read.counter) }))();
      hit.catch(() => undefined); // awaited below; a refusal must not go unhandled meanwhile

      // A turn that acts (a lookup, a cancel, a ticket) takes the session first: a turn that loses
      // the race is refused having done nothing. A new session's id is fresh: nobody else holds it.
      let leaseId: string | undefined;
      let acting: Promise<void> | undefined;
      const act = () =>
        (acting ??= (async () => {
          await hit;
          if (!session) return;
          const id = randomUUID();
          await stores.chat.take(sessionId, session.turns, { leaseId: id, leaseUntil: at.getTime() + LEASE_MS }, at);
          leaseId = id;
        })());
      const t: TurnContext & { rules: CompiledRules } = {
        input,
        sessionId,
        session,
        profile: read.profile ? withoutKeys<ProfileRecord>(read.profile) : undefined,
        prefetched: new Map(named ? [[named, read.order ? withoutKeys<OrderRecord>(read.order) : undefined]] : []),
        faqRevision: read.faqRevision,
        act,
        rules,
      };
      try {
        return await run(t, at, limit, hit, () => leaseId);
      } catch (error) {
        if (leaseId) await stores.chat.release(sessionId, leaseId);
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
