/** "My support tickets" on the profile page: GET /api/me/tickets, each with its conversation. */
import { api, ok } from '../../lib/api/client';
import { h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { getSession } from '../../lib/session';
import { t } from '../../lib/ui';
import type { UiKey } from '../../i18n/index';
import { showConversation } from './ticket-thread';

const list = document.getElementById('ticket-list');
const empty = document.getElementById('tickets-empty');

/** The conversation, loaded when opened; the ticket a message linked to (?ticket=) opens by itself. */
function conversation(id: string): HTMLElement {
  const body = h('div', { class: 'ticket-conversation' });
  const details = h('details', { 'data-conversation': id }, h('summary', {}, t('tickets.conversation')), body);
  details.addEventListener('toggle', () => {
    if (details.open) void showConversation(id, body);
  });
  if (new URLSearchParams(location.search).get('ticket') === id) details.open = true;
  return details;
}

async function load(): Promise<void> {
  if (!list || !empty || !getSession()) return;
  try {
    const { tickets } = await ok(api.GET('/me/tickets'));
    list.replaceChildren(
      ...tickets.map((ticket) =>
        h(
          'li',
          { 'data-ticket': ticket.id },
          h(
            'div',
            { class: 'top' },
            h('strong', {}, t('tickets.ticket', { id: ticket.id })),
            h(
              'span',
              { class: 'badge', 'data-ticket-status': ticket.status },
              t(`ticketStatus.${ticket.status}` as UiKey),
            ),
          ),
          h(
            'p',
            { class: 'meta' },
            h('span', {}, t('tickets.opened', { date: dateTime(ticket.createdAt) })),
            ticket.updatedAt !== ticket.createdAt
              ? h('span', {}, t('tickets.updated', { date: dateTime(ticket.updatedAt) }))
              : null,
          ),
          h('p', {}, t('tickets.reason', { text: ticket.reason })),
          ticket.orderNumber ? h('p', {}, t('tickets.order', { n: ticket.orderNumber })) : null,
          conversation(ticket.id),
        ),
      ),
    );
    empty.hidden = tickets.length > 0;
  } catch (error) {
    list.replaceChildren(h('li', {}, errorMessage(error)));
  }
  list.setAttribute('aria-busy', 'false');
  if (location.hash === '#tickets') document.getElementById('tickets')?.scrollIntoView();
}

void load();
