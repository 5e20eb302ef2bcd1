import type { Locale } from '../../locales/registry';
import { BadRequest, Conflict } from '../commons/errors';
import { perApp } from '../commons/lazy';
import type { Config } from '../config';
import type { AppDeps } from '../env';
import { categoryName, defaultCategories, listProblems, type Category, type CategoryList } from './domain/categories';
import type { FaqStore } from './store';

/**
 * The managed category list this instance names topics with: the admins' saved list, else the
 * starting list from the language packs. Read again every few seconds (a save elsewhere shows
 * within SEARCH_REVISION_CHECK_MS), at once after a save here.
 */
function createCategories(store: FaqStore, config: Pick<Config, 'SEARCH_REVISION_CHECK_MS'>) {
  let cached: { list: CategoryList; at: number } | undefined;
  return {
    async current(): Promise<CategoryList> {
      if (cached && Date.now() - cached.at < config.SEARCH_REVISION_CHECK_MS) return cached.list;
      const list = (await store.categories()) ?? defaultCategories();
      cached = { list, at: Date.now() };
      return list;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

const categoriesOf = perApp((deps: AppDeps) => createCategories(deps.stores.faq, deps.config));

/** The managed list. */
export const categoryList = (deps: AppDeps) => categoriesOf(deps).current();

/** Public topics: the search engine's counts with each category's name in `locale`. */
export async function namedTopics(deps: AppDeps, counts: { category: string; count: number }[], locale: Locale) {
  const { categories } = await categoryList(deps);
  return counts.map((c) => ({ ...c, name: categoryName(categories, c.category, locale) }));
}

/** Articles per category id over every locale (deleted articles do not count). */
async function usage(deps: AppDeps): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const head of await deps.stores.faq.listHeads())
    if (!head.deleted) counts.set(head.category, (counts.get(head.category) ?? 0) + 1);
  return counts;
}

/**
 * The list for the console: each category with how many articles use it, and the ids articles
 * use that the list does not name yet (from an import or the API), so an admin can name them.
 */
export async function categoriesForAdmin(deps: AppDeps) {
  const [list, used] = await Promise.all([categoryList(deps), usage(deps)]);
  const listed = new Set(list.categories.map((c) => c.id));
  return {
    version: list.version,
    categories: list.categories.map((c) => ({ ...c, articles: used.get(c.id) ?? 0 })),
    unlisted: [...used].filter(([id]) => !listed.has(id)).map(([id, articles]) => ({ id, articles })),
  };
}

/**
 * Saves the edited list over `expected` (412 when someone saved since). A duplicate id is a 400;
 * removing a category articles still use is a 409 naming it.
 */
export async function saveCategoryList(deps: AppDeps, categories: Category[], expected: number, by: string) {
  const problems = listProblems(categories, await usage(deps));
  const duplicates = problems.filter((p) => p.field !== 'categories');
  if (duplicates.length) throw new BadRequest(duplicates[0]!.message, { errors: duplicates });
  if (problems.length) throw new Conflict(problems.map((p) => p.message).join('; '));
  const saved = await deps.stores.faq.saveCategories(categories, expected, by, deps.now());
  categoriesOf(deps).invalidate();
  return saved;
}
