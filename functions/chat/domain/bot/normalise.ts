import t2s from './han-t2s.json' with { type: 'json' };

/**
 * Traditional -> Simplified Chinese, one character at a time (built lazily from the OpenCC table).
 * The map is idempotent: a character that is itself a Simplified target (么, the target of 麼) is
 * never mapped again (OpenCC also lists 么 -> 幺), so pattern text and user text, folded once
 * each, always agree.
 */
let hanMap: Map<string, string> | undefined;
function han(): Map<string, string> {
  if (!hanMap) {
    const pairs = new Map<string, string>();
    const chars = [...t2s.pairs];
    for (let i = 0; i + 1 < chars.length; i += 2) pairs.set(chars[i]!, chars[i + 1]!);
    const targets = new Set(pairs.values());
    hanMap = new Map([...pairs].filter(([from, to]) => from !== to && !targets.has(from)));
  }
  return hanMap;
}

const HAN = /\p{Script=Han}/u;
export const hasHan = (text: string) => HAN.test(text);

/** Folds Traditional Chinese characters to Simplified so one pattern matches both. */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const map = han();
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

// Social-media noise that says nothing about the request: links and @handles ("@ShopCo_Support"
// must not read as "support"). An @ inside a word is an email address and stays.
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const MENTION_RE = /(^|[^\p{L}\p{N}_.+-])@[\p{L}\p{N}_]+/gu;

/** Removes links and @mentions (keeps e-mail addresses). */
export function stripSocial(text: string): string {
  return text.replace(URL_RE, ' ').replace(MENTION_RE, '$1 ');
}

/**
 * Lowercase, NFKC, apostrophes dropped ("don't" -> "dont"), punctuation to spaces, single spaced,
 * padded with one space each side so patterns can anchor on word boundaries.
 * @example basicNormalise("Where's my ORDER?!") // " wheres my order "
 */
export function basicNormalise(text: string): string {
  const t = toSimplified(text.normalize('NFKC').toLowerCase())
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
  return ` ${t} `;
}

/**
 * Accent-insensitive copy: German umlauts to ae/oe/ue, ß to ss, Vietnamese đ to d, then every
 * combining mark removed. Pattern text and user text go through the same fold.
 * @example fold(" đơn hàng ") // " don hang "
 */
export function fold(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** Both forms the matcher needs. `folded` is what patterns are matched against. */
export interface Normalised {
  raw: string;
  text: string;
  folded: string;
  tokens: string[];
}

// English contractions after apostrophes are dropped ("where's" -> "wheres").
const CONTRACTIONS: Record<string, string> = {
  wheres: 'where is',
  whats: 'what is',
  hows: 'how is',
  whens: 'when is',
  whos: 'who is',
  thats: 'that is',
  hasnt: 'has not',
  havent: 'have not',
  hadnt: 'had not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  ive: 'i have',
  youre: 'you are',
  theyre: 'they are',
  weve: 'we have',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thank you',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
};

export function normalise(raw: string): Normalised {
  const text = basicNormalise(stripSocial(raw)).replace(
    / (?=\S)([a-z]+)(?= )/g,
    (_match, w: string) => ` ${CONTRACTIONS[w] ?? w}`,
  );
  const folded = fold(text);
  const tokens = folded.trim().split(' ').filter(Boolean);
  return { raw, text, folded, tokens };
}
