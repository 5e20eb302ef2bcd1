import { DEFAULT_LOCALE, type Locale } from '../../../../locales/registry';
import type { BotPorts, BotState, Classification, Intent, Reply } from './types.js';
import type { CompiledRules } from './compile.js';
import { defaultRules } from './default-rules.js';
import { classify } from './classify.js';
import { detectLanguage } from './language.js';
import { normalise } from './normalise.js';
import { intentText, msg, text } from './text.js';
import {
  answerCancelReason,
  confirmCancel,
  orderFlow,
  type OrderCtx,
  readCancelReason,
  returnFlow,
  type Step,
} from './dialog-orders.js';
import type { OrderIntent } from './types.js';
import { fallbackLadder, faqReplies } from './dialog-fallback.js';
import { continueHandoff, oneLine, startHandoff } from './dialog-handoff.js';
import { readYesNo } from './dialog-answer.js';
import { goodHit, looksLikeQuestion, searchFaq } from './faq.js';
import { hanScript, toSimplified } from '../../../text/han.js';

export type { BotPorts, BotState, Reply } from './types.js';

export interface RespondInput {
  message: string;
  locale?: Locale;
  signedIn: boolean;
  customerName?: string;
  state: BotState | null;
}
export interface RespondOutput {
  intent: Intent;
  confidence: number;
  replies: Reply[];
  state: BotState;
  handoff?: { ticketId: string };
}

/**
 * Replies in the script the customer writes: the Chinese pack is Traditional (as the site), so a
 * customer writing Simplified reads Simplified, order cards and article titles included.
 */
function inScript(replies: Reply[], script: BotState['script']): Reply[] {
  if (script !== 'simplified') return replies;
  const s = toSimplified;
  return replies.map((r): Reply => {
    if (r.type === 'order') return { ...r, order: { ...r.order, statusText: s(r.order.statusText) } };
    if (r.type === 'choices')
      return { ...r, text: s(r.text), choices: r.choices.map((c) => ({ label: s(c.label), value: s(c.value) })) };
    return { ...r, text: s(r.text) };
  });
}

/** Greetings, thanks and the like: the rule file marks them `smallTalk`. */
const isSmallTalk = (rules: CompiledRules, intent: Intent) =>
  rules.intents.some((i) => i.rule.id === intent && i.rule.smallTalk);
const fresh = (): BotState => ({ slots: {}, misunderstandings: 0, turns: 0 });

/** Whether a message answering "cancel order X?" asks something else instead: another order or another topic. */
function leavesCancel(c: OrderCtx, cls: Classification, message: string, orderNumber: string): boolean {
  const other = c.entities.orderNumbers.some((n) => n !== orderNumber);
  const topic = cls.intent !== 'fallback' && cls.intent !== 'cancel_order' && !isSmallTalk(c.rules, cls.intent);
  // A short answer ("no", "yes please") answers the question, whatever its words lean to.
  return other || (topic && normalise(message).tokens.length > SHORT_ANSWER_WORDS);
}
const SHORT_ANSWER_WORDS = 3;

/** What the turn says about a pending cancel it leaves: "no, ..." keeps the order, and says so. */
function leftFlowReplies(c: OrderCtx, cls: Classification, message: string): Reply[] {
  const p = c.state.pending;
  if (p?.kind !== 'confirm_cancel' || !leavesCancel(c, cls, message, p.orderNumber)) return [];
  return readYesNo(c, message) === false ? [text(msg(c.rules, 'cancel_kept', c.locale))] : [];
}

