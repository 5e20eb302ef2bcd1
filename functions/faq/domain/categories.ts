import { pack } from '../../../locales/packs';
import { LOCALES, type Locale } from '../../../locales/registry';

/** A help-centre category: a language-neutral id and its name in every locale. */
export interface Category {
  id: string;
  names: Record<Locale, string>;
}

/** The managed list, as stored: its version orders concurrent edits (If-Match). */
export interface CategoryList {
  version: number;
  categories: Category[];
}

/** The starting list of a new deployment (version 0), from the language packs. */
export function defaultCategories(): CategoryList {
  const ids = Object.keys(pack(LOCALES[0]!).faq.categories);
  return {
    version: 0,
    categories: ids.map((id) => ({
      id,
      names: Object.fromEntries(LOCALES.map((l) => [l, pack(l).faq.categories[id] ?? id])) as Record<Locale, string>,
    })),
  };
}

/** A category's name in a locale (its id when the list does not know it). */
export const categoryName = (list: readonly Category[], id: string, locale: Locale): string =>
  list.find((c) => c.id === id)?.names[locale] ?? id;

/**
 * Checks an edited list against the articles that use it: ids are unique, and a category still
 * in use cannot be removed (its articles would lose their topic). Gives the problems as field
 * errors, none when the list can be saved.
 */
export function listProblems(
  next: readonly Category[],
  inUse: ReadonlyMap<string, number>,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  next.forEach((c, i) => {
    if (seen.has(c.id)) problems.push({ field: `categories.${i}.id`, message: `"${c.id}" is listed twice` });
    seen.add(c.id);
  });
  for (const [id, count] of inUse) {
    if (!seen.has(id))
      problems.push({
        field: 'categories',
        message: `"${id}" is used by ${count} article(s): move them to another category before removing it`,
      });
  }
  return problems;
}
