import { announce, byId, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { pageAlert, startAdminPage } from './gate';
import { api, isStatus, ok } from '../../lib/api/client';
import { localeName, tr } from './i18n';
import type { Ticket, TicketStatus } from '../../lib/api/types';
import { showTicketPhotos } from './ticket-photos';

const id = new URLSearchParams(location.search).get('id') ?? '';
const select = byId<HTMLSelectElement>('new-status');
const save = byId<HTMLButtonElement>('status-save');
const status = byId('ticket-status');
const target = { params: { path: { id } } };
const label = (s: TicketStatus) => tr(`tickets.status.${s}`);

function render(ticket: Ticket): void {
  byId('page-title').textContent = tr('ticket.title', { id: ticket.id });
  document.title = `${tr('ticket.title', { id: ticket.id })} · ${document.title.split(' · ').slice(1).join(' · ')}`;
  const facts: [string, Node | string][] = [
    [tr('admin.field.status'), h('span', { class: 'badge', 'data-ticket': ticket.status }, label(ticket.status))],
    [tr('tickets.reason'), ticket.reason],
    [tr('admin.field.locale'), localeName(ticket.locale)],
    [
      tr('tickets.contact'),
      [ticket.contact.name, ticket.contact.email].filter(Boolean).join(', ') || tr('tickets.guest'),
    ],
    [tr('tickets.created'), dateTime(ticket.createdAt)],
    [tr('admin.field.updated'), dateTime(ticket.updatedAt)],
  ];
  byId('ticket-facts').replaceChildren(...facts.flatMap(([dt, dd]) => [h('dt', {}, dt), h('dd', {}, dd)]));
  select.value = ticket.status;
  byId('ticket-history').replaceChildren(
    ...(ticket.history?.length
      ? ticket.history.map((e) =>
          h('li', {}, tr('ticket.historyItem', { status: label(e.status), by: e.by, at: dateTime(e.at) })),
        )
      : [h('li', {}, tr('admin.none'))]),
  );
  byId('transcript').replaceChildren(
    ...ticket.transcript.map((turn) =>
      h(
        'li',
        { 'data-role': turn.role },
        h(
          'span',
          { class: 'speaker' },
          `${tr(turn.role === 'user' ? 'ticket.user' : 'ticket.bot')} · ${dateTime(turn.at)}${turn.intent ? ` · ${tr('ticket.intent', { intent: turn.intent })}` : ''}`,
        ),
        h('p', { lang: ticket.locale }, turn.text),
      ),
    ),
  );
}

byId<HTMLFormElement>('status-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  save.disabled = true;
  try {
    const ticket = await ok(
      api.PATCH('/admin/tickets/{id}', { ...target, body: { status: select.value as TicketStatus } }),
    );
    render(ticket);
    announce(status, tr('ticket.updated', { status: label(ticket.status) }), 'success');
  } catch (error) {
    announce(status, errorMessage(error), 'error');
  } finally {
    save.disabled = false;
  }
});

await startAdminPage(async () => {
  // Even without a usable id, ask the API first, so a customer sees "admins only".
  const found = id
    ? await ok(api.GET('/admin/tickets/{id}', target)).catch((error: unknown) => {
        if (isStatus(error, 404) || isStatus(error, 400)) return undefined;
        throw error;
      })
    : await ok(api.GET('/admin/tickets', { params: { query: { status: 'closed' } } })).then(() => undefined);
  if (!found) {
    announce(pageAlert(), tr(id ? 'ticket.notFound' : 'ticket.missing'), 'error');
    return false;
  }
  render(found);
  await showTicketPhotos(found.id);
});