/** Replies for a turn that continues what the bot asked for, or undefined to treat it as new. */
async function continuePending(
  c: OrderCtx,
  cls: Classification,
  message: string,
): Promise<(Step & { intent: Intent; ticketId?: string }) | undefined> {
  const p = c.state.pending;
  if (!p) return undefined;
  const fresh = cls.intent !== 'fallback' && !isSmallTalk(c.rules, cls.intent);
  switch (p.kind) {
    case 'confirm_cancel': {
      const yes = readYesNo(c, message);
      // A new question ("where is 10024?", "no wait, how long does delivery take?") leaves the flow;
      // another order named on its own is a question about that order.
      if (leavesCancel(c, cls, message, p.orderNumber)) {
        const other = c.entities.orderNumbers.find((n) => n !== p.orderNumber);
        if (cls.intent !== 'fallback' || !other) return undefined;
        return { ...(await orderFlow(c, 'order_status', other)), intent: 'order_status' };
      }
      if (yes === undefined)
        return fresh ? undefined : { ...(await orderFlow(c, 'cancel_order', p.orderNumber)), intent: 'cancel_order' };
      return { ...(await confirmCancel(c, p.orderNumber, yes)), intent: 'cancel_order' };
    }
    case 'cancel_reason': {
      // A reason from the list (or "skip"); anything else is a new message and the question lapses.
      const reason = readCancelReason(c, message);
      if (!reason) return undefined;
      return { ...(await answerCancelReason(c, p.orderNumber, reason)), intent: 'cancel_order' };
    }
    case 'confirm_handoff': {
      const yes = readYesNo(c, message);
      if (yes === true) return { ...(await startHandoff(c)), intent: 'human_handoff' };
      if (yes === false)
        return {
          replies: [text(msg(c.rules, 'handoff_declined', c.locale))],
          state: { ...c.state, pending: undefined, misunderstandings: 0 },
          intent: 'fallback',
        };
      return undefined;
    }
    case 'order_number':
      if (!c.entities.orderNumbers[0])
        return fresh ? undefined : { ...(await orderFlow(c, p.intent)), intent: p.intent };
      return { ...(await orderFlow(c, p.intent)), intent: p.intent };
    case 'email': {
      const named = c.entities.orderNumbers[0] ?? p.orderNumber;
      if (!c.entities.emails[0] && fresh) return undefined;
      return { ...(await orderFlow(c, p.intent, named)), intent: p.intent };
    }
    case 'clarify': {
      const picked = message.trim();
      const chosen =
        p.options.find((o) => intentText(c.rules, o, 'label', c.locale) === picked) ??
        p.options.find((o) => o === cls.intent);
      if (!chosen) return undefined;
      return { ...(await runChosen(c, chosen, p.message)), intent: chosen };
    }
    case 'handoff':
      return undefined; // respond() runs the handoff's questions itself
    case 'choose_order': {
      const named = c.entities.orderNumbers[0] ?? p.options.find((o) => message.includes(o));
      if (!named) return fresh ? undefined : { ...(await orderFlow(c, p.intent)), intent: p.intent };
      return { ...(await orderFlow(c, p.intent, named)), intent: p.intent };
    }
  }
}

/** Whether an intent runs a flow of its own (orders) rather than answering with its text. */
const isOrderIntent = (intent: Intent): intent is OrderIntent => intent === 'order_status' || intent === 'cancel_order';

/** "Which of these do you mean?": the two requests a message could be, by their labels. */
function clarify(c: OrderCtx, options: Intent[], message: string): Step {
  const choices = options.map((o) => {
    const label = intentText(c.rules, o, 'label', c.locale) ?? o;
    return { label, value: label };
  });
  return {
    replies: [{ type: 'choices', text: msg(c.rules, 'clarify', c.locale), choices }],
    state: { ...c.state, pending: { kind: 'clarify', options, message: message.slice(0, 200) }, misunderstandings: 0 },
  };
}

/** Runs the request the customer picked, on the message they first wrote. */
async function runChosen(c: OrderCtx, intent: Intent, message: string): Promise<Step & { ticketId?: string }> {
  const base: OrderCtx = { ...c, state: { ...c.state, pending: undefined } };
  if (isOrderIntent(intent)) return orderFlow(base, intent);
  if (intent === 'human_handoff') return startHandoff(base, message);
  return answer(base, intent, message);
}

/** A policy-style intent: its answer, plus the best FAQ article when one fits. */
async function answer(c: OrderCtx, intent: Intent, message: string, name?: string): Promise<Step> {
  const replies: Reply[] = [];
  const t = intentText(c.rules, intent, 'answer', c.locale, { name: name ? ` ${name}` : '' }, c.state.turns);
  if (t) replies.push(text(t));
  if (!isSmallTalk(c.rules, intent)) {
    const [hit] = await searchFaq(c.ports, message, c.locale, 1);
    if (goodHit(c.rules, message, hit, 0, c.locale)) replies.push({ type: 'link', text: hit.question, url: hit.url });
  }
  return { replies, state: { ...c.state, pending: undefined, misunderstandings: 0 } };
}

/**
 * One turn of the conversation. Pure apart from the injected ports; the returned state is small
 * and JSON-serialisable, to be stored by the caller and passed back on the next turn.
 * @example const r = await respond({ message: 'where is my order', signedIn: false, state: null }, ports);
 */
