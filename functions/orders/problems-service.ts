import { createHash } from 'node:crypto';
import { pack } from '../../locales/packs';
import type { Locale } from '../../locales/registry';
import type { Principal } from '../auth/verify';
import { openOrderTicket } from '../tickets/service';
import type { ProblemKind } from './domain/problem';
import { fill } from './domain/text';
import { checkReportPhotos, type PhotosDeps } from './photos-service';
import { ownOrder } from './service';

export interface ProblemReport {
  kind: ProblemKind;
  description: string;
  photoIds?: string[];
}

/**
 * Opens a ticket for a problem with an item of an own order, the order and its photos attached
 * for agents (each photo checked to be the customer's and uploaded). The ticket id comes from the
 * report itself, so sending the same report twice opens one ticket.
 */
export async function reportProblem(
  deps: PhotosDeps,
  principal: Principal,
  ownerEmail: string,
  orderNumber: string,
  report: ProblemReport,
  locale: Locale,
) {
  const order = await ownOrder(deps, ownerEmail, orderNumber);
  const photoIds = report.photoIds ?? [];
  await checkReportPhotos(deps, ownerEmail, order.orderNumber, photoIds, locale);
  const digest = createHash('sha256')
    .update(JSON.stringify([order.orderNumber, report.kind, report.description, photoIds]))
    .digest('hex')
    .slice(0, 16);
  const profile = await deps.stores.customers.get(ownerEmail);
  const text = pack(locale).orders.problem;
  const { ticket, created } = await openOrderTicket(deps, {
    id: `PRB-${order.orderNumber}-${digest}`,
    reason: fill(text.ticketReason, { kind: text.kind[report.kind], order: order.orderNumber }),
    locale,
    customerId: principal.sub,
    contact: { email: ownerEmail, ...(profile?.name ? { name: profile.name } : {}) },
    description: report.description,
    order: { orderNumber: order.orderNumber, kind: report.kind, photoIds },
  });
  return { ticketId: ticket.id, changed: created };
}
