import { announce, byId, h } from '../../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../../lib/form-errors';
import { helpArticleHref } from '../../lib/links';
import { errorMessage } from '../../lib/messages';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales';
import { pageLocale, t } from '../../lib/ui';
import { closeConflict, onConflictChoice, openConflict } from './editor-conflict';
import {
  fillContent,
  loadCategoryChoices,
  form,
  localeSelect,
  questionInput,
  readContent,
  setContentLang,
  showAnswerLimits,
  slugInput,
} from './editor-form';
import { hideHistory, loadHistory, onRestore } from './editor-history';
import { pageAlert, startAdminPage } from './gate';
import { api, isStatus, ok } from '../../lib/api/client';
import { tr } from './i18n';
import { localeOptions, slugify, stateBadges, versionMeta } from './render';
import type { AdminArticle, Locale } from '../../lib/api/types';

const status = byId('editor-status');
const buttons = {
  save: byId<HTMLButtonElement>('save'),
  publish: byId<HTMLButtonElement>('publish'),
  unpublish: byId<HTMLButtonElement>('unpublish'),
  remove: byId<HTMLButtonElement>('delete'),
};
const dialog = byId<HTMLDialogElement>('delete-dialog');
/** The article as last loaded or saved; undefined while creating a new one. */
let article: AdminArticle | undefined;
let slugTouched = false;

const target = (a: AdminArticle) => ({
  params: { path: { slug: a.slug, locale: a.locale } },
  headers: { 'if-match': `"${a.version}"` },
});
const sameContent = (a: AdminArticle) =>
  JSON.stringify(readContent()) ===
  JSON.stringify({ question: a.question, answer: a.answer, category: a.category, tags: a.tags });

/** Shows a loaded or saved article: edit mode, its state, its history. The form is left alone. */
function show(a: AdminArticle): void {
  article = a;
  slugInput.value = a.slug;
  slugInput.readOnly = true;
  localeSelect.value = a.locale;
  localeSelect.disabled = true;
  setContentLang(a.locale);
  byId('page-title').textContent = tr('editor.titleEdit');
  buttons.save.textContent = tr('editor.save');
  buttons.publish.hidden = false;
  buttons.unpublish.hidden = a.status !== 'published';
  buttons.remove.hidden = false;
  byId('article-meta').replaceChildren(
    stateBadges(a),
    h('span', {}, versionMeta(a)),
    a.publishedVersion ? h('span', {}, tr('editor.live', { version: a.publishedVersion })) : '',
    a.status === 'published' ? h('a', { href: helpArticleHref(a.locale, a.slug) }, tr('editor.view')) : '',
  );
  history.replaceState(null, '', `?${new URLSearchParams({ slug: a.slug, locale: a.locale })}`);
  loadHistory(a).catch((error: unknown) => announce(pageAlert(), errorMessage(error), 'error'));
}

function busy(on: boolean): void {
  for (const button of Object.values(buttons)) button.disabled = on;
  if (on) announce(status, tr('editor.working'));
}

/** Maps a failed call to the right place: conflict view, field errors, or the status line. */
function fail(error: unknown): void {
  const current = isStatus(error, 412) ? (error.problem as { current?: AdminArticle } | undefined)?.current : undefined;
  if (current) {
    announce(status, '');
    openConflict(current);
  } else if (isStatus(error, 400) && error.problem?.errors?.length) {
    const unplaced = showFieldErrors(form, error.problem);
    announce(status, [t('common.fixErrors'), ...unplaced].join(' '), 'error');
  } else if (isStatus(error, 409)) {
    showFieldErrors(form, {
      type: 'conflict',
      title: '',
      status: 409,
      errors: [{ field: 'slug', message: tr('editor.slugTaken') }],
    });
    announce(status, tr('editor.slugTaken'), 'error');
  } else {
    announce(status, isStatus(error, 404) ? tr('editor.notFound') : errorMessage(error), 'error');
  }
}

/** Creates the draft or saves an edit (If-Match: the version being edited). */
async function save(): Promise<AdminArticle | undefined> {
  clearFieldErrors(form);
  busy(true);
  try {
    const saved = article
      ? await ok(api.PUT('/admin/faq/{slug}/{locale}', { ...target(article), body: readContent() }))
      : await ok(
          api.POST('/admin/faq', {
            body: { slug: slugInput.value.trim(), locale: localeSelect.value as Locale, ...readContent() },
          }),
        );
    const created = !article;
    show(saved);
    announce(status, tr(created ? 'editor.created' : 'editor.saved', { version: saved.version }), 'success');
    return saved;
  } catch (error) {
    fail(error);
    return undefined;
  } finally {
    busy(false);
  }
}

