import { pack } from '../../../locales/packs';
import { type Locale, localeInfo } from '../../../locales/registry';
import { NotFound } from '../../commons/errors';
import { fill } from './text';
import type {
  OrderLine,
  OrderRecord,
  ReturnEvent,
  ReturnReason,
  ReturnRecord,
  ReturnResolution,
  ReturnStep,
} from './order';
import { dateTimeFormat } from '../../text/intl';

const DAY = 86_400_000;

/** What a customer asks for: which lines, how many of each, why, and refund or exchange. */
export interface ReturnRequest {
  items: { lineId: string; quantity: number }[];
  reason: ReturnReason;
  resolution: ReturnResolution;
  comment?: string;
}

/** The rules a return is judged by: the shop's window and the moment of asking. */
export interface ReturnRules {
  windowDays: number;
  now: Date;
  locale: Locale;
}

export type ReturnDecision =
  | { kind: 'create'; record: OrderRecord; ret: ReturnRecord }
  | { kind: 'repeat'; ret: ReturnRecord }
  | { kind: 'refused'; reason: string }
  | { kind: 'invalid'; reason: string; errors: { field: string; message: string }[] };

/** A calendar day as the customer's site shows it ("3 Dec 2026", "03.12.2026"). */
export const formatDay = (iso: string, locale: Locale) =>
  dateTimeFormat(localeInfo(locale).intl, {
    dateStyle: 'medium',
    timeZone: localeInfo(locale).timeZone,
  }).format(new Date(iso));

/** When the parcel arrived: the latest delivery step, if the order got that far. */
const arrivedAt = (record: OrderRecord) =>
  ['delivered', 'returned'].includes(record.status)
    ? record.timeline.findLast((e) => e.status === 'delivered')?.at
    : undefined;

/** The return window of a delivered order: its length, its last moment and whether it is still open. */
export function returnWindow(record: OrderRecord, windowDays: number, now: Date) {
  const arrived = arrivedAt(record);
  if (!arrived) return undefined;
  const closesAt = new Date(Date.parse(arrived) + windowDays * DAY).toISOString();
  return { days: windowDays, closesAt, open: now.getTime() <= Date.parse(closesAt) };
}

/** How many of a line are not yet on a return (none left once the whole order came back). */
export function returnableQuantity(record: OrderRecord, line: OrderLine): number {
  if (record.status === 'returned') return 0;
  const taken = (record.returns ?? [])
    .flatMap((r) => r.items)
    .filter((i) => i.lineId === line.lineId)
    .reduce((n, i) => n + i.quantity, 0);
  return Math.max(0, line.quantity - taken);
}

/**
 * Whether the order takes a return at all right now, and if not why, in the customer's
 * language: delivered, inside the window, with something left to send back.
 */
export function returnability(record: OrderRecord, rules: ReturnRules): { canReturn: boolean; reason?: string } {
  const text = pack(rules.locale).orders.returnRefused;
  const window = returnWindow(record, rules.windowDays, rules.now);
  if (!window) return { canReturn: false, reason: text.notDelivered };
  if (!window.open)
    return {
      canReturn: false,
      reason: fill(text.windowClosed, { days: String(window.days), date: formatDay(window.closesAt, rules.locale) }),
    };
  const open = record.items.filter((l) => l.returnable !== false && returnableQuantity(record, l) > 0);
  if (open.length === 0) {
    const first = record.items[0];
    return {
      canReturn: false,
      reason: fill(first?.returnable === false ? text.notReturnable : text.alreadyReturned, { item: first?.name }),
    };
  }
  return { canReturn: true };
}

/**
 * What the chatbot needs to offer a return of an order: whether one can start now (and if not
 * why), the lines that could go back, and the last day, in the customer's language.
 */
export function returnOffer(record: OrderRecord, rules: ReturnRules) {
  const { canReturn, reason } = returnability(record, rules);
  const window = returnWindow(record, rules.windowDays, rules.now);
  return {
    canReturn,
    ...(reason ? { returnReason: reason } : {}),
    items: record.items.map((l) => l.name),
    returnableItems: record.items
      .filter((l) => l.returnable !== false && returnableQuantity(record, l) > 0)
      .map((l) => l.name),
    ...(canReturn && window ? { returnClosesAt: formatDay(window.closesAt, rules.locale) } : {}),
  };
}

