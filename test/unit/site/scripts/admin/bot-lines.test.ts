import { describe, expect, it } from 'vitest';
import {
  linesOf,
  linesToTexts,
  patternsToText,
  textsToLines,
  textToPatterns,
} from '../../../../../site/src/scripts/admin/bot-lines';

describe('Function: patternsToText / textToPatterns', () => {
  it('should round-trip pattern groups through weighted lines', () => {
    // Prepare
    const groups = [
      { w: 2, p: ['where _ @order', 'track*'] },
      { w: -1.5, p: ['weather'] },
      { w: 3, p: ['parcel'] },
    ];

    // Act
    const text = patternsToText(groups);

    // Assess
    expect(text).toBe('2 where _ @order\n2 track*\n-1.5 weather\n3 parcel');
    expect(textToPatterns(text)).toEqual({ groups });
  });

  it('should skip blank lines and name the first line without a weight', () => {
    // Assess
    expect(textToPatterns('\n  2 hello  \n\n')).toEqual({ groups: [{ w: 2, p: ['hello'] }] });
    expect(textToPatterns('2 hello\nhello again')).toEqual({ badLine: 2 });
    expect(textToPatterns('2')).toEqual({ badLine: 1 });
  });
});

describe('Function: linesToTexts / textsToLines', () => {
  it('should keep one reply as a text and several as alternatives', () => {
    // Assess
    expect(linesToTexts('Hello!')).toBe('Hello!');
    expect(linesToTexts('Hi\n\n Hello ')).toEqual(['Hi', 'Hello']);
    expect(linesToTexts('  \n')).toBeUndefined();
    expect(textsToLines(['Hi', 'Hello'])).toBe('Hi\nHello');
    expect(textsToLines('Hi')).toBe('Hi');
    expect(textsToLines(undefined)).toBe('');
    expect(linesOf(' a \n\nb')).toEqual(['a', 'b']);
  });
});
