/** One ticket: facts and SLA, status / priority / assignee, transcript, conversation, reply or note, the customer. */
import { announce, byId, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { pageAlert, startAdminPage } from './gate';
import { api, isStatus, ok } from '../../lib/api/client';
import { getSession, idClaims } from '../../lib/session';
import { localHref } from '../../lib/ui';
import { localeName, tr } from './i18n';
import { picture } from './ticket-picture';
import { duration, priorityLabel, statusBadge } from './ticket-format';
import type { Ticket, TicketPriority, TicketStatus } from '../../lib/api/types';
import { showTicketPhotos } from './ticket-photos';

const id = new URLSearchParams(location.search).get('id') ?? '';
const statusSelect = byId<HTMLSelectElement>('new-status');
const prioritySelect = byId<HTMLSelectElement>('new-priority');
const save = byId<HTMLButtonElement>('status-save');
const assignMe = byId<HTMLButtonElement>('assign-me');
const status = byId('ticket-status');
const replyForm = byId<HTMLFormElement>('reply-form');
const replyBody = byId<HTMLTextAreaElement>('reply-body');
const replyInternal = byId<HTMLInputElement>('reply-internal');
const replySend = byId<HTMLButtonElement>('reply-send');
const replyStatus = byId('reply-status');
const target = { params: { path: { id } } };
const label = (s: TicketStatus) => tr(`tickets.status.${s}`);
/** The version on screen: a change is sent with it, so a stale view is refused rather than overwriting. */
let version = 0;
let shown: Ticket | undefined;

const clock = (name: string, c: Ticket['sla']['firstResponse']) =>
  `${dateTime(c.dueAt)} · ${
    c.met !== undefined
      ? tr(c.met ? 'ticket.met' : 'ticket.missed')
      : c.minutesLeft === undefined
        ? tr('tickets.slaNone')
        : tr(c.breached ? 'tickets.slaOver' : 'tickets.slaLeft', { time: duration(c.minutesLeft) })
  }${name}`;

function render(ticket: Ticket): void {
  version = ticket.version ?? 0;
  shown = ticket;
  ticketLocale = ticket.locale;
  byId('page-title').textContent = tr('ticket.title', { id: ticket.id });
  document.title = `${tr('ticket.title', { id: ticket.id })} · ${document.title.split(' · ').slice(1).join(' · ')}`;
  const facts: [string, Node | string][] = [
    [tr('ticket.summary'), ticket.summary || tr('admin.none')],
    [tr('admin.field.status'), statusBadge(ticket.status)],
    [tr('ticket.priority'), priorityLabel(ticket.priority)],
    [tr('ticket.assignee'), ticket.assignee ?? tr('ticket.unassigned')],
    [tr('ticket.order'), ticket.orderNumber ?? tr('admin.none')],
    [tr('admin.field.locale'), localeName(ticket.locale)],
    [
      tr('tickets.contact'),
      [ticket.contact.name, ticket.contact.email].filter(Boolean).join(', ') || tr('tickets.guest'),
    ],
    [tr('tickets.created'), dateTime(ticket.createdAt)],
    [tr('ticket.firstResponse'), clock('', ticket.sla.firstResponse)],
    [tr('ticket.resolution'), clock('', ticket.sla.resolution)],
  ];
  byId('ticket-facts').replaceChildren(...facts.flatMap(([dt, dd]) => [h('dt', {}, dt), h('dd', {}, dd)]));
  statusSelect.value = ticket.status;
  prioritySelect.value = ticket.priority ?? 'normal';
  assignMe.hidden = Boolean(ticket.assignee);
  byId('ticket-history').replaceChildren(
    ...(ticket.history?.length
      ? ticket.history.map((e) =>
          h(
            'li',
            {},
            tr('ticket.historyItem', {
              status: [e.status && label(e.status), e.priority && priorityLabel(e.priority), e.assignee]
                .filter(Boolean)
                .join(', '),
              by: e.by,
              at: dateTime(e.at),
            }),
          ),
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
  byId('thread').replaceChildren(
    ...(ticket.messages.length
      ? ticket.messages.map((m) => {
          const body = h('div', { lang: m.author.role === 'customer' ? ticket.locale : undefined });
          body.innerHTML = m.html; // sanitised by the API (the FAQ's allow-list; customer text escaped)
          const who =
            m.author.role === 'customer' ? tr('ticket.user') : tr('ticket.team', { who: m.author.email ?? '' });
          const tags = [m.internal ? tr('ticket.internal') : '', m.via === 'chat' ? tr('ticket.viaChat') : '']
            .filter(Boolean)
            .join(' · ');
          return h(
            'li',
            { 'data-author': m.author.role, 'data-internal': m.internal || undefined },
            h('span', { class: 'speaker' }, `${who} · ${dateTime(m.at)}${tags ? ` · ${tags}` : ''}`),
            body,
            m.author.role === 'agent' && !m.internal && admin ? faqDraftLink(ticket, m.body) : null,
          );
        })
      : [h('li', {}, tr('ticket.noMessages'))]),
  );
  byId('picture').replaceChildren(...picture(ticket));
}

/** Admins may turn a good answer into an FAQ draft: the editor opens prefilled, for them to publish. */
const admin = (idClaims(getSession())['cognito:groups'] ?? []).includes('admins');
function faqDraftLink(ticket: Ticket, answer: string): HTMLElement {
  const q = new URLSearchParams({ question: ticket.summary, answer, locale: ticket.locale });
  return h('p', {}, h('a', { href: localHref(`admin/articles/edit/?${q}`) }, tr('ticket.faqDraft')));
}

/** Finds FAQ articles in the ticket's language; "Insert" puts a link and its summary into the reply. */
let ticketLocale = 'en';
byId<HTMLFormElement>('faq-insert').addEventListener('submit', async (event) => {
  event.preventDefault();
  const q = byId<HTMLInputElement>('faq-q').value.trim();
  if (!q) return;
  const hits = byId('faq-hits');
  try {
    const { results } = await ok(
      api.GET('/faq/search', { params: { query: { q, locale: ticketLocale as never, limit: 5 } }, auth: 'none' }),
    );
    hits.replaceChildren(
      ...(results.length
        ? results.map((r) => {
            const insert = h(
              'button',
              { type: 'button', class: 'secondary' },
              tr('ticket.faqInsert', { title: r.question }),
            );
            insert.addEventListener('click', () => {
              const url = `${location.origin}/${r.locale}/help/article/?slug=${encodeURIComponent(r.slug)}`;
              const text = r.snippet.replace(/<\/?mark>/g, '').replace(/&[a-z#0-9]+;/g, ' ');
              replyBody.value = `${replyBody.value ? `${replyBody.value.trimEnd()}\n\n` : ''}[${r.question}](${url}): ${text}`;
              replyBody.focus();
            });
            return h('li', {}, insert);
          })
        : [h('li', {}, tr('admin.none'))]),
    );
  } catch (error) {
    announce(replyStatus, errorMessage(error), 'error');
  }
});

/** The saved replies of the ticket's language: picking one inserts it into the reply. */
const savedSelect = byId<HTMLSelectElement>('saved-reply');
let saved: { title: string; body: string }[] = [];
async function loadSaved(locale: string) {
  saved = (await ok(api.GET('/admin/saved-replies/{locale}', { params: { path: { locale: locale as never } } })))
    .replies;
  byId('saved-field').hidden = saved.length === 0;
  savedSelect.replaceChildren(
    h('option', { value: '' }, tr('ticket.savedPick')),
    ...saved.map((r, i) => h('option', { value: String(i) }, r.title)),
  );
}
savedSelect.addEventListener('change', () => {
  const picked = saved[Number(savedSelect.value)];
  if (!savedSelect.value || !picked) return;
  replyBody.value = `${replyBody.value ? `${replyBody.value.trimEnd()}\n\n` : ''}${picked.body}`;
  savedSelect.value = '';
});

const reload = async () => render(await ok(api.GET('/admin/tickets/{id}', target)));

/** Sends a change of the head with the version on screen; a stale view is refreshed and says what changed. */
async function change(body: { status?: TicketStatus; priority?: TicketPriority; assignee?: string }) {
  if (!Object.keys(body).length) return;
  try {
    await ok(
      api.PATCH('/admin/tickets/{id}', { params: { ...target.params, header: { 'if-match': `"${version}"` } }, body }),
    );
    await reload();
    announce(status, tr('ticket.updated', { status: label(statusSelect.value as TicketStatus) }), 'success');
  } catch (error) {
    if (!isStatus(error, 412)) throw error;
    const changes = (
      ((error.problem as { changes?: unknown } | undefined)?.changes ?? []) as { status?: TicketStatus; by: string }[]
    )
      .map((c) => `${c.status ? label(c.status) : '…'} (${c.by})`)
      .join(', ');
    await reload();
    announce(status, tr('ticket.stale', { changes }), 'error');
  }
}

byId<HTMLFormElement>('status-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  save.disabled = true;
  try {
    // Only what the agent changed: an unchanged field is not a change in the history.
    const next = statusSelect.value as TicketStatus;
    const priority = prioritySelect.value as TicketPriority;
    await change({
      ...(next !== shown?.status ? { status: next } : {}),
      ...(priority !== (shown?.priority ?? 'normal') ? { priority } : {}),
    });
  } catch (error) {
    announce(status, errorMessage(error), 'error');
  } finally {
    save.disabled = false;
  }
});

assignMe.addEventListener('click', async () => {
  assignMe.disabled = true;
  try {
    await change({ assignee: 'me' });
    if (!assignMe.hidden) return;
    statusSelect.focus();
  } catch (error) {
    announce(status, errorMessage(error), 'error');
  } finally {
    assignMe.disabled = false;
  }
});

replyForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = replyBody.value.trim();
  if (!body) return;
  replySend.disabled = true;
  try {
    const internal = replyInternal.checked;
    await ok(api.POST('/admin/tickets/{id}/replies', { ...target, body: { body, internal } }));
    replyBody.value = '';
    replyInternal.checked = false;
    await reload();
    announce(replyStatus, tr(internal ? 'ticket.noted' : 'ticket.sent'), 'success');
  } catch (error) {
    announce(replyStatus, errorMessage(error), 'error');
  } finally {
    replySend.disabled = false;
  }
});

await startAdminPage(async () => {
  // Even without a usable id, ask the API first, so a customer sees "staff only".
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
  await Promise.all([loadSaved(found.locale).catch(() => undefined), showTicketPhotos(found.id)]);
});
