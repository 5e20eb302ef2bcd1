/**
 * Personal notes on a customer's page: what staff wrote to them (they read it on their profile)
 * and a short form to write one (thanks after a long problem, a word on a special date).
 */
import { announce, byId, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { clearFieldErrors, showFieldErrors } from '../../lib/form-errors';
import { errorMessage } from '../../lib/messages';
import { api, isStatus, ok } from '../../lib/api/client';
import type { CustomerPicture } from '../../lib/api/types';
import { tr } from './i18n';

type Note = CustomerPicture['notes'][number];

const list = byId<HTMLOListElement>('customer-notes');
const form = byId<HTMLFormElement>('note-form');
const box = byId<HTMLTextAreaElement>('note-body');
const status = byId('note-status');

const item = (note: Note) => {
  const text = h('div', { class: 'note-text' });
  text.innerHTML = note.html; // sanitised by the API (the FAQ's sanitize-html allow-list)
  return h(
    'li',
    {},
    text,
    h('p', { class: 'meta-line' }, tr('customer.noteBy', { by: note.by, at: dateTime(note.at) })),
  );
};

/** Shows the customer's notes and makes the form write to `customerId`. */
export function showNotes(customerId: string, notes: readonly Note[]): void {
  list.replaceChildren(...(notes.length ? notes.map(item) : [h('li', {}, tr('admin.none'))]));
  form.dataset.customer = customerId;
  form.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  const body = box.value.trim();
  if (!body) {
    showFieldErrors(form, {
      type: 'invalid',
      title: '',
      status: 400,
      errors: [{ field: 'body', message: tr('customer.noteEmpty') }],
    });
    return;
  }
  announce(status, tr('admin.loading'));
  try {
    const note = await ok(
      api.POST('/admin/customers/{id}/notes', {
        params: { path: { id: form.dataset.customer ?? '' } },
        body: { body },
      }),
    );
    if (list.firstElementChild && !list.querySelector('.note-text')) list.replaceChildren();
    list.prepend(item(note));
    box.value = '';
    announce(status, tr('customer.noteSaved'), 'success');
  } catch (error) {
    if (isStatus(error, 400)) showFieldErrors(form, error.problem);
    announce(status, errorMessage(error), 'error');
  }
});
