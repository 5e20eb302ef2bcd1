/** "My support tickets" on the profile page: GET /api/me/tickets (handoffs from the chat). */
import { api, ok } from '../../lib/api/client';
import { h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { getSession } from '../../lib/session';
import { t } from '../../lib/ui';
import type { UiKey } from '../../i18n/index';

const list = document.getElementById('ticket-list');
const empty = document.getElementById('tickets-empty');

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