const sameRequest = (ret: ReturnRecord, req: ReturnRequest) => {
  const norm = (items: ReturnRequest['items']) =>
    JSON.stringify([...items].sort((a, b) => a.lineId.localeCompare(b.lineId)));
  return ret.reason === req.reason && ret.resolution === req.resolution && norm(ret.items) === norm(req.items);
};

/** The RMA number of the order's next return: readable, and unique because the order's write is conditional. */
export const rmaIdFor = (record: OrderRecord) => `RMA-${record.orderNumber}-${(record.returns?.length ?? 0) + 1}`;

/**
 * Decides a return request: a new return (label issued at once), the same return again (a
 * repeat changes nothing), a refusal with the reason (409), or input naming lines or quantities
 * the order does not have (400). Nothing is written unless the decision is `create`.
 */
export function decideReturn(record: OrderRecord, req: ReturnRequest, rules: ReturnRules): ReturnDecision {
  const text = pack(rules.locale).orders.returnRefused;
  const window = returnWindow(record, rules.windowDays, rules.now);
  if (!window) return { kind: 'refused', reason: text.notDelivered };
  const repeat = (record.returns ?? []).find((r) => sameRequest(r, req));
  if (repeat) return { kind: 'repeat', ret: repeat };
  if (!window.open) return { kind: 'refused', reason: returnability(record, rules).reason ?? text.windowClosed };
  const errors: { field: string; message: string }[] = [];
  const refusals: string[] = [];
  req.items.forEach((item, i) => {
    const line = record.items.find((l) => l.lineId === item.lineId);
    if (!line) errors.push({ field: `items.${i}.lineId`, message: text.unknownItem });
    else if (item.quantity > line.quantity)
      errors.push({ field: `items.${i}.quantity`, message: fill(text.tooMany, { item: line.name }) });
    else if (line.returnable === false) refusals.push(fill(text.notReturnable, { item: line.name }));
    else if (item.quantity > returnableQuantity(record, line))
      refusals.push(
        fill(returnableQuantity(record, line) === 0 ? text.alreadyReturned : text.tooMany, { item: line.name }),
      );
  });
  if (errors.length) return { kind: 'invalid', reason: errors.map((e) => e.message).join(' '), errors };
  if (refusals.length) return { kind: 'refused', reason: refusals.join(' ') };
  const at = rules.now.toISOString();
  const ret: ReturnRecord = {
    rmaId: rmaIdFor(record),
    items: req.items.map(({ lineId, quantity }) => ({ lineId, quantity })),
    reason: req.reason,
    resolution: req.resolution,
    ...(req.comment ? { comment: req.comment } : {}),
    status: 'return_label_issued',
    createdAt: at,
    events: [
      { step: 'return_requested', at },
      { step: 'return_label_issued', at },
    ],
  };
  return { kind: 'create', ret, record: { ...record, returns: [...(record.returns ?? []), ret], updatedAt: at } };
}

/** A return step as a shop sends it through the integration API. */
export interface FedReturnEvent {
  eventId: string;
  type: ReturnStep;
  at: string;
  rmaId?: string;
  note?: string;
}

const STEP_ORDER = (step: ReturnStep) =>
  ['return_requested', 'return_label_issued', 'return_received', 'refund_issued'].indexOf(step);

/**
 * Applies a shop's return step (received, refund issued) to the return it names. The same event
 * id twice changes nothing; the return's status is its furthest step, whatever order they came in.
 */
export function applyReturnEvent(
  record: OrderRecord,
  event: FedReturnEvent,
  now: Date,
): { changed: boolean; record: OrderRecord } {
  const returns = record.returns ?? [];
  const target = returns.find((r) => r.rmaId === event.rmaId);
  if (!target) throw new NotFound('Return');
  if (target.events.some((e) => e.eventId === event.eventId)) return { changed: false, record };
  const step: ReturnEvent = {
    step: event.type,
    at: new Date(event.at).toISOString(),
    eventId: event.eventId,
    ...(event.note ? { note: event.note } : {}),
  };
  const events = [...target.events, step];
  const status = events.reduce((s, e) => (STEP_ORDER(e.step) > STEP_ORDER(s) ? e.step : s), target.status);
  const updated = { ...target, events, status };
  return {
    changed: true,
    record: {
      ...record,
      returns: returns.map((r) => (r.rmaId === target.rmaId ? updated : r)),
      updatedAt: now.toISOString(),
    },
  };
}
