import type { Locale } from '../../../../locales/registry';
import type { BotPorts, BotState, Entities, OrderIntent, OrderView, Reply } from './types.js';
import type { CompiledRules } from './compile.js';
import { msg, text, yesNo } from './text.js';
import { fold } from './normalise.js';
import { toSimplified } from '../../../text/han.js';
import { CANCEL_REASONS, type CancelReason } from '../../../orders/domain/cancel';

/** What one dialogue step produced; respond() adds intent and confidence. */
export interface Step {
  replies: Reply[];
  state: BotState;
}

export interface OrderCtx {
  rules: CompiledRules;
  ports: BotPorts;
  locale: Locale;
  signedIn: boolean;
  state: BotState;
  entities: Entities;
}

const MAX_CHOICES = 5;

/** The order card plus a sentence, expected delivery and a tracking link when known. */
function orderReplies(c: OrderCtx, order: OrderView): Reply[] {
  const out: Reply[] = [
    text(msg(c.rules, 'order_intro', c.locale, { orderNumber: order.orderNumber, statusText: order.statusText })),
    { type: 'order', order },
  ];
  if (order.expectedDelivery)
    out.push(text(msg(c.rules, 'order_expected', c.locale, { date: order.expectedDelivery })));
  if (order.trackingUrl)
    out.push({ type: 'link', text: msg(c.rules, 'order_tracking', c.locale), url: order.trackingUrl });
  return out;
}

function done(c: OrderCtx, replies: Reply[], slots: BotState['slots'] = c.state.slots): Step {
  return { replies, state: { ...c.state, pending: undefined, slots } };
}

function ask(c: OrderCtx, pending: BotState['pending'], reply: Reply, slots = c.state.slots): Step {
  return { replies: [reply], state: { ...c.state, pending, slots } };
}

/** Orders an intent applies to: a cancel offers only what can still be cancelled, a return only what can go back. */
const appliesTo = (intent: OrderIntent, o: OrderView) =>
  intent === 'cancel_order' ? o.canCancel !== false : intent === 'return_items' ? o.canReturn === true : true;

/** Signed-in: the named order, the only order, or a choice among the newest ones it applies to. */
async function ownOrder(c: OrderCtx, intent: OrderIntent, named: string | undefined): Promise<OrderView | Step> {
  if (named) {
    const order = await c.ports.getOwnOrder(named);
    return order ?? done(c, [text(msg(c.rules, 'own_order_missing', c.locale, { orderNumber: named }))]);
  }
  const all = await c.ports.listOwnOrders();
  if (all.length === 0) return done(c, [text(msg(c.rules, 'no_orders', c.locale))]);
  const orders = all.filter((o) => appliesTo(intent, o));
  if (orders.length === 0)
    return done(c, [text(msg(c.rules, intent === 'return_items' ? 'return_none' : 'nothing_to_cancel', c.locale))]);
  if (orders.length === 1) return orders[0]!;
  const options = orders.slice(0, MAX_CHOICES).map((o) => o.orderNumber);
  return ask(
    c,
    { kind: 'choose_order', intent, options },
    {
      type: 'choices',
      text: msg(c.rules, 'choose_order', c.locale),
      choices: orders
        .slice(0, MAX_CHOICES)
        .map((o) => ({ label: `${o.orderNumber} · ${o.statusText}`, value: o.orderNumber })),
    },
  );
}

/**
 * Order status and cancel flows. Guests give the order number and the order's email before
 * anything is shown (over several turns if needed); signed-in customers use their own orders.
 */
export async function orderFlow(c: OrderCtx, intent: OrderIntent, named?: string, email?: string): Promise<Step> {
  // The order the conversation is about ("when will it arrive?" after the bot showed one) unless
  // this message names another.
  const orderNumber = named ?? c.entities.orderNumbers[0] ?? c.state.slots.orderNumber;
  if (!c.signedIn) {
    if (intent === 'cancel_order') return done(c, [text(msg(c.rules, 'cancel_sign_in', c.locale))]);
    if (!orderNumber) return ask(c, { kind: 'order_number', intent }, text(msg(c.rules, 'ask_order_number', c.locale)));
    const known = orderNumber === c.state.slots.orderNumber ? c.state.slots.email : undefined;
    const mail = email ?? c.entities.emails[0] ?? known;
    if (!mail) {
      return ask(
        c,
        { kind: 'email', intent, orderNumber },
        text(msg(c.rules, 'ask_email', c.locale, { orderNumber })),
        { ...c.state.slots, orderNumber },
      );
    }
    const order = await c.ports.lookupOrder(orderNumber, mail);
    const slots = { orderNumber, email: mail };
    return order
      ? done(c, orderReplies(c, order), slots)
      : done(c, [text(msg(c.rules, 'order_not_found', c.locale, { orderNumber }))], {});
  }
  // An order only remembered from earlier turns gives way when this intent does not apply to it.
  const remembered = !named && !c.entities.orderNumbers[0];
  let found = await ownOrder(c, intent, orderNumber);
  if (remembered && orderNumber && 'orderNumber' in found && !appliesTo(intent, found))
    found = await ownOrder(c, intent, undefined);
  if (!('orderNumber' in found)) return found;
  if (intent === 'order_status') return done(c, orderReplies(c, found), { orderNumber: found.orderNumber });
  if (intent === 'return_items') return returnReplies(c, found);
  // Say why a cancel cannot happen before asking the customer to confirm it.
  if (found.canCancel === false) {
    const refusal = found.cancelReason
      ? msg(c.rules, 'cancel_failed', c.locale, { orderNumber: found.orderNumber, reason: found.cancelReason })
      : msg(c.rules, 'cancel_already', c.locale, { orderNumber: found.orderNumber });
    return done(c, [text(refusal), { type: 'order', order: found }], { orderNumber: found.orderNumber });
  }
  return ask(
    c,
    { kind: 'confirm_cancel', orderNumber: found.orderNumber },
    yesNo(c.rules, c.locale, msg(c.rules, 'confirm_cancel', c.locale, { orderNumber: found.orderNumber })),
    { orderNumber: found.orderNumber },
  );
}

