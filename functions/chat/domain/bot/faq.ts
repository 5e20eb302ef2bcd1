import { searchText } from '../../../../locales/packs';
import { stem } from '../../../text/stem.js';
import { DEFAULT_LOCALE, type Locale } from '../../../../locales/registry';
import type { BotPorts, FaqHit } from './types.js';
import type { CompiledRules } from './compile.js';
import { normalise } from './normalise.js';
import { detectLanguage } from './language.js';

// Words that say nothing about the topic; they must not count towards FAQ coverage.
const STOP = new Set(
  (
    'a an the i me my you your we our is are was be do does did can could would will to of in on for with at by ' +
    'and or it this that how what when where why who which please hi hello ich du sie der die das ein eine und ist mein meine wie was wo ' +
    'kann ich toi ban cua la co khong duoc minh'
  ).split(' '),
);
// Han characters that carry no topic (particles, pronouns, question words).
const HAN_STOP = new Set([...'的了吗呢吧啊呀我你您他她它们是在有和就都也还要想会能可以个这那什么怎么哪里吗么']);

/**
 * The units coverage counts: content words for spaced scripts; for Vietnamese, whose words are
 * several syllables long ("báo thức" alarm, "thức" alone is anything), adjacent syllable pairs;
 * for Han text, which has no spaces, adjacent character pairs of content characters.
 */
function units(s: string, locale: Locale): string[] {
  const n = normalise(s);
  if (/\p{Script=Han}/u.test(n.folded)) {
    const chars = [...n.folded.replace(/\s+/g, '')].filter((c) => /\p{Script=Han}/u.test(c));
    const content = chars.filter((c) => !HAN_STOP.has(c));
    if (content.length < 2) return content;
    return content.slice(1).map((c, i) => content[i]! + c);
  }
  if (searchText(locale).syllablePairs) {
    const t = n.tokens.filter((x) => !/^\d+$/.test(x));
    if (t.length >= 2) return t.slice(1).map((x, i) => `${t[i]} ${x}`);
  }
  return n.tokens.filter((t) => t.length > 1 && !STOP.has(t));
}

/** Snippets are HTML: matches wrapped in <mark>, entities escaped. */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? ' ',
    );

/** The searchable text of a hit, for containment checks. */
function haystack(hit: FaqHit): { words: string[]; text: string } {
  const n = normalise(`${hit.question} ${plain(hit.snippet)}`);
  return { words: n.tokens, text: ` ${n.tokens.join(' ')} ` };
}

// Same word up to a regular ending, by the shared stemmer: "refunds" ~ "refund", "delivered" ~
// "delivery". Stems must keep 4+ letters, so "mars" does not meet "marks".
const sameWord = (a: string, b: string, locale: Locale) =>
  a === b || (stem(a, locale).length >= 4 && stem(a, locale) === stem(b, locale));

/**
 * Share of the message's topic units (see `units`) found in the hit's question and snippet.
 * @example coverage('do you sell gift cards', hit) // 1 when the hit talks about gift cards
 */
export function coverage(
  message: string,
  hit: FaqHit,
  locale: Locale = detectLanguage(message, DEFAULT_LOCALE).locale,
): number {
  const want = units(message, locale);
  if (!want.length) return 0;
  const hay = haystack(hit);
  const han = /\p{Script=Han}/u.test(want[0]!);
  const found = want.filter((u) => {
    if (han || u.includes(' '))
      return hay.text.includes(han ? u : ` ${u} `) || (han && hay.text.replace(/\s+/g, '').includes(u));
    return hay.words.some((h) => sameWord(u, h, locale));
  }).length;
  return found / want.length;
}

/** True when a search hit is good enough to answer with: score and topic coverage both pass. */
export function goodHit(
  rules: CompiledRules,
  message: string,
  hit: FaqHit | undefined,
  relax = 0,
  locale?: Locale,
): hit is FaqHit {
  const t = rules.rules.thresholds;
  return !!hit && hit.score >= t.faqMinScore && coverage(message, hit, locale) >= t.faqMinCoverage - relax;
}

/** Asks the knowledge base, swallowing port failures (the bot must still answer). */
export async function searchFaq(ports: BotPorts, q: string, locale: Locale, limit: number): Promise<FaqHit[]> {
  try {
    return await ports.searchFaq(q, locale, limit);
  } catch {
    return [];
  }
}

export const looksLikeQuestion = (message: string) =>
  units(message, detectLanguage(message, DEFAULT_LOCALE).locale).length >= 2;
