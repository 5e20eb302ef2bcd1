/**
 * Help-centre URLs, in one place for the FAQ pages to agree with.
 * The help pages (FAQ engineer) read `?q=` on /[locale]/help/ and `?slug=` on /[locale]/help/article/.
 */
export const helpSearchHref = (locale: string, q = ''): string =>
  `/${locale}/help/${q ? `?q=${encodeURIComponent(q)}` : ''}`;

export const helpArticleHref = (locale: string, slug: string): string =>
  `/${locale}/help/article/?slug=${encodeURIComponent(slug)}`;
