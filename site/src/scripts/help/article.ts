/**
 * One help article (/[locale]/help/article/?slug=): the answer (server-sanitised HTML), notices
 * for an English fallback or an outdated translation, related articles and "Was this helpful?".
 */
import { ApiError, api, ok } from '../../lib/api/client';
import { announce, byId, h } from '../../lib/dom';
import { day } from '../../lib/format';
import { helpArticleHref } from '../../lib/links';
import { errorMessage } from '../../lib/messages';
import { pageLocale, t } from '../../lib/ui';
import { langTag } from '../../i18n/locales';
import { categoryName, categoryTopics } from './faq-api';
import type { Article, ArticleFeedback, Locale } from '../../lib/api/types';

const locale = pageLocale();
const slug = new URLSearchParams(location.search).get('slug')?.trim() ?? '';
const status = byId('article-status');
const alert = byId('article-error');
const form = byId<HTMLFormElement>('feedback-form');
const vote = byId('vote');
const feedbackStatus = byId('feedback-status');
let shownLocale: Locale = locale;

function render(a: Article): void {
  shownLocale = a.locale;
  const title = byId('article-title');
  title.textContent = a.question;
  document.title = `${a.question} · ${document.title}`;
  const lang = a.locale !== locale ? langTag(a.locale) : undefined;
  for (const el of [title, byId('article-answer')]) {
    if (lang) el.lang = lang;
  }
  byId('article-fallback').hidden = !a.fallbackFrom;
  byId('article-outdated').hidden = !a.outdated;
  const category = byId<HTMLAnchorElement>('article-category');
  category.textContent = categoryName(a.category);
  category.href = `/${locale}/help/?category=${encodeURIComponent(a.category)}`;
  const updated = byId<HTMLTimeElement>('article-updated');
  updated.dateTime = a.updatedAt;
  updated.textContent = day(a.updatedAt);
  byId('article-answer').innerHTML = a.answerHtml; // sanitised by the API (sanitize-html allow-list)
  byId('related').hidden = a.related.length === 0;
  byId('related-list').replaceChildren(
    ...a.related.map((r) => h('li', {}, h('a', { href: helpArticleHref(locale, r.slug) }, r.question))),
  );
  byId('article').hidden = false;
}

async function send(body: Omit<ArticleFeedback, 'locale'>): Promise<void> {
  announce(feedbackStatus, t('article.sending'));
  try {
    await ok(
      api.POST('/faq/articles/{slug}/feedback', {
        auth: 'none',
        params: { path: { slug } },
        body: { ...body, locale: shownLocale },
      }),
    );
    vote.hidden = true;
    form.hidden = true;
    announce(feedbackStatus, t('article.thanks'), 'success');
    feedbackStatus.focus();
  } catch (error) {
    announce(feedbackStatus, errorMessage(error), 'error');
  }
}

byId('vote-yes').addEventListener('click', () => void send({ helpful: true }));
byId('vote-no').addEventListener('click', (event) => {
  (event.currentTarget as HTMLElement).setAttribute('aria-expanded', 'true');
  form.hidden = false;
  form.querySelector('input')?.focus();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const reason = data.get('reason');
  const comment = String(data.get('comment') ?? '').trim();
  void send({
    helpful: false,
    ...(reason ? { reason: String(reason) as ArticleFeedback['reason'] } : {}),
    ...(comment ? { comment } : {}),
  });
});

if (!slug) {
  announce(status, '');
  announce(alert, t('article.missing'), 'error');
} else {
  try {
    const [article] = await Promise.all([
      ok(api.GET('/faq/articles/{slug}', { auth: 'none', params: { path: { slug }, query: { locale } } })),
      categoryTopics(locale).catch(() => []),
    ]);
    render(article);
    announce(status, '');
  } catch (error) {
    announce(status, '');
    announce(
      alert,
      error instanceof ApiError && error.status === 404 ? t('article.notFound') : errorMessage(error),
      'error',
    );
  }
}
