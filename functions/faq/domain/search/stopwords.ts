import type { Locale } from '../../../../locales/registry';
import { foldWord } from '../../../text/fold.js';

// Words that carry no topic in a help-centre question. Kept short on purpose: "not", "no",
// "without", "never" and question words like "when"/"where" stay out (they change the meaning).
const EN = `a an the and or but if of to in on at by for from with about into over as is are was were be
been being am do does did doing have has had having i me my mine we us our you your he she it its they
them their this that these those there here what which who whom how can could would should will shall
may might must just so very too also please hi hello thanks thank get got any some much many`;

const DE = `der die das den dem des ein eine einen einem einer eines und oder aber wenn als ob zu zum zur im in
an am auf aus bei mit nach von vom vor fur uber um durch ist sind war waren bin bist sein seid wird werden
wurde habe hast hat haben hatte ich mich mir mein meine meinen meinem meiner du dich dir dein deine wir uns
unser unsere ihr euch sie ihnen ihre ihrem ihren es er man wie was wer welche welcher welches kann konnen
konnte muss mussen soll sollte darf mochte will bitte hallo danke auch noch schon doch mal so sehr denn dass
da hier dort gibt`;

// Vietnamese stopwords are checked on the accented form: folded, many collide with content words
// ("thế" how vs "thẻ" card both fold to "the").
const VI = `tôi của là và có được cho với các những một này đó khi thì mà để làm thế nào sao gì bạn mình
em anh chị ở tại trong ra vào đã đang sẽ rồi cũng nếu hay hoặc ạ nhé không vậy xin chào cảm ơn giúp`;
// Folded forms safe to drop when a customer types without accents: none is also a common content word.
const VI_FOLDED_SAFE = `de toi cua va nhung mot nay khi thi lam nao sao ban minh cung neu hoac nhe vay xin chao giup duoc`;

// Chinese function words removed from a run before it is cut into bigrams; longest first.
export const ZH_STOP_PHRASES = [
  '为什么',
  '怎么样',
  '请问',
  '怎么',
  '如何',
  '什么',
  '怎样',
  '可以',
  '是否',
  '能否',
  '一下',
  '我们',
  '你们',
  '我想',
  '我要',
  '需要',
  '哪里',
  '这个',
  '那个',
  '已经',
  '还是',
  '没有',
];
/** Single Chinese characters that split a run (particles and pronouns). */
export const ZH_SPLIT_CHARS = /[的了吗呢吧啊呀么我你您他她它是和与或就都也把被给]/gu;

const toSet = (list: string, locale: Locale) =>
  new Set(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => foldWord(w, locale)),
  );

const STOP: Record<Exclude<Locale, 'zh'>, Set<string>> = {
  en: toSet(EN, 'en'),
  de: toSet(DE, 'de'),
  vi: new Set(VI.split(/\s+/).filter(Boolean)),
};
const VI_SAFE = new Set(VI_FOLDED_SAFE.split(/\s+/));

/**
 * Whether a word is a stopword. `raw` is the lower-case word as written, `folded` its folded form.
 */
export function isStopword(raw: string, folded: string, locale: Locale): boolean {
  switch (locale) {
    case 'vi':
      return STOP.vi.has(raw) || (raw === folded && VI_SAFE.has(folded));
    case 'zh':
      return STOP.en.has(folded);
    default:
      return STOP[locale].has(folded);
  }
}
