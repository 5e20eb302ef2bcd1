import { announce, byId, h } from '../../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../../lib/form-errors';
import { errorMessage } from '../../lib/messages';
import { api, isStatus, ok } from '../../lib/api/client';
import type { Locale, Ok } from '../../lib/api/types';
import { startAdminPage } from './gate';
import { dateTime } from '../../lib/format';
import { tr } from './i18n';

type Doc = Ok<'/admin/saved-replies/{locale}', 'get'>;

const form = byId<HTMLFormElement>('saved-form');
const list = byId('saved-list');
const status = byId('saved-status');
const meta = byId('saved-meta');
const localeSelect = byId<HTMLSelectElement>('saved-locale');
const reloadButton = byId<HTMLButtonElement>('saved-reload');
let version = 0;
let next = 0;

/** One reply: a title and its Markdown text; the API's field paths (`replies.2.body`) point at the inputs. */
function item(reply: { title: string; body: string }): HTMLElement {
  const key = next++;
  const field = (role: 'title' | 'body', label: string, input: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: `saved-${key}-${role}` }, label), input);
  const li = h(
    'li',
    { class: 'saved-item' },
    h(
      'fieldset',
      {},
      h('legend', { 'data-role': 'legend' }),
      field(
        'title',
        tr('saved.replyTitle'),
        h('input', {
          id: `saved-${key}-title`,
          'data-role': 'title',
          value: reply.title,
          maxlength: 100,
          required: true,
        }),
      ),
      field(
        'body',
        tr('saved.replyBody'),
        h(
          'textarea',
          { id: `saved-${key}-body`, 'data-role': 'body', rows: 4, maxlength: 5000, required: true },
          reply.body,
        ),
      ),
      h('button', { type: 'button', class: 'secondary', 'data-role': 'remove' }),
    ),
  );
  return li;
}

/** Numbers the replies, names their remove buttons and points `data-field` at each one's position. */
function renumber() {
  list.querySelectorAll<HTMLElement>(':scope > li').forEach((li, i) => {
    li.querySelector('[data-role="legend"]')!.textContent = tr('saved.reply', { n: i + 1 });
    li.querySelector('[data-role="remove"]')!.textContent = tr('saved.remove', { n: i + 1 });
    li.querySelector('[data-role="title"]')!.setAttribute('data-field', `replies.${i}.title`);
    li.querySelector('[data-role="body"]')!.setAttribute('data-field', `replies.${i}.body`);
  });
}

function show(doc: Doc) {
  version = doc.version;
  meta.textContent =
    doc.version === 0
      ? tr('saved.metaNew')
      : tr('saved.meta', {
          version: doc.version,
          by: doc.updatedBy ?? '',
          at: doc.updatedAt ? dateTime(doc.updatedAt) : '',
        });
  list.replaceChildren(...doc.replies.map(item));
  renumber();
  reloadButton.hidden = true;
}

const locale = () => localeSelect.value as Locale;
const load = async () =>
  show(await ok(api.GET('/admin/saved-replies/{locale}', { params: { path: { locale: locale() } } })));

/** The list on screen, or undefined (with the first gap focused) when a reply lacks a title or text. */
function readList(): { title: string; body: string }[] | undefined {
  const replies = [...list.querySelectorAll<HTMLElement>(':scope > li')].map((li) => ({
    title: li.querySelector<HTMLInputElement>('[data-role="title"]')!.value.trim(),
    body: li.querySelector<HTMLTextAreaElement>('[data-role="body"]')!.value.trim(),
  }));
  const errors = replies.flatMap((r, i) =>
    (['title', 'body'] as const)
      .filter((f) => !r[f])
      .map((f) => ({ field: `replies.${i}.${f}`, message: tr('saved.needBoth') })),
  );
  if (!errors.length) return replies;
  showFieldErrors(form, { errors } as never);
  announce(status, tr('saved.needBoth'), 'error');
  return undefined;
}

list.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-role="remove"]');
  if (!button) return;
  button.closest('li')?.remove();
  renumber();
  announce(status, tr('saved.removed'));
  byId('saved-add').focus();
});

byId('saved-add').addEventListener('click', () => {
  const added = item({ title: '', body: '' });
  list.append(added);
  renumber();
  added.querySelector('input')?.focus();
});

localeSelect.addEventListener('change', async () => {
  clearFieldErrors(form);
  announce(status, tr('admin.loading'));
  try {
    await load();
    announce(status, '');
  } catch (error) {
    announce(status, errorMessage(error), 'error');
  }
});

reloadButton.addEventListener('click', async () => {
  await load();
  announce(status, '');
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  const replies = readList();
  if (!replies) return;
  announce(status, tr('admin.loading'));
  try {
    const saved = await ok(
      api.PUT('/admin/saved-replies/{locale}', {
        params: { path: { locale: locale() }, header: { 'if-match': `"${version}"` } },
        body: { replies },
      }),
    );
    show(saved);
    announce(status, tr('saved.saved', { version: saved.version }), 'success');
  } catch (error) {
    // A stale list keeps what is on screen (nothing typed is lost) and offers to load theirs.
    if (isStatus(error, 412)) {
      reloadButton.hidden = false;
      announce(status, tr('saved.stale', { detail: error.problem?.detail ?? '' }), 'error');
      return;
    }
    const unplaced = isStatus(error, 400) ? showFieldErrors(form, error.problem) : [];
    announce(status, unplaced.join(' ') || errorMessage(error), 'error');
  }
});

await startAdminPage(load);
