/** A guest's one ticket through the signed link of their reply mail (no sign-in). */
import { api, isStatus, ok } from '../../lib/api/client';
import { byId, h } from '../../lib/dom';
import { t } from '../../lib/ui';
import type { UiKey } from '../../i18n/index';
import { showThread, type ThreadSource } from './ticket-thread';

const token = new URLSearchParams(location.search).get('t') ?? '';
const query = { params: { query: { t: token } }, auth: 'none' as const };
const source: ThreadSource = {
  read: () => ok(api.GET('/tickets/guest', query)),
  reply: (body) => ok(api.POST('/tickets/guest/replies', { ...query, body: { body } })),
};

const into = byId('guest-ticket');
try {
  const c = await source.read();
  byId('guest-ticket-meta').replaceChildren(
    h('strong', {}, t('tickets.ticket', { id: c.id })),
    ' ',
    h('span', { class: 'badge', 'data-ticket-status': c.status }, t(`ticketStatus.${c.status}` as UiKey)),
    ' ',
    t('tickets.reason', { text: c.summary }),
  );
  await showThread(source, into);
} catch (error) {
  into.replaceChildren(
    h(
      'p',
      { role: 'alert' },
      isStatus(error, 403) || isStatus(error, 404) || isStatus(error, 400) ? t('tickets.linkInvalid') : String(error),
    ),
  );
}
