/** One ticket's conversation on the profile: the team's answers, the customer's, an answer box, CSAT once solved. */
import { api, ok } from '../../lib/api/client';
import { announce, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { t } from '../../lib/ui';
import type { CustomerConversation } from '../../lib/api/types';

const params = (id: string) => ({ params: { path: { id } } });

/** Where a conversation comes from and goes to: the signed-in customer's own ticket, or a guest's link. */
export interface ThreadSource {
  read(): Promise<CustomerConversation>;
  reply(body: string): Promise<unknown>;
  /** Absent where rating is not offered (a guest's link). */
  rate?(score: number, comment?: string): Promise<unknown>;
}

/** The signed-in customer's ticket. */
export const ownTicket = (id: string): ThreadSource => ({
  read: () => ok(api.GET('/me/tickets/{id}', params(id))),
  reply: (body) => ok(api.POST('/me/tickets/{id}/replies', { ...params(id), body: { body } })),
  rate: (score, comment) =>
    ok(api.POST('/me/tickets/{id}/rating', { ...params(id), body: { score, ...(comment ? { comment } : {}) } })),
});

function messages(c: CustomerConversation): HTMLElement {
  if (!c.messages.length) return h('p', {}, t('tickets.nothingYet'));
  return h(
    'ol',
    { class: 'thread' },
    ...c.messages.map((m) => {
      const body = h('div');
      body.innerHTML = m.html; // sanitised by the API (staff Markdown through the allow-list, customer text escaped)
      return h(
        'li',
        { 'data-author': m.author },
        h(
          'span',
          { class: 'speaker' },
          `${t(m.author === 'agent' ? 'tickets.team' : 'tickets.you')} · ${dateTime(m.at)}`,
        ),
        body,
      );
    }),
  );
}

function answerForm(c: CustomerConversation, source: ThreadSource, refresh: () => Promise<void>): HTMLElement {
  const fieldId = `answer-${c.id}`;
  const area = h('textarea', { id: fieldId, name: 'body', rows: 4, required: true, maxlength: 5000 });
  const note = h('p', { class: 'notice', role: 'status' });
  const send = h('button', { type: 'submit' }, t('tickets.send'));
  const form = h(
    'form',
    { class: 'ticket-answer' },
    h('div', { class: 'field' }, h('label', { for: fieldId }, t('tickets.answer')), area),
    send,
    note,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = area.value.trim();
    if (!body) return;
    send.disabled = true;
    try {
      await source.reply(body);
      await refresh();
      const again = document.getElementById(fieldId);
      again?.focus();
      const status = again?.closest('form')?.querySelector<HTMLElement>('[role=status]');
      if (status) announce(status, t('tickets.sent'), 'success');
    } catch (error) {
      announce(note, errorMessage(error), 'error');
      send.disabled = false;
    }
  });
  return form;
}

function rateForm(
  c: CustomerConversation,
  rate: NonNullable<ThreadSource['rate']>,
  refresh: () => Promise<void>,
): HTMLElement {
  const name = `csat-${c.id}`;
  const commentId = `csat-comment-${c.id}`;
  const note = h('p', { class: 'notice', role: 'status' });
  const comment = h('textarea', { id: commentId, rows: 2, maxlength: 1000 });
  const form = h(
    'form',
    { class: 'ticket-rate' },
    h(
      'fieldset',
      {},
      h('legend', {}, `${t('tickets.rate')} ${t('tickets.rateLabel')}`),
      ...[1, 2, 3, 4, 5].map((n) =>
        h('label', { class: 'choice' }, h('input', { type: 'radio', name, value: n, required: true }), ` ${n}`),
      ),
    ),
    h('div', { class: 'field' }, h('label', { for: commentId }, t('tickets.rateComment')), comment),
    h('button', { type: 'submit' }, t('tickets.rateSend')),
    note,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const picked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    if (!picked) return;
    try {
      const text = comment.value.trim();
      await rate(Number(picked.value), text || undefined);
      await refresh();
    } catch (error) {
      announce(note, errorMessage(error), 'error');
    }
  });
  return form;
}

/** Loads and shows a conversation into `into`, with the forms the ticket allows. */
export async function showThread(source: ThreadSource, into: HTMLElement): Promise<void> {
  const refresh = () => showThread(source, into);
  try {
    const c = await source.read();
    into.replaceChildren(
      messages(c),
      c.canReply ? answerForm(c, source, refresh) : h('p', {}, t('tickets.closedNote')),
      c.csat
        ? h('p', {}, t('tickets.rated', { score: c.csat.score }))
        : c.canRate && source.rate
          ? rateForm(c, source.rate, refresh)
          : '',
    );
  } catch (error) {
    into.replaceChildren(h('p', { role: 'alert' }, errorMessage(error)));
  }
}

/** The signed-in customer's ticket `id`, shown into `into`. */
export const showConversation = (id: string, into: HTMLElement) => showThread(ownTicket(id), into);
