/** The bits the help pages share (the FAQ API's shapes come from lib/api/types.ts). */
import { api, ok } from '../../lib/api/client';
import type { Category, Locale } from '../../lib/api/types';

/** Category names in the page's language, as the admins named them (from GET /faq/categories). */
const names = new Map<string, string>();
let topics: Promise<Category[]> | undefined;

/** The help centre's topics with their names, fetched once per page; their names are remembered for categoryName. */
export function categoryTopics(locale: Locale): Promise<Category[]> {
  topics ??= ok(api.GET('/faq/categories', { auth: 'none', params: { query: { locale } } })).then(({ categories }) => {
    for (const c of categories) names.set(c.category, c.name);
    return categories;
  });
  return topics;
}

/** A category id in words; an id the topics did not name is shown as it is. */
export const categoryName = (id: string): string => names.get(id) ?? id;

/**
 * The server's snippet is already escaped with only `<mark>` added; anything else that looks
 * like a tag is escaped again, so a server bug can never become markup here.
 */
export const safeSnippet = (snippet: string): string => snippet.replace(/<(?!\/?mark>)/g, '&lt;');
