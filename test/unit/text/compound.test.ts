import { describe, expect, it } from 'vitest';
import { compoundHead, splitCompound } from '../../../functions/text/compound.js';

const vocab = (...terms: string[]) => {
  const set = new Set(terms);
  return (t: string) => set.has(t);
};

describe('Function: splitCompound', () => {
  it('should split a German compound into parts the corpus knows', () => {
    expect(splitCompound('kopfschmerz', 'de', vocab('kopf', 'schmerz'))).toEqual(['kopf', 'schmerz']);
  });

  it('should drop a linking element between the parts', () => {
    expect(splitCompound('schwangerschaftsubelkeit', 'de', vocab('schwangerschaf', 'ubelkeit'))).toEqual([
      'schwangerschaf',
      'ubelkeit',
    ]);
  });

  it('should split three parts', () => {
    expect(splitCompound('unterbauchschmerz', 'de', vocab('unter', 'bauch', 'schmerz'))).toEqual([
      'unter',
      'bauch',
      'schmerz',
    ]);
  });

  it('should split an English closed compound', () => {
    expect(splitCompound('sunburn', 'en', vocab('sun', 'burn'))).toEqual(['sun', 'burn']);
  });

  it('should leave a word alone when a part is unknown', () => {
    expect(splitCompound('verstopf', 'de', vocab('stopf'))).toBeUndefined();
  });
});

describe('Function: compoundHead', () => {
  it('should find the known head of a compound with an unknown modifier', () => {
    expect(compoundHead('brechdurchfall', 'de', vocab('durchfall'))).toBe('durchfall');
  });
});
