/** FAQ search: pure domain logic over published articles, no I/O. */
export { buildSearchEngine, loadSearchEngine } from './engine.js';
export { withResultCache } from './result-cache.js';
export { defaultSynonyms } from './default-synonyms.js';
export { foldText } from '../../../text/fold.js';
export { normaliseQuery } from './normalise.js';
export { tokenise } from './tokenise.js';
export { markdownToText } from './markdown.js';
export { escapeHtml } from '../../../commons/html.js';
export type {
  Locale,
  SearchableArticle,
  SearchEngine,
  SearchHit,
  SearchOptions,
  Suggestion,
  Synonyms,
} from './types.js';