/** Publish (saving unsaved edits first, so what is published is what the admin sees) or unpublish. */
async function transition(action: 'publish' | 'unpublish'): Promise<void> {
  if (!article) return;
  if (action === 'publish' && !sameContent(article) && !(await save())) return;
  busy(true);
  try {
    const next = await ok(
      api.POST(
        action === 'publish' ? '/admin/faq/{slug}/{locale}/publish' : '/admin/faq/{slug}/{locale}/unpublish',
        target(article),
      ),
    );
    show(next);
    announce(
      status,
      tr(action === 'publish' ? 'editor.published' : 'editor.unpublished', { version: next.version }),
      'success',
    );
  } catch (error) {
    fail(error);
  } finally {
    busy(false);
  }
}

onConflictChoice(
  (theirs) => {
    show(theirs);
    fillContent(theirs);
    announce(status, tr('conflict.loaded', { version: theirs.version }), 'success');
    questionInput.focus();
  },
  (theirs) => {
    // Keep the draft in the form; save it over the version that is there now.
    article = theirs;
    void save().then(() => status.focus());
  },
);

onRestore(async (version) => {
  if (!article) return;
  busy(true);
  try {
    const restored = await ok(
      api.POST('/admin/faq/{slug}/{locale}/restore', { ...target(article), body: { version } }),
    );
    closeConflict();
    fillContent(restored);
    show(restored);
    announce(status, tr('history.restored', { old: version, version: restored.version }), 'success');
  } catch (error) {
    fail(error);
  } finally {
    busy(false);
    status.focus();
  }
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void save();
});
buttons.publish.addEventListener('click', () => void transition('publish'));
buttons.unpublish.addEventListener('click', () => void transition('unpublish'));
buttons.remove.addEventListener('click', () => dialog.showModal());
byId('delete-keep').addEventListener('click', () => {
  dialog.close();
  buttons.remove.focus();
});
byId('delete-confirm').addEventListener('click', async () => {
  dialog.close();
  if (!article) return;
  busy(true);
  try {
    await ok(api.DELETE('/admin/faq/{slug}/{locale}', target(article)));
    byId('editor').hidden = true;
    byId('article-meta').replaceChildren();
    hideHistory();
    byId('editor').after(status);
    announce(status, tr('editor.deleted'), 'success');
    status.focus();
  } catch (error) {
    fail(error);
    buttons.remove.focus();
  } finally {
    busy(false);
  }
});

slugInput.addEventListener('input', () => {
  slugTouched = true;
});
questionInput.addEventListener('input', () => {
  if (!article && !slugTouched) slugInput.value = slugify(questionInput.value);
});
localeSelect.addEventListener('change', () => setContentLang(localeSelect.value));

// Unsaved edits: let the browser ask before the page is left.
addEventListener('beforeunload', (event) => {
  const draft = readContent();
  if (article ? !sameContent(article) : Boolean(draft.question || draft.answer)) event.preventDefault();
});

await startAdminPage(async () => {
  localeOptions(localeSelect, false);
  await loadCategoryChoices();
  // The count under the answer; the editor works without it if the limits cannot be loaded.
  ok(api.GET('/admin/faq/answer-limits'))
    .then(showAnswerLimits)
    .catch(() => undefined);
  const params = new URLSearchParams(location.search);
  const slug = params.get('slug');
  const locale = params.get('locale') ?? pageLocale();
  if (slug) {
    const loaded = await ok(
      api.GET('/admin/faq/{slug}/{locale}', { params: { path: { slug, locale: locale as Locale } } }),
    );
    fillContent(loaded);
    show(loaded);
    return;
  }
  // A new draft, optionally prefilled (e.g. from a search that found nothing).
  byId('page-title').textContent = tr('editor.titleNew');
  document.title = `${tr('editor.titleNew')} · ${document.title.split(' · ').slice(1).join(' · ')}`;
  buttons.save.textContent = tr('editor.create');
  localeSelect.value = isLocale(locale) ? locale : DEFAULT_LOCALE;
  setContentLang(localeSelect.value);
  const question = params.get('question') ?? '';
  fillContent({ question, answer: params.get('answer') ?? '', category: params.get('category') ?? '' });
  if (question) slugInput.value = slugify(question);
});
