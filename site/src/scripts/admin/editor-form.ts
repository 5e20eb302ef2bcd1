import { byId, h } from '../../lib/dom';
import { api, isStatus, ok } from '../../lib/api/client';
import { tr } from './i18n';
import { pageLocale } from '../../lib/ui';
import type { ArticleContent, Ok } from '../../lib/api/types';

/** The article form's fields and its live preview (server-rendered, server-sanitised HTML). */
export const form = byId<HTMLFormElement>('article-form');
export const slugInput = byId<HTMLInputElement>('a-slug');
export const localeSelect = byId<HTMLSelectElement>('a-locale');
const question = byId<HTMLInputElement>('a-question');
const category = byId<HTMLSelectElement>('a-category');
const tags = byId<HTMLInputElement>('a-tags');
const answer = byId<HTMLTextAreaElement>('a-answer');
const answerCount = byId('a-answer-count');
const preview = byId('preview');
const previewError = byId('preview-error');
const previewFailed = previewError.textContent ?? '';

export const questionInput = question;

/** What the form holds, shaped like the API's ArticleContent. */
export function readContent(): ArticleContent {
  return {
    question: question.value.trim(),
    answer: answer.value.trim(),
    category: category.value.trim(),
    tags: tags.value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

/**
 * The managed categories as the category choices, named in the page's language. An article whose
 * category the list does not name (imported, or set through the API) keeps it as an extra choice.
 */
export async function loadCategoryChoices(): Promise<void> {
  const { categories } = await ok(api.GET('/admin/faq/categories'));
  const lang = pageLocale();
  category.replaceChildren(
    h('option', { value: '' }, tr('editor.chooseCategory')),
    ...categories.map((c) => h('option', { value: c.id }, c.names[lang] ?? c.id)),
  );
}

function chooseCategory(id: string): void {
  if (id && ![...category.options].some((o) => o.value === id)) category.append(h('option', { value: id }, id));
  category.value = id;
}

export function fillContent(content: Partial<ArticleContent>): void {
  question.value = content.question ?? '';
  answer.value = content.answer ?? '';
  chooseCategory(content.category ?? '');
  tags.value = (content.tags ?? []).join(', ');
  updateCount();
  updatePreview(0);
}

type AnswerLimits = Ok<'/admin/faq/answer-limits', 'get'>;
let limits: AnswerLimits | undefined;

/** The server's answer limits, shown under the answer as a character count with the maximum. */
export function showAnswerLimits(answerLimits: AnswerLimits): void {
  limits = answerLimits;
  updateCount();
}

function updateCount(): void {
  if (!limits) return;
  const number = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const length = answer.value.trim().length;
  const over = length - limits.maxChars;
  answerCount.textContent =
    over > 0
      ? tr('editor.answerOver', { over: number.format(over), max: number.format(limits.maxChars) })
      : tr('editor.answerCount', {
          count: number.format(length),
          max: number.format(limits.maxChars),
          nesting: limits.maxNesting,
        });
  answerCount.toggleAttribute('data-over', over > 0);
  answerCount.hidden = false;
}

/** The four content fields as labelled strings, for diffs. */
export const contentFields = (a: ArticleContent, b: ArticleContent) =>
  (['question', 'category', 'tags', 'answer'] as const).map((name) => ({
    label: tr(`admin.field.${name}`),
    a: name === 'tags' ? a.tags.join(', ') : a[name],
    b: name === 'tags' ? b.tags.join(', ') : b[name],
  }));

/** Marks the content fields (and the preview) as written in the article's language. */
export function setContentLang(locale: string): void {
  for (const el of [question, answer, tags, preview]) el.lang = locale;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let sequence = 0;

/** Re-renders the preview after `delay` ms of quiet; only the newest answer is shown. */
function updatePreview(delay = 300): void {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const markdown = answer.value;
    const mine = ++sequence;
    if (!markdown.trim()) {
      preview.replaceChildren(h('p', { class: 'hint' }, tr('editor.previewEmpty')));
      return;
    }
    preview.setAttribute('aria-busy', 'true');
    try {
      const { html } = await ok(api.POST('/admin/faq/preview', { body: { markdown } }));
      if (mine !== sequence) return;
      // Safe: the API renders and sanitises this HTML (the same code that publishes articles).
      preview.innerHTML = html;
      previewError.hidden = true;
    } catch (error) {
      if (mine !== sequence) return;
      // A refused answer (too long, nested too deeply, too much emphasis) says why.
      const reason = isStatus(error, 400) ? error.problem?.errors?.[0]?.message : undefined;
      previewError.textContent = reason ? tr('editor.previewRefused', { reason }) : previewFailed;
      previewError.hidden = false;
    } finally {
      if (mine === sequence) preview.removeAttribute('aria-busy');
    }
  }, delay);
}

answer.addEventListener('input', () => {
  updateCount();
  updatePreview();
});
