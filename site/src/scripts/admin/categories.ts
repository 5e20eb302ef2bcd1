import { announce, byId, h } from '../../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../../lib/form-errors';
import { errorMessage } from '../../lib/messages';
import { api, isStatus, ok } from '../../lib/api/client';
import type { Locale, Ok } from '../../lib/api/types';
import { LOCALES } from '../../i18n/locales';
import { startAdminPage } from './gate';
import { localeName, tr } from './i18n';

type Doc = Ok<'/admin/faq/categories', 'get'>;

const form = byId<HTMLFormElement>('categories-form');
const rows = byId('categories-rows');
const status = byId('categories-status');
let version = 0;
let fresh = 0;

/** One category as a row: its id (fixed once saved), its name in every locale, its articles. */
function row(id: string, names: Partial<Record<Locale, string>>, articles: number, isNew: boolean): HTMLElement {
  const key = isNew ? `new${fresh++}` : id;
  const idCell = isNew
    ? h(
        'td',
        {},
        h('label', { for: `cat-${key}-id`, class: 'visually-hidden' }, tr('categories.id')),
        h('input', {
          id: `cat-${key}-id`,
          'data-role': 'id',
          'data-field': `cat-${key}-id`,
          value: id,
          required: true,
          maxlength: 40,
          pattern: '[a-z0-9][a-z0-9-]*',
          autocomplete: 'off',
        }),
      )
    : h('td', { 'data-role': 'id', 'data-id': id }, h('code', {}, id));
  const remove = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'data-role': 'remove',
      disabled: articles > 0,
      title: articles > 0 ? tr('categories.inUse', { count: articles }) : undefined,
    },
    tr('categories.remove', { id: id || '…' }),
  );
  return h(
    'tr',
    {},
    idCell,
    ...LOCALES.map((l) =>
      h(
        'td',
        {},
        h(
          'label',
          { for: `cat-${key}-${l}`, class: 'visually-hidden' },
          tr('categories.name', { id: id || tr('categories.newCategory'), language: localeName(l) }),
        ),
        h('input', {
          id: `cat-${key}-${l}`,
          'data-locale': l,
          'data-field': `cat-${key}-${l}`,
          value: names[l] ?? '',
          required: true,
          maxlength: 60,
          autocomplete: 'off',
        }),
      ),
    ),
    h('td', { class: 'num' }, String(articles)),
    h('td', {}, remove),
  );
}

function show(doc: Doc): void {
  version = doc.version;
  byId('categories-meta').textContent = tr('categories.meta', { version: doc.version });
  byId('categories-head').replaceChildren(
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, tr('categories.id')),
      ...LOCALES.map((l) => h('th', { scope: 'col' }, localeName(l))),
      h('th', { scope: 'col', class: 'num' }, tr('categories.articles')),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, tr('categories.actions'))),
    ),
  );
  rows.replaceChildren(...doc.categories.map((c) => row(c.id, c.names, c.articles, false)));
  byId('categories-unlisted').hidden = doc.unlisted.length === 0;
  byId('categories-unlisted-list').replaceChildren(
    ...doc.unlisted.map((u) =>
      h(
        'li',
        {},
        `${u.id} (${u.articles}) `,
        h(
          'button',
          { type: 'button', class: 'secondary', 'data-unlisted': u.id, 'data-articles': u.articles },
          tr('categories.addUnlisted', { id: u.id }),
        ),
      ),
    ),
  );
}

/** The table as the API's list; marks empty fields and gives undefined when one is. */
function readList(): { id: string; names: Record<Locale, string> }[] | undefined {
  const errors: { field: string; message: string }[] = [];
  const list = [...rows.querySelectorAll('tr')].map((tr_) => {
    const idInput = tr_.querySelector<HTMLInputElement>('input[data-role="id"]');
    const id = idInput ? idInput.value.trim() : (tr_.querySelector<HTMLElement>('[data-id]')?.dataset.id ?? '');
    if (idInput && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(id))
      errors.push({ field: idInput.dataset.field!, message: tr('categories.badId') });
    const names = {} as Record<Locale, string>;
    for (const input of tr_.querySelectorAll<HTMLInputElement>('input[data-locale]')) {
      const value = input.value.trim();
      if (!value) errors.push({ field: input.dataset.field!, message: tr('categories.needName') });
      names[input.dataset.locale as Locale] = value;
    }
    return { id, names };
  });
  if (errors.length) {
    showFieldErrors(form, { type: 'invalid', title: '', status: 400, errors });
    announce(status, errors[0]!.message, 'error');
    return undefined;
  }
  return list;
}

rows.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button[data-role="remove"]');
  if (!button) return;
  button.closest('tr')?.remove();
  announce(status, tr('categories.removedRow'));
});

byId('categories-add').addEventListener('click', () => {
  const added = row('', {}, 0, true);
  rows.append(added);
  added.querySelector('input')?.focus();
});

byId('categories-unlisted-list').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-unlisted]');
  if (!button) return;
  const id = button.dataset.unlisted!;
  const added = row(id, {}, Number(button.dataset.articles), true);
  rows.append(added);
  button.closest('li')?.remove();
  added.querySelector<HTMLInputElement>('input[data-locale]')?.focus();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  const categories = readList();
  if (!categories) return;
  announce(status, tr('admin.loading'));
  try {
    const saved = await ok(
      api.PUT('/admin/faq/categories', { body: { categories }, headers: { 'if-match': `"${version}"` } }),
    );
    show(saved);
    announce(status, tr('categories.saved', { version: saved.version }), 'success');
  } catch (error) {
    const message = isStatus(error, 412)
      ? tr('categories.stale')
      : (error as { problem?: { detail?: string } }).problem?.detail;
    announce(status, message ?? errorMessage(error), 'error');
  }
});

await startAdminPage(async () => show(await ok(api.GET('/admin/faq/categories'))));
