import type { HandoffDraft, HandoffStep, Pending, Reply } from './types.js';
import type { OrderCtx, Step } from './dialog-orders.js';
import { msg, text, yesNo } from './text.js';
import { readYesNo } from './dialog-answer.js';
import { normalise } from './normalise.js';

/**
 * The handoff to a person. Before the ticket is filed the bot collects what the person needs:
 * a one-line summary (its own understanding, confirmed or corrected, or the customer's words),
 * the order it concerns, and for a guest an email to answer at. Asking for a person again files
 * the ticket at once with what is there: nobody is kept in a form.
 */

const SUMMARY_CHARS = 200;
const ORDER_CHOICES = 4;
const EMAIL_TRIES = 2;
/** "yes", "no thanks": an answer to the question, not a summary. */
const SHORT_ANSWER_WORDS = 3;
/** A request for a person this long says what it is about ("I want to talk to someone about my broken lamp"). */
const SAYS_WHAT_WORDS = 8;

export type HandoffOut = Step & { ticketId?: string };
type HandoffPending = Extract<Pending, { kind: 'handoff' }>;

/** A message as a one-line summary. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, SUMMARY_CHARS);

const words = (message: string) => normalise(message).tokens.length;

function ask(c: OrderCtx, step: HandoffStep, draft: HandoffDraft, reply: Reply): Step {
  return { replies: [reply], state: { ...c.state, pending: { kind: 'handoff', step, draft }, misunderstandings: 0 } };
}

/** Files the ticket with what was collected, at most once per conversation (and so per request). */
export async function fileTicket(c: OrderCtx, draft: HandoffDraft): Promise<Step & { ticketId: string }> {
  const reason = draft.summary ?? draft.proposed ?? '';
  const { orderNumber, email } = draft;
  const ticketId = c.state.ticketId ?? (await c.ports.createTicket({ reason, orderNumber, email })).ticketId;
  const done =
    !c.signedIn && email
      ? msg(c.rules, 'handoff_done_email', c.locale, { ticketId, email })
      : msg(c.rules, 'handoff_done', c.locale, { ticketId });
  return { ticketId, replies: [text(done)], state: { ...c.state, pending: undefined, ticketId, misunderstandings: 0 } };
}

/** The next question, or the ticket once nothing is missing. */
async function next(c: OrderCtx, draft: HandoffDraft): Promise<HandoffOut> {
  if (!draft.summary) {
    return draft.proposed
      ? ask(
          c,
          'summary',
          draft,
          yesNo(c.rules, c.locale, msg(c.rules, 'handoff_confirm_summary', c.locale, { summary: draft.proposed })),
        )
      : ask(c, 'summary', draft, text(msg(c.rules, 'handoff_ask_summary', c.locale)));
  }
  if (!draft.orderNumber && !draft.orderAsked) {
    const asked: HandoffDraft = { ...draft, orderAsked: true };
    if (!c.signedIn) return ask(c, 'order', asked, text(msg(c.rules, 'handoff_ask_order_guest', c.locale)));
    const orders = (await c.ports.listOwnOrders()).slice(0, ORDER_CHOICES);
    if (orders.length) {
      const none = msg(c.rules, 'handoff_no_order', c.locale);
      return ask(
        c,
        'order',
        { ...asked, options: orders.map((o) => o.orderNumber) },
        {
          type: 'choices',
          text: msg(c.rules, 'handoff_ask_order', c.locale),
          choices: [
            ...orders.map((o) => ({ label: `${o.orderNumber} · ${o.statusText}`, value: o.orderNumber })),
            { label: none, value: none },
          ],
        },
      );
    }
  }
  const tries = draft.emailAsked ?? 0;
  if (!c.signedIn && !draft.email && tries < EMAIL_TRIES) {
    const key = tries ? 'handoff_email_again' : 'handoff_ask_email';
    return ask(c, 'email', { ...draft, emailAsked: tries + 1 }, text(msg(c.rules, key, c.locale)));
  }
  return fileTicket(c, draft);
}

/**
 * A request for a person. Already handed over: the same ticket. Otherwise the bot's understanding
 * (what the customer last asked for, or a request that says what it is about) waits for a yes.
 */
export async function startHandoff(c: OrderCtx, message?: string): Promise<HandoffOut> {
  if (c.state.ticketId) return fileTicket(c, {});
  const says = message && words(message) > SAYS_WHAT_WORDS ? oneLine(message) : undefined;
  return next(c, {
    proposed: c.state.topic ?? says,
    orderNumber: c.entities.orderNumbers[0] ?? c.state.slots.orderNumber,
    email: c.signedIn ? undefined : (c.entities.emails[0] ?? c.state.slots.email),
  });
}

/** An answer to the handoff's question; `insists` when the message asks for a person again. */
export async function continueHandoff(
  c: OrderCtx,
  message: string,
  { step, draft }: HandoffPending,
  insists: boolean,
): Promise<HandoffOut> {
  const yes = readYesNo(c, message);
  const short = words(message) <= SHORT_ANSWER_WORDS;
  // Whatever the step, an order number or (for a guest) an email given on the way is kept.
  const known: HandoffDraft = {
    ...draft,
    orderNumber: draft.orderNumber ?? c.entities.orderNumbers[0],
    email: draft.email ?? (c.signedIn ? undefined : c.entities.emails[0]),
  };
  if (insists && (step !== 'summary' || words(message) <= SAYS_WHAT_WORDS))
    return fileTicket(c, { ...known, summary: known.summary ?? known.proposed ?? oneLine(message) });
  switch (step) {
    case 'summary': {
      if (short && yes === true) return next(c, { ...known, summary: known.proposed });
      if (short && yes === false) {
        if (known.proposed) return next(c, { ...known, proposed: undefined });
        return {
          replies: [text(msg(c.rules, 'handoff_declined', c.locale))],
          state: { ...c.state, pending: undefined, misunderstandings: 0 },
        };
      }
      // Only an order number or an email: kept, and the question stands.
      const rest = message.replace(/\S+@\S+/g, '').replace(/\d{4,}/g, '');
      if (words(rest) === 0) return next(c, known);
      return next(c, { ...known, summary: oneLine(message), proposed: undefined });
    }
    case 'order': {
      const picked = c.entities.orderNumbers[0] ?? draft.options?.find((o) => message.includes(o));
      return next(c, { ...known, orderNumber: picked, orderAsked: true });
    }
    case 'email':
      if (known.email) return next(c, known);
      return next(c, yes === false && short ? { ...known, emailAsked: EMAIL_TRIES } : known);
  }
}
