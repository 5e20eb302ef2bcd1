import type { AppDeps } from '../env';
import { categoryList } from './categories-service';
import { faqSearchOf } from './search-service';

/**
 * The revision of what the public FAQ reads show on this instance: the search revision (every
 * publish, unpublish, delete and synonym change moves it) and the category list's version (names).
 * The site asks with it as `rev`, so each of these changes gives every cache key a new value.
 */
export async function publicRevision(deps: AppDeps): Promise<string> {
  const [{ revision }, { version }] = await Promise.all([faqSearchOf(deps).current(), categoryList(deps)]);
  return `${revision}.${version}`;
}
