/** One ticket's conversation on the profile: the team's answers, the customer's, an answer box, CSAT once solved. */
import { api, ok } from '../../lib/api/client';
import { announce, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { t } from '../../lib/ui';
import type { CustomerConversation } from '../../lib/api/types';

const params = (id: string) => ({ params: { path: { id } } });

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

function answerForm(c: CustomerConversation, refresh: () => Promise<void>): HTMLElement {
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
      await ok(api.POST('/me/tickets/{id}/replies', { ...params(c.id), body: { body } }));
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

function rateForm(c: CustomerConversation, refresh: () => Promise<void>): HTMLElement {
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
      await ok(
        api.POST('/me/tickets/{id}/rating', {
          ...params(c.id),
          body: { score: Number(picked.value), ...(text ? { comment: text } : {}) },
        }),
      );
      await refresh();
    } catch (error) {
      announce(note, errorMessage(error), 'error');
    }
  });
  return form;
}

/** Loads and shows the conversation into `into`, with the forms the ticket allows. */
export async function showConversation(id: string, into: HTMLElement): Promise<void> {
  const refresh = () => showConversation(id, into);
  try {
    const c = await ok(api.GET('/me/tickets/{id}', params(id)));
    into.replaceChildren(
      messages(c),
      c.canReply ? answerForm(c, refresh) : h('p', {}, t('tickets.closedNote')),
      c.csat ? h('p', {}, t('tickets.rated', { score: c.csat.score })) : c.canRate ? rateForm(c, refresh) : '',
    );
  } catch (error) {
    into.replaceChildren(h('p', { role: 'alert' }, errorMessage(error)));
  }
}
