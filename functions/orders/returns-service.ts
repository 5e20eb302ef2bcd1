import type { Locale } from '../../locales/registry';
import { BadRequest, Conflict, NotAllowed, NotFound } from '../commons/errors';
import { decideReturn, type ReturnRequest } from './domain/returns';
import { returnView } from './domain/timeline';
import { type OrdersDeps, ownOrder } from './service';
import { recordLeaving } from '../insights/service';

const MAX_ATTEMPTS = 5;

/**
 * Starts a return of an own delivered order inside the window: one write conditional on the
 * version the decision was made on, so two requests at once cannot both take the last item.
 * The same request again answers with the same return. Refusals (409) and bad lines or
 * quantities (400) write nothing.
 */
export async function requestReturn(
  deps: OrdersDeps,
  ownerEmail: string,
  orderNumber: string,
  request: ReturnRequest,
  locale: Locale,
) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const order = await ownOrder(deps, ownerEmail, orderNumber);
    const decision = decideReturn(order, request, {
      windowDays: deps.config.RETURN_WINDOW_DAYS,
      now: deps.now(),
      locale,
    });
    if (decision.kind === 'refused') throw new NotAllowed(decision.reason, { orderStatus: order.status });
    if (decision.kind === 'invalid') throw new BadRequest(decision.reason, { errors: decision.errors });
    if (decision.kind === 'repeat') return { ret: decision.ret, order, changed: false };
    if (await deps.stores.orders.putIfUnchanged(decision.record, order)) {
      // A new return counts its reason once (the comment stays with the return, for agents).
      await recordLeaving(deps, 'return', request.reason);
      return { ret: decision.ret, order: decision.record, changed: true };
    }
  }
  throw new Conflict('The order is being changed right now; try again');
}

/** Where returned parcels go, as label lines (RETURN_ADDRESS). */
const returnAddress = (deps: OrdersDeps) => deps.config.RETURN_ADDRESS.split('|').map((l) => l.trim());

/** A return's printable label: the return, both addresses and the RMA as a QR code (SVG). */
export async function returnLabel(
  deps: OrdersDeps,
  ownerEmail: string,
  orderNumber: string,
  rmaId: string,
  locale: Locale,
) {
  const order = await ownOrder(deps, ownerEmail, orderNumber);
  const ret = order.returns?.find((r) => r.rmaId === rmaId);
  if (!ret) throw new NotFound('Return');
  // The QR encoder loads with the first label: no other request parses it.
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(ret.rmaId, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return {
    ...returnView(order, ret, locale),
    orderNumber: order.orderNumber,
    returnTo: returnAddress(deps),
    ...(order.shippingAddress ? { from: order.shippingAddress } : {}),
    qrSvg,
  };
}
