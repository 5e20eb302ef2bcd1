import { createHash } from 'node:crypto';
import { pack } from '../../locales/packs';
import type { Locale } from '../../locales/registry';
import type { Principal } from '../auth/verify';
import { openCustomerTicket } from '../tickets/service';
import type { ProblemKind } from './domain/problem';
import { fill } from './domain/text';
import { attachPhotos, checkReportPhotos } from './photos-service';
import { ownOrder } from './service';
import type { AppDeps } from '../env';

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
  deps: AppDeps,
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
  const photos = photoIds.length ? `\n\n${text.photos}: ${photoIds.join(', ')}` : '';
  const { ticketId, created } = await openCustomerTicket(deps, principal, {
    key: `problem#${order.orderNumber}#${digest}`,
    summary: fill(text.ticketReason, { kind: text.kind[report.kind], order: order.orderNumber }),
    orderNumber: order.orderNumber,
    body: `${report.description}${photos}`,
    locale,
    ...(profile?.name ? { name: profile.name } : {}),
  });
  await attachPhotos(deps, ownerEmail, photoIds, ticketId);
  return { ticketId, changed: created };
}
