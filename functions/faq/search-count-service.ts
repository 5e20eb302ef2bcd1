import type { Locale } from '../../locales/registry';
import { redact } from '../commons/redact';
import type { AppDeps } from '../env';
import { recordSearchVisit } from '../insights/deflection-service';
import { recordSearch } from '../insights/service';
import { faqSearchOf, searchModule } from './search-service';

/**
 * A person's searches in the search insights: the words as the insights key them (personal data
 * redacted, then normalised), with what this instance found for them. The one way both the search
 * route (`tally=server`) and the report of cached searches count one.
 */
async function countSearch(deps: AppDeps, locale: Locale, q: string, found: number) {
  recordSearch(deps, locale, (await searchModule()).normaliseQuery(redact(q), locale), found);
}

/** A search counted where it was answered; its help visit, when it names one and has words. */
export async function countAnsweredSearch(
  deps: AppDeps,
  search: { q: string; locale: Locale; visit?: string },
  found: number,
) {
  await countSearch(deps, search.locale, search.q, found);
  if (search.q && search.visit) await recordSearchVisit(deps, search.visit);
}

/**
 * Searches a browser reports after CloudFront answered them. The result counts are this
 * instance's own (each search runs again, in memory): a report names what was typed, never what
 * it found, so "searches that found nothing" stay true.
 */
export async function countReportedSearches(
  deps: AppDeps,
  searches: { q: string; locale: Locale; category?: string }[],
  visit: string | undefined,
) {
  const { engine } = await faqSearchOf(deps).current();
  for (const { q, locale, category } of searches)
    await countSearch(deps, locale, q, engine.search(q, { locale, category, limit: 1 }).total);
  if (visit) await recordSearchVisit(deps, visit);
}