/** The answer to "cancel order X?": yes cancels (and asks why, optionally), no keeps it. */
export async function confirmCancel(c: OrderCtx, orderNumber: string, yes: boolean): Promise<Step> {
  if (!yes) return done(c, [text(msg(c.rules, 'cancel_kept', c.locale))]);
  const r = await c.ports.cancelOrder(orderNumber);
  if (!r.ok) return done(c, [text(msg(c.rules, 'cancel_failed', c.locale, { orderNumber, reason: r.reason }))]);
  const replies: Reply[] = [
    text(msg(c.rules, 'cancelled', c.locale, { orderNumber })),
    { type: 'order', order: r.order },
  ];
  // Only a cancel this turn made asks why (a repeat counts nothing, as on the order page).
  if (r.cancelled === false) return done(c, replies);
  return {
    replies: [...replies, cancelReasonChoices(c)],
    state: { ...c.state, pending: { kind: 'cancel_reason', orderNumber }, slots: c.state.slots },
  };
}

/** The order page's reasons as quick replies, and "skip": the reason is optional. */
function cancelReasonChoices(c: OrderCtx): Reply {
  const label = (r: string) => msg(c.rules, `cancel_reason_${r}`, c.locale);
  const skip = msg(c.rules, 'cancel_reason_skip', c.locale);
  return {
    type: 'choices',
    text: msg(c.rules, 'cancel_reason_ask', c.locale),
    choices: [...CANCEL_REASONS.map((r) => ({ label: label(r), value: label(r) })), { label: skip, value: skip }],
  };
}

/** A message answering "why did you cancel?", as a reason of the list, or "skip". Undefined when it is neither. */
export function readCancelReason(c: OrderCtx, message: string): CancelReason | 'skip' | undefined {
  // A quick reply comes back as its label (in Simplified when the customer writes Simplified).
  const key = (s: string) =>
    fold(toSimplified(s.normalize('NFKC')).trim().toLocaleLowerCase()).replace(/[\s.!?。！？]+$/u, '');
  const said = key(message);
  if (!said) return undefined;
  if (said === key(msg(c.rules, 'cancel_reason_skip', c.locale))) return 'skip';
  return CANCEL_REASONS.find((r) => said === key(msg(c.rules, `cancel_reason_${r}`, c.locale)) || said === r);
}

/** The reason given after a cancel: counted, or skipped; thanks either way. */
export async function answerCancelReason(
  c: OrderCtx,
  orderNumber: string,
  reason: CancelReason | 'skip',
): Promise<Step> {
  if (reason === 'skip') return done(c, [text(msg(c.rules, 'cancel_reason_skipped', c.locale))]);
  await c.ports.cancelReason(orderNumber, reason);
  return done(c, [text(msg(c.rules, 'cancel_reason_thanks', c.locale))]);
}

/** Words of a text for matching item names ("the rug" names "Wool rug"): lower-case, three letters or more. */
const wordsOf = (s: string) => new Set(s.toLocaleLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/**
 * "I want to return the rug": the return flow for the order it names (by number, or by an item
 * of it). The return is checked before it is offered: an order that cannot take one says why,
 * several that can are offered as a choice of those only. Undefined when the message names no
 * order of a signed-in customer (then it is the returns policy question it looks like).
 */
export async function returnFlow(c: OrderCtx, message: string): Promise<Step | undefined> {
  if (!c.signedIn) return undefined;
  const named = c.entities.orderNumbers[0];
  if (named) return orderFlow(c, 'return_items', named);
  const words = wordsOf(message);
  const naming = (await c.ports.listOwnOrders()).filter((o) =>
    (o.items ?? []).some((item) => [...wordsOf(item)].some((w) => words.has(w))),
  );
  if (naming.length === 0) return undefined;
  const open = naming.filter((o) => o.canReturn === true);
  if (open.length === 0) return returnReplies(c, naming[0]!);
  if (open.length === 1) return returnReplies(c, open[0]!);
  const options = open.slice(0, MAX_CHOICES);
  return ask(
    c,
    { kind: 'choose_order', intent: 'return_items', options: options.map((o) => o.orderNumber) },
    {
      type: 'choices',
      text: msg(c.rules, 'choose_order', c.locale),
      choices: options.map((o) => ({ label: `${o.orderNumber} · ${o.statusText}`, value: o.orderNumber })),
    },
  );
}

/** A return of one order: why not, or what can go back until when and the way to the return form. */
function returnReplies(c: OrderCtx, order: OrderView): Step {
  const slots = { orderNumber: order.orderNumber };
  if (order.canReturn !== true) {
    const reason = order.returnReason ?? '';
    return done(
      c,
      [
        text(msg(c.rules, 'return_refused', c.locale, { orderNumber: order.orderNumber, reason })),
        { type: 'order', order },
      ],
      slots,
    );
  }
  return done(
    c,
    [
      text(
        msg(c.rules, 'return_offer', c.locale, {
          orderNumber: order.orderNumber,
          items: (order.returnableItems ?? []).join(', '),
          date: order.returnClosesAt ?? '',
        }),
      ),
      {
        type: 'link',
        text: msg(c.rules, 'return_start', c.locale),
        url: `/${c.locale}/orders/view/?n=${encodeURIComponent(order.orderNumber)}#order-actions`,
      },
      { type: 'order', order },
    ],
    slots,
  );
}
