import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../../../../functions/faq/domain/search/index.js';

describe('Function: normaliseQuery', () => {
  it('should fold, drop punctuation and collapse whitespace', () => {
    // Prepare
    const q = '  Wo ist mein PAKET?? ';
    // Act
    const normalised = normaliseQuery(q, 'de');
    // Assess
    expect(normalised).toBe('wo ist mein paket');
  });

  it('should give Simplified and Traditional queries the same form', () => {
    // Prepare / Act
    const forms = [normaliseQuery('退貨 運費', 'zh'), normaliseQuery('退货  运费', 'zh')];
    // Assess
    expect(forms[0]).toBe(forms[1]);
  });
});
