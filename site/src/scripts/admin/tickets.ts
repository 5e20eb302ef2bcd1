import { announce, byId, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { localHref } from '../../lib/ui';
import { pageAlert, startAdminPage } from './gate';
import { api, ok } from '../../lib/api/client';
import { localeName, tr } from './i18n';
import { table } from './render';
import type { Ticket, TicketStatus } from '../../lib/api/types';

const filter = byId<HTMLSelectElement>('t-status');
const status = byId('tickets-status');

/** A ticket's status as a badge. */
const ticketBadge = (s: Ticket['status']) => h('span', { class: 'badge', 'data-ticket': s }, tr(`tickets.status.${s}`));

async function load(): Promise<void> {
  const query = filter.value ? `?status=${filter.value}` : '';
  history.replaceState(null, '', query || location.pathname);
  const { tickets } = await ok(
    api.GET('/admin/tickets', { params: { query: filter.value ? { status: filter.value as TicketStatus } : {} } }),
  );
  byId('ticket-table').replaceChildren(
    tickets.length
      ? table(
          tr('tickets.title'),
          [
            tr('tickets.id'),
            tr('admin.field.status'),
            tr('tickets.reason'),
            tr('admin.field.locale'),
            tr('tickets.contact'),
            tr('tickets.created'),
          ],
          tickets.map((t) => [
            h('a', { href: localHref(`admin/tickets/view/?id=${encodeURIComponent(t.id)}`) }, t.id),
            ticketBadge(t.status),
            t.reason,
            localeName(t.locale),
            t.contact.email ?? t.contact.name ?? tr('tickets.guest'),
            dateTime(t.createdAt),
          ]),
          { hideCaption: true },
        )
      : '',
  );
  announce(status, tickets.length ? tr('tickets.count', { n: tickets.length }) : tr('tickets.empty'));
}

filter.addEventListener('change', () => {
  load().catch((error: unknown) => announce(pageAlert(), errorMessage(error), 'error'));
});
byId<HTMLFormElement>('ticket-filter').addEventListener('submit', (event) => event.preventDefault());

await startAdminPage(async () => {
  filter.value = new URLSearchParams(location.search).get('status') ?? '';
  await load();
});
