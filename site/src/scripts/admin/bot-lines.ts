/**
 * The per-intent rules editor's text forms, pure: pattern groups as "weight pattern" lines,
 * examples and reply alternatives one per line.
 */

export interface PatternGroup {
  w: number;
  p: string[];
}

/** Groups as lines, e.g. `2 where _ @order`; a group of three patterns is three lines with its weight. */
export function patternsToText(groups: readonly PatternGroup[] = []): string {
  return groups.flatMap((g) => g.p.map((p) => `${g.w} ${p}`)).join('\n');
}

const LINE = /^(-?\d+(?:\.\d+)?)\s+(\S.*)$/;

/**
 * Lines back to groups: consecutive lines of one weight form a group (the same scores as any
 * other grouping). Blank lines are skipped; a line without a leading weight is an error naming it.
 */
export function textToPatterns(text: string): { groups: PatternGroup[] } | { badLine: number } {
  const groups: PatternGroup[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const match = LINE.exec(line);
    if (!match) return { badLine: i + 1 };
    const w = Number(match[1]);
    const last = groups.at(-1);
    if (last && last.w === w) last.p.push(match[2]!.trim());
    else groups.push({ w, p: [match[2]!.trim()] });
  }
  return { groups };
}

/** Non-empty trimmed lines. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A reply's alternatives (one text or several) as lines. */
export const textsToLines = (texts: string | readonly string[] | undefined): string =>
  texts === undefined ? '' : typeof texts === 'string' ? texts : texts.join('\n');

/** Lines back to a reply: one line is a text, several are alternatives, none is nothing. */
export function linesToTexts(text: string): string | string[] | undefined {
  const lines = linesOf(text);
  if (lines.length === 0) return undefined;
  return lines.length === 1 ? lines[0]! : lines;
}
