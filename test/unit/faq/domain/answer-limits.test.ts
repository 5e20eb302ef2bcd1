import { describe, expect, it } from 'vitest';
import {
  answerLimitsFrom,
  answerProblem,
  DEFAULT_ANSWER_LIMITS,
  EMPHASIS_WORK_BUDGET,
  emphasisWork,
  nestingEstimate,
} from '../../../../functions/faq/domain/answer-limits';

const limits = DEFAULT_ANSWER_LIMITS;
const timed = <T>(fn: () => T) => {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
};

const ORDINARY = [
  '## Returns',
  '',
  'You can return **most items** within _30 days_. See [our policy](https://shop.example/returns).',
  '',
  '> **Note:** sale items are final.',
  '> > Quoted from the terms.',
  '',
  '1. Open **Orders**.',
  '2. Choose *Return*:',
  '   - pick the item',
  '     - and the reason',
  '',
  '| Item | Days |',
  '| ---- | ---- |',
  '| **Shoes** | 30 |',
  '',
  '* * *',
  '',
  '```',
  'SELECT * FROM orders WHERE a * b > 2;',
  '```',
].join('\n');

describe('Function: answerProblem', () => {
  it('should accept an ordinary answer with quotes, lists, tables, code and emphasis', () => {
    // Act / Assess
    expect(answerProblem(ORDINARY, limits)).toBeUndefined();
  });

  it('should refuse an answer longer than the limit, naming it', () => {
    // Act
    const problem = answerProblem('x'.repeat(20_001), limits);

    // Assess
    expect(problem).toMatch(/20,000 characters/);
  });

  it.each<[string, string]>([
    ["'>' x 20,000", '>'.repeat(20_000)],
    ["'> ' x 9", `${'> '.repeat(9)}deep`],
    ["'- ' x 9", `${'- '.repeat(9)}deep`],
    ["'1. ' x 5,000", '1. '.repeat(5000)],
    ["'+ > ' x 5", `${'+ > '.repeat(5)}deep`],
    ['one more quote per line', Array.from({ length: 12 }, (_, i) => `${'>'.repeat(i + 1)} line`).join('\n')],
    [
      'lists indented ever deeper',
      Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n'),
    ],
  ])('should refuse %s as nested too deeply', (_what, markdown) => {
    // Act
    const problem = answerProblem(markdown, limits);

    // Assess
    expect(problem).toMatch(/nest/i);
    expect(problem).toMatch(/8 levels/);
  });

  it.each<[string, string]>([
    ["'_a*' x 6,666", '_a*'.repeat(6_666)],
    ["'*a_' x 6,000", '*a_'.repeat(6_000)],
    ['nested strong', `${'**a '.repeat(2000)}b${' c**'.repeat(2000)}`],
    ['nested strikethrough', `${'~~a '.repeat(2000)}b${' c~~'.repeat(2000)}`],
  ])('should refuse %s as too much emphasis markup', (_what, markdown) => {
    // Act
    const problem = answerProblem(markdown, limits);

    // Assess
    expect(problem).toMatch(/emphasis/i);
  });

  it('should allow eight levels of nesting and a thematic break of many dashes', () => {
    // Prepare
    const eight = Array.from({ length: 8 }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');

    // Act / Assess
    expect(answerProblem(eight, limits)).toBeUndefined();
    expect(answerProblem(`${'> '.repeat(8)}eight`, limits)).toBeUndefined();
    expect(answerProblem(`Above\n\n${'- '.repeat(30)}\n\nBelow`, limits)).toBeUndefined();
  });

  it('should allow plenty of emphasis spread over list items and paragraphs', () => {
    // Prepare: 300 bold list items, then 40 paragraphs with ten emphasised words each
    const items = Array.from({ length: 300 }, (_, i) => `- **Item ${i}**: _a short_ description`).join('\n');
    const paragraphs = Array.from({ length: 40 }, () => '**bold** and _it_ '.repeat(5)).join('\n\n');
    const answer = `${items}\n\n${paragraphs}`.slice(0, 20_000);

    // Act / Assess
    expect(answerProblem(answer, limits)).toBeUndefined();
  });

  it('should not count escaped delimiters as emphasis', () => {
    // Act / Assess
    expect(emphasisWork('\\*\\_\\~'.repeat(3000)).work).toBe(0);
    expect(answerProblem('\\_a\\*'.repeat(4000), limits)).toBeUndefined();
  });

  it('should check a 50,000-character answer in linear time, whatever it holds', () => {
    // Prepare
    const hostile = ['_a*'.repeat(16_666), '> '.repeat(25_000), '+ '.repeat(25_000), ' \n'.repeat(25_000)];

    // Act
    const runs = hostile.map((markdown) => timed(() => answerProblem(markdown, { ...limits, maxChars: 50_000 })));

    // Assess
    expect(runs.map((run) => run.value === undefined)).toEqual([false, false, false, true]);
    for (const run of runs) expect(run.ms).toBeLessThan(250);
  });
});

describe('Function: nestingEstimate', () => {
  it('should count quote and list markers at the start of a line, and the indentation that nests lists', () => {
    // Act / Assess
    expect(nestingEstimate('> > - a', 99).depth).toBe(3);
    expect(nestingEstimate('plain\n>>> three', 99)).toMatchObject({ depth: 3, markers: 3, markersLine: 2 });
    expect(nestingEstimate('- a\n  - b\n    - c', 99).depth).toBe(3);
    expect(nestingEstimate('* * *', 99).depth).toBe(0);
    expect(nestingEstimate('- * * *', 99).depth).toBe(1);
  });

  it('should stop counting once past the cap', () => {
    // Act / Assess
    expect(nestingEstimate('>'.repeat(20_000), 8).depth).toBe(9);
  });
});

describe('Function: emphasisWork', () => {
  it('should weigh delimiters by the length of the paragraph they are in', () => {
    // Act / Assess
    expect(emphasisWork('**a**').work).toBe(4 * 5);
    expect(emphasisWork('**a**\n\n**a**').work).toBe(2 * 4 * 5);
    expect(emphasisWork('- **a**\n- **a**').work).toBe(2 * 4 * 7);
    expect(emphasisWork('_a*'.repeat(6_666)).work).toBeGreaterThan(EMPHASIS_WORK_BUDGET);
  });
});

describe('Function: answerLimitsFrom', () => {
  it('should read MAX_ANSWER_CHARS and MAX_ANSWER_NESTING, with defaults', () => {
    // Act / Assess
    expect(answerLimitsFrom({})).toEqual({ maxChars: 20_000, maxNesting: 8 });
    expect(answerLimitsFrom({ MAX_ANSWER_CHARS: '5000', MAX_ANSWER_NESTING: '4' })).toEqual({
      maxChars: 5000,
      maxNesting: 4,
    });
  });

  it.each([
    ['MAX_ANSWER_CHARS', '0'],
    ['MAX_ANSWER_CHARS', 'lots'],
    ['MAX_ANSWER_CHARS', '50001'],
    ['MAX_ANSWER_NESTING', '1.5'],
    ['MAX_ANSWER_NESTING', '33'],
  ])('should refuse %s=%s', (name, value) => {
    // Act / Assess
    expect(() => answerLimitsFrom({ [name]: value })).toThrow(name);
  });
});
