const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** A link or image target: anything up to `)`, with one level of balanced parentheses inside. */
const TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(String.raw`!\[([^\][]*)\]${TARGET}`, 'g');
const LINK = new RegExp(String.raw`\[([^\][]+)\]${TARGET}`, 'g');

/**
 * Reduces FAQ markdown to the plain text a reader sees: link and image text kept, URLs, markup,
 * HTML tags and list markers dropped, whitespace collapsed. Good enough for snippets and indexing;
 * rendering for display goes through the full markdown pipeline elsewhere.
 *
 * Linear in the length whatever the input (it runs over every published answer when the search
 * index is built): no pattern scans past the next delimiter it could stop at, line-anchored
 * patterns stay on their line, and fences and comments are found with indexOf.
 *
 * @example markdownToText('See **[our policy](/returns)**.') // 'See our policy.'
 */
export function markdownToText(markdown: string): string {
  let s = between(unfence(markdown), '<!--', '-->', () => ' ');
  // Each step runs only when its marker character is in the text: most answers use a few kinds
  // of markup, and the index build runs this over every published answer.
  const has = (c: string) => s.includes(c);
  // Within a kind, each pattern runs only when the literal it cannot match without is there
  // (the same text out, whatever the input): an answer with links rarely has images or
  // reference definitions, and once bold is gone, most answers hold no '*' or '_' left to italicise.
  if (has('[')) {
    if (has('![')) s = s.replace(IMAGE, '$1');
    s = s.replace(LINK, '$1');
    if (has('][')) s = s.replace(/\[([^\][]+)\]\[[^\][]*\]/g, '$1');
    if (has(']:')) s = s.replace(/^[ \t]*\[[^\][\n]+\]:[ \t]*\S+.*$/gm, ' ');
  }
  if (has('<')) s = s.replace(/<(https?:[^<>\s]+)>/g, '$1').replace(/<\/?[a-zA-Z][^<>]*>/g, ' ');
  if (has('#') || has('>')) s = s.replace(/^[ \t]{0,3}(#{1,6}|>+)[ \t]?/gm, '');
  s = s.replace(/^[ \t]*([-*+]|\d+[.)])(?:[ \t]+|$)/gm, '');
  if (has('-') || has('*') || has('_')) s = s.replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, ' ');
  if (has('|')) {
    s = s
      .replace(/^[ \t|:-]*$/gm, (line) => (line.includes('|') && line.includes('-') ? ' ' : line))
      .replace(/\|/g, ' ');
  }
  if (has('**') || has('__') || has('~~')) s = s.replace(/(\*\*|__|~~)(?=\S)((?:(?!\1)[\s\S])*?\S)\1/g, '$2');
  if (has('*') || has('_')) s = s.replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3');
  if (has('`')) s = s.replace(/`([^`]*)`/g, '$1');
  if (has('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
  if (has('&')) s = s.replace(/&(#39|[a-z]+);/g, (e, name: string) => ENTITIES[name] ?? e);
  // Runs of whitespace become one space; a lone space, by far the commonest, is left as it is.
  return s.replace(/[^\S ]\s*| \s+/g, ' ').trim();
}

/** Fenced code (```lang\n...```) kept as its content; an unclosed fence is left as it is. */
function unfence(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('```', from);
    const newline = open < 0 ? -1 : text.indexOf('\n', open + 3);
    const close = newline < 0 ? -1 : text.indexOf('```', newline + 1);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open) + text.slice(newline + 1, close);
    from = close + 3;
  }
}

/** Replaces each `start`...`end` span (shortest, left to right); an unclosed one is left as it is. */
function between(text: string, start: string, end: string, replace: (inner: string) => string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf(start, from);
    const close = open < 0 ? -1 : text.indexOf(end, open + start.length);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open) + replace(text.slice(open + start.length, close));
    from = close + end.length;
  }
}
