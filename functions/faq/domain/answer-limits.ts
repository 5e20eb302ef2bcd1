import { BadRequest } from '../../commons/errors';

/**
 * Bounds on what an answer may be, so rendering it (marked + sanitize-html, at save, preview,
 * publish and import) stays small and can never freeze the process or overflow the stack.
 *
 * - `maxChars` caps the size, so every linear cost is small (a 20,000-character answer renders
 *   in well under 100 ms whatever it holds, once the two checks below pass).
 * - `maxNesting` caps quotes and lists inside each other: marked recurses once per level (a few
 *   thousand levels overflow the stack) and re-reads the content at each level.
 * - Emphasis delimiters (`*`, `_`, `~`) are the one super-linear case left in marked: each one
 *   that does not pair scans the rest of its paragraph, so `_a*` x 6,666 took 4.4 s. The work is
 *   at most (delimiters in a paragraph) x (its length), summed over paragraphs, and that is
 *   capped by {@link EMPHASIS_WORK_BUDGET}.
 *
 * All of this is a linear pre-check with no markdown library, cheap enough for zod schemas; the
 * renderer (render.ts) also measures the exact nesting on marked's tokens.
 */
export interface AnswerLimits {
  /** Characters (UTF-16 code units, as zod and a textarea count them). */
  maxChars: number;
  /** Quotes and lists inside one another. */
  maxNesting: number;
}

export const DEFAULT_ANSWER_LIMITS: AnswerLimits = { maxChars: 20_000, maxNesting: 8 };
/** Ceilings an operator may raise the limits to (the table holds an answer three times over). */
export const ANSWER_LIMIT_CEILINGS: AnswerLimits = { maxChars: 50_000, maxNesting: 32 };
/**
 * Delimiter x paragraph-length units one answer may cost; measured at 8-15 ns a unit on the
 * worst inputs, so about 60 ms at most. Ordinary answers use a few percent of it.
 */
export const EMPHASIS_WORK_BUDGET = 4_000_000;

/** The limits from the environment (`MAX_ANSWER_CHARS`, `MAX_ANSWER_NESTING`); a bad value is an error at start. */
export function answerLimitsFrom(env: Record<string, string | undefined>): AnswerLimits {
  const read = (name: string, fallback: number, ceiling: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > ceiling)
      throw new Error(`${name} must be a whole number from 1 to ${ceiling} (got "${raw}")`);
    return value;
  };
  return {
    maxChars: read('MAX_ANSWER_CHARS', DEFAULT_ANSWER_LIMITS.maxChars, ANSWER_LIMIT_CEILINGS.maxChars),
    maxNesting: read('MAX_ANSWER_NESTING', DEFAULT_ANSWER_LIMITS.maxNesting, ANSWER_LIMIT_CEILINGS.maxNesting),
  };
}

/** An answer that cannot be rendered within the limits; a 400 naming the field and the reason. */
export class UnrenderableAnswer extends BadRequest {
  constructor(reason: string, field = 'answer') {
    super(reason, { errors: [{ field, message: reason }] });
  }
}

const count = (n: number) => n.toLocaleString('en-US');

export const tooLong = (length: number, limits: AnswerLimits) =>
  `Answers are limited to ${count(limits.maxChars)} characters (this one has ${count(length)})`;
export const tooDeep = (limits: AnswerLimits, where: string) =>
  `Quotes and lists can nest at most ${limits.maxNesting} levels deep; ${where}`;

/**
 * Why this answer cannot be rendered, or undefined when it is within the limits. Linear in the
 * length; stops early on the first problem.
 */
export function answerProblem(markdown: string, limits: AnswerLimits): string | undefined {
  if (markdown.length > limits.maxChars) return tooLong(markdown.length, limits);
  const ceiling = nestingCeiling(limits);
  const nesting = nestingEstimate(markdown, ceiling);
  if (nesting.markers > limits.maxNesting)
    return tooDeep(
      limits,
      `line ${nesting.markersLine} nests ${nesting.markers > ceiling ? `more than ${limits.maxNesting}` : nesting.markers}`,
    );
  if (nesting.depth > ceiling) return tooDeep(limits, `line ${nesting.depthLine} is indented deeper than that`);
  const emphasis = emphasisWork(markdown);
  if (emphasis.work > EMPHASIS_WORK_BUDGET)
    return (
      `Too much emphasis markup (*, _ or ~) to render in the paragraph at line ${emphasis.line}: ` +
      'escape the characters meant literally (\\*, \\_, \\~) or split the paragraph'
    );
  return undefined;
}

/** The estimate above which the pre-check refuses outright; below it the renderer measures exactly. */
export const nestingCeiling = (limits: AnswerLimits) => Math.max(16, limits.maxNesting * 4);

/**
 * An upper bound on how deeply quotes and lists nest, line by line, in one pass:
 *
 * - `markers`: quote (`>`) and list markers (`-`, `+`, `*`, `1.`, `1)`) opening the line: each
 *   opens one more level (a thematic break such as `* * *` is not a list);
 * - `depth`: those plus the levels the line's indentation could continue, at least two columns
 *   each (a nested list item sits at or past its parent's content), tabs counted as four.
 *
 * Counting stops once a line is past `cap`, so each line costs O(cap) plus its length.
 * @example nestingEstimate('- a\n  - b\n    > c', 99) // { depth: 3, depthLine: 3, markers: 1, markersLine: 1 }
 */
