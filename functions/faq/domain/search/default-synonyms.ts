import { searchText } from '../../../../locales/packs';
import { perLocale } from '../../../../locales/registry';
import type { Synonyms } from './types.js';

/**
 * Starter synonym groups for a help centre, from each language pack (`locales/<code>/search.ts`):
 * online-shop vocabulary first, then general banking, telecom, software-subscription and travel
 * terms, so a knowledge base beyond the shop starts useful. Admins edit these; the engine takes
 * whatever table it is given.
 */
export const defaultSynonyms: Synonyms = perLocale((locale) => searchText(locale).synonyms);
