import { foldMarks } from '../../../text/fold.js';
import { toSimplified } from '../../../text/han.js';

export { hasHan } from '../../../text/han.js';

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
 * Accent-insensitive copy, the shared fold (functions/text): "ü" -> "u", "ß" -> "ss", "đ" -> "d",
 * every combining mark removed. Pattern text and user text go through the same fold.
 * @example fold(" đơn hàng ") // " don hang "
 */
export const fold = foldMarks;

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
