/** The queue: views with counts, filters kept in the URL, SLA time left, assign to me. */
import { announce, byId, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { localHref } from '../../lib/ui';
import { pageAlert, startAdminPage } from './gate';
import { api, ok } from '../../lib/api/client';
import { localeName, tr } from './i18n';
import { table } from './render';
import { priorityLabel, slaCell, statusBadge } from './ticket-format';
import type { AdminKey } from '../../i18n/admin/index';
import type { TicketRow } from '../../lib/api/types';

const FILTERS = ['status', 'language', 'priority', 'assignee'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
const select = (name: string) => byId<HTMLSelectElement>(`t-${name}`);
const status = byId('tickets-status');

/** The views above the filters: each a link setting the filters, with its count. */
const VIEWS: { key: AdminKey; count: string; filters: Filters }[] = [
  { key: 'tickets.view.active', count: 'active', filters: {} },
  { key: 'tickets.view.mine', count: 'mine', filters: { assignee: 'me' } },
  { key: 'tickets.view.unassigned', count: 'unassigned', filters: { assignee: 'unassigned' } },
  { key: 'tickets.status.new', count: 'new', filters: { status: 'new' } },
  { key: 'tickets.status.open', count: 'open', filters: { status: 'open' } },
  { key: 'tickets.status.waiting', count: 'waiting', filters: { status: 'waiting' } },
  { key: 'tickets.status.solved', count: 'solved', filters: { status: 'solved' } },
  { key: 'tickets.status.closed', count: 'closed', filters: { status: 'closed' } },
];

const current = (): Filters =>
  Object.fromEntries(FILTERS.map((f) => [f, select(f).value]).filter(([, v]) => v)) as Filters;
const query = (f: Filters) => new URLSearchParams(f as Record<string, string>).toString();

function views(counts: Record<string, number>, shown: Filters) {
  const active = (counts.new ?? 0) + (counts.open ?? 0) + (counts.waiting ?? 0);
  const here = query(shown);
  byId('ticket-views').replaceChildren(
    ...VIEWS.map((v) => {
      const q = query(v.filters);
      const n = v.count === 'active' ? active : (counts[v.count] ?? 0);
      return h(
        'li',
        {},
        h(
          'a',
          { href: `?${q}`, 'aria-current': q === here ? 'page' : undefined, 'data-view': v.count },
          `${tr(v.key)} (${n})`,
        ),
      );
    }),
  );
}

async function assign(ticket: TicketRow, button: HTMLButtonElement) {
  button.disabled = true;
  try {
    await ok(api.PATCH('/admin/tickets/{id}', { params: { path: { id: ticket.id } }, body: { assignee: 'me' } }));
    await load();
    announce(status, tr('tickets.assigned', { id: ticket.id }), 'success');
  } catch (error) {
    button.disabled = false;
    announce(status, errorMessage(error), 'error');
  }
}

function assignButton(ticket: TicketRow): Node | string {
  if (ticket.assignee) return ticket.assignee;
  const button = h('button', { type: 'button', class: 'secondary' }, tr('tickets.assignMe', { id: ticket.id }));
  button.addEventListener('click', () => void assign(ticket, button));
  return button;
}

async function load(): Promise<void> {
  const filters = current();
  const q = query(filters);
  history.replaceState(null, '', q ? `?${q}` : location.pathname);
  const { tickets, counts } = await ok(api.GET('/admin/tickets', { params: { query: filters as never } }));
  views(counts, filters);
  byId('ticket-table').replaceChildren(
    tickets.length
      ? table(
          tr('tickets.title'),
          [
            tr('tickets.id'),
            tr('admin.field.status'),
            tr('tickets.reason'),
            tr('tickets.priority'),
            tr('tickets.sla'),
            tr('admin.field.locale'),
            tr('tickets.contact'),
            tr('tickets.created'),
            tr('tickets.assignee'),
          ],
          tickets.map((t) => [
            h('a', { href: localHref(`admin/tickets/view/?id=${encodeURIComponent(t.id)}`) }, t.id),
            statusBadge(t.status),
            t.reason,
            priorityLabel(t.priority),
            slaCell(t.sla),
            localeName(t.locale),
            t.contact.email ?? t.contact.name ?? tr('tickets.guest'),
            dateTime(t.createdAt),
            assignButton(t),
          ]),
          { hideCaption: true },
        )
      : '',
  );
  announce(status, tickets.length ? tr('tickets.count', { n: tickets.length }) : tr('tickets.empty'));
}

const reload = () => load().catch((error: unknown) => announce(pageAlert(), errorMessage(error), 'error'));
for (const f of FILTERS) select(f).addEventListener('change', reload);
byId<HTMLFormElement>('ticket-filter').addEventListener('submit', (event) => event.preventDefault());

await startAdminPage(async () => {
  const params = new URLSearchParams(location.search);
  for (const f of FILTERS) select(f).value = params.get(f) ?? '';
  await load();
});