export async function respond(
  input: RespondInput,
  ports: BotPorts,
  rules: CompiledRules = defaultRules(),
): Promise<RespondOutput> {
  const prev = input.state ?? fresh();
  const locale = detectLanguage(input.message, prev.locale ?? input.locale ?? DEFAULT_LOCALE).locale;
  const cls = classify(input.message, locale, rules);
  const script = hanScript(input.message) ?? prev.script;
  const state: BotState = { ...prev, locale, turns: prev.turns + 1, ...(script ? { script } : {}) };
  const c: OrderCtx = { rules, ports, locale, signedIn: input.signedIn, state, entities: cls.entities };
  const lead = leftFlowReplies(c, cls, input.message);
  const out = (intent: Intent, step: Step, confidence = cls.confidence, ticketId?: string): RespondOutput => ({
    intent,
    confidence,
    replies: inScript([...lead, ...step.replies, ...addedToTicket(intent)], script),
    state: { ...step.state, lastIntent: intent, ...topicOf(intent) },
    ...(ticketId ? { handoff: { ticketId } } : {}),
  });
  // After the handoff every message also goes onto the ticket (the chat service adds it): say so.
  const addedToTicket = (intent: Intent): Reply[] =>
    prev.ticketId && intent !== 'human_handoff'
      ? [text(msg(rules, 'handoff_added', locale, { ticketId: prev.ticketId }))]
      : [];
  // What the customer last asked for in so many words: the bot's understanding should they ask for a person.
  const topicOf = (intent: Intent) =>
    intent === cls.intent &&
    !prev.pending &&
    intent !== 'fallback' &&
    intent !== 'human_handoff' &&
    !isSmallTalk(rules, intent)
      ? { topic: oneLine(input.message) }
      : {};

  if (state.pending?.kind === 'handoff') {
    const h = await continueHandoff(c, input.message, state.pending, cls.intent === 'human_handoff');
    return out('human_handoff', h, cls.intent === 'human_handoff' ? cls.confidence : 1, h.ticketId);
  }
  if (cls.intent === 'human_handoff') {
    const h = await startHandoff(c, input.message);
    return out('human_handoff', h, cls.confidence, h.ticketId);
  }
  const cont = await continuePending(c, cls, input.message);
  if (cont) return out(cont.intent, cont, cont.intent === cls.intent ? cls.confidence : 1, cont.ticketId);

  const base: OrderCtx = { ...c, state: { ...state, pending: undefined } };
  if (cls.alternatives) return out(cls.intent, clarify(base, cls.alternatives, input.message));
  switch (cls.intent) {
    case 'order_status':
    case 'cancel_order':
      return out(cls.intent, await orderFlow({ ...base, state: { ...base.state, misunderstandings: 0 } }, cls.intent));
    case 'returns_refund': {
      // "I want to return the rug": the return flow for that order; a policy question gets the policy.
      const flow = await returnFlow({ ...base, state: { ...base.state, misunderstandings: 0 } }, input.message);
      if (flow) return out(cls.intent, flow);
      return out(cls.intent, await answer(base, cls.intent, input.message, input.customerName));
    }
    case 'fallback':
    case 'faq': {
      if (!cls.outOfScope && (cls.intent === 'faq' || looksLikeQuestion(input.message))) {
        const [hit] = await searchFaq(ports, input.message, locale, 3);
        if (goodHit(rules, input.message, hit, cls.intent === 'faq' ? 0.2 : 0, locale)) {
          return out(
            'faq',
            { replies: faqReplies(base, hit), state: { ...base.state, misunderstandings: 0 } },
            Math.max(cls.confidence, 0.6),
          );
        }
      }
      // A recognised shop question (opening hours, gift cards...) with no article: say so and point
      // to the help centre rather than pretend not to understand, or answer with a weak hit.
      if (cls.intent === 'faq') {
        return out('faq', {
          replies: [
            text(msg(rules, 'faq_no_article', locale)),
            { type: 'link', text: msg(rules, 'faq_browse', locale), url: `/${locale}/help/` },
          ],
          state: { ...base.state, misunderstandings: 0 },
        });
      }
      return out('fallback', await fallbackLadder(base, input.message, cls.outOfScope));
    }
    default:
      return out(cls.intent, await answer(base, cls.intent, input.message, input.customerName));
  }
}