export function nestingEstimate(markdown: string, cap: number): Nesting {
  const most: Nesting = { depth: 0, depthLine: 0, markers: 0, markersLine: 0 };
  let lineNo = 0;
  for (let start = 0; start <= markdown.length && most.depth <= cap; ) {
    const newline = markdown.indexOf('\n', start);
    const end = newline === -1 ? markdown.length : newline;
    lineNo++;
    const { depth, markers } = lineNesting(markdown, start, end, cap);
    if (markers > most.markers) Object.assign(most, { markers, markersLine: lineNo });
    if (markers && depth > most.depth) Object.assign(most, { depth, depthLine: lineNo });
    start = end + 1;
  }
  return most;
}

interface Nesting {
  depth: number;
  depthLine: number;
  markers: number;
  markersLine: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function lineNesting(text: string, start: number, end: number, cap: number) {
  let markers = 0;
  let extraColumns = 0;
  let p = start;
  while (p < end && markers + Math.floor(extraColumns / 2) <= cap) {
    let ws = 0;
    while (p < end && isSpace(text[p])) {
      ws += text[p] === '\t' ? 4 : 1;
      p++;
    }
    // The first column after a marker belongs to it; the rest could be an enclosing list's indentation.
    extraColumns += markers > 0 ? Math.max(0, ws - 1) : ws;
    if (p >= end) break;
    const c = text[p];
    if (c === '>') {
      markers++;
      p++;
      continue;
    }
    let after = -1;
    if ((c === '-' || c === '+' || c === '*') && (p + 1 === end || isSpace(text[p + 1]))) {
      if (c !== '+' && isThematicBreak(text, p, end)) break;
      after = p + 1;
    } else if (isDigit(c)) {
      let q = p;
      while (q < end && q - p < 9 && isDigit(text[q])) q++;
      if ((text[q] === '.' || text[q] === ')') && (q + 1 === end || isSpace(text[q + 1]))) after = q + 1;
    }
    if (after < 0) break;
    markers++;
    p = after;
  }
  return { depth: markers + Math.floor(extraColumns / 2), markers };
}

/** `---`, `* * *`, `_ _ _`: three or more of one of - * _ and nothing but spaces, to the end of the line. */
function isThematicBreak(text: string, from: number, end: number): boolean {
  const mark = text[from];
  let n = 0;
  for (let p = from; p < end; p++) {
    if (text[p] === mark) n++;
    else if (!isSpace(text[p])) return false;
  }
  return n >= 3;
}

/**
 * The emphasis work of an answer: for each stretch of lines marked may read as one run of inline
 * text, its unescaped `*`, `_` and `~` times its length, summed; and the line where the heaviest
 * stretch starts. A stretch ends at a blank line and before a line that certainly starts a new
 * block (an ATX heading, or a non-empty bullet or `1.` item within three spaces, after any `>`).
 * That over-counts (code spans, lines a stricter split would separate), never under-counts.
 * @example emphasisWork('**a**\n\n_b_') // { work: 4 * 5 + 2 * 3, line: 1 }
 */
export function emphasisWork(markdown: string): { work: number; line: number } {
  let work = 0;
  let heaviest = { work: 0, line: 0 };
  let chunk = { delimiters: 0, length: 0, line: 1 };
  const close = () => {
    const cost = chunk.delimiters * chunk.length;
    work += cost;
    if (cost > heaviest.work) heaviest = { work: cost, line: chunk.line };
  };
  let lineNo = 0;
  for (let start = 0; start <= markdown.length; ) {
    const newline = markdown.indexOf('\n', start);
    const end = newline === -1 ? markdown.length : newline;
    lineNo++;
    if (isBlank(markdown, start, end)) {
      close();
      chunk = { delimiters: 0, length: 0, line: lineNo + 1 };
    } else {
      if (chunk.length && startsBlock(markdown, start, end)) {
        close();
        chunk = { delimiters: 0, length: 0, line: lineNo };
      }
      chunk.length += end - start + (chunk.length ? 1 : 0);
      chunk.delimiters += delimitersIn(markdown, start, end);
    }
    start = end + 1;
  }
  close();
  return { work, line: heaviest.line };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (!isSpace(text[p]) && text[p] !== '\r') return false;
  return true;
}

function delimitersIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let p = start; p < end; p++) {
    const c = text[p];
    if (c === '\\') p++;
    else if (c === '*' || c === '_' || c === '~') n++;
  }
  return n;
}

/** A heading or a non-empty bullet / `1.` list item, which ends any paragraph before it. */
function startsBlock(text: string, start: number, end: number): boolean {
  let p = start;
  // Quote markers: a block start inside a quote ends the quote's paragraph too.
  for (;;) {
    let q = p;
    while (q < end && q - p < 3 && text[q] === ' ') q++;
    if (text[q] !== '>' || q >= end) break;
    p = q + 1;
    if (text[p] === ' ') p++;
  }
  let q = p;
  while (q < end && q - p < 3 && text[q] === ' ') q++;
  const c = text[q];
  if (c === '#') {
    let h = q;
    while (h < end && text[h] === '#') h++;
    return h - q <= 6 && (h === end || isSpace(text[h]));
  }
  let after = -1;
  if (c === '-' || c === '+' || c === '*') after = q + 1;
  else if (c === '1' && (text[q + 1] === '.' || text[q + 1] === ')')) after = q + 2;
  if (after < 0 || after >= end || !isSpace(text[after])) return false;
  while (after < end && isSpace(text[after])) after++;
  return after < end;
}
