import { LOCALES } from '../../i18n/locales';
import { h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { localHref } from '../../lib/ui';
import { localeName, tr } from './i18n';
import type { AdminArticle } from '../../lib/api/types';

type Cell = Node | string | number | null;

/**
 * A data table with a caption and column headers, in a scroll container that keyboard users
 * can scroll too (a focusable region named by the caption).
 * @example table('Top searches', ['Query', 'Count'], [['refund', 4]], { numeric: [1] })
 */
export function table(
  caption: string,
  head: string[],
  rows: Cell[][],
  opts: { numeric?: number[]; hideCaption?: boolean } = {},
): HTMLElement {
  const numeric = (i: number) => (opts.numeric?.includes(i) ? 'num' : undefined);
  const cell = (c: Cell) => (c === null ? '' : typeof c === 'number' ? String(c) : c);
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0 },
    h(
      'table',
      {},
      h('caption', { class: opts.hideCaption ? 'visually-hidden' : undefined }, caption),
      h('thead', {}, h('tr', {}, ...head.map((label, i) => h('th', { scope: 'col', class: numeric(i) }, label)))),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            {},
            ...row.map((c, i) =>
              h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : undefined, class: numeric(i) }, cell(c)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Draft / Published (+ unpublished changes) badges of an article. */
export function stateBadges(article: Pick<AdminArticle, 'status' | 'hasUnpublishedChanges'>): HTMLElement {
  return h(
    'span',
    { class: 'badges inline' },
    h('span', { class: 'badge', 'data-state': article.status }, tr(`admin.state.${article.status}`)),
    article.hasUnpublishedChanges
      ? h('span', { class: 'badge', 'data-state': 'changes' }, tr('admin.state.changes'))
      : null,
  );
}

/** The editor for one article, or for a new one with prefilled fields. */
export const editorHref = (params: Record<string, string>): string =>
  localHref(`admin/articles/edit/?${new URLSearchParams(params)}`);

/** "Version 3, updated 25 Nov 2026, 10:02 by admin@example.com". */
export const versionMeta = (a: Pick<AdminArticle, 'version' | 'updatedAt' | 'updatedBy'>): string =>
  tr('editor.meta', { version: a.version, at: dateTime(a.updatedAt), by: a.updatedBy });

/** `<select>` options for the content locales, optionally with "All" first. */
export function localeOptions(select: HTMLSelectElement, withAll: boolean): void {
  const all = withAll ? [h('option', { value: '' }, tr('admin.all'))] : [];
  select.replaceChildren(...all, ...LOCALES.map((l) => h('option', { value: l }, localeName(l))));
}

/**
 * A URL-safe slug from free text (e.g. a search query): ASCII letters and digits joined by
 * dashes. Text with no Latin letters (e.g. Chinese) gets a dated fallback the admin can change.
 * @example slugify('Wie ändere ich meine Adresse?') // 'wie-andere-ich-meine-adresse'
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || `article-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`;
}
