/**
 * Help-centre URLs, in one place for the FAQ pages to agree with.
 * The help pages (FAQ engineer) read `?q=` on /[locale]/help/ and `?slug=` on /[locale]/help/article/.
 */
/** The help search page; `fromPortal` marks words the portal chose (not counted as a person's search). */
export const helpSearchHref = (locale: string, q = '', fromPortal = false): string =>
  `/${locale}/help/${q ? `?q=${encodeURIComponent(q)}${fromPortal ? '&from=portal' : ''}` : ''}`;

export const helpArticleHref = (locale: string, slug: string): string =>
  `/${locale}/help/article/?slug=${encodeURIComponent(slug)}`;
