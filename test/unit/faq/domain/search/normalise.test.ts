import { describe, expect, it } from 'vitest';
import { foldText, normaliseQuery } from '../../../../../functions/faq/domain/search/index.js';

describe('Function: foldText', () => {
  it('should lower-case English and drop apostrophes inside words', () => {
    // Prepare
    const text = "The Customer's ORDER";
    // Act
    const folded = foldText(text, 'en');
    // Assess
    expect(folded).toBe('the customers order');
  });

  it('should fold German umlauts, their ae/oe/ue spellings and plain vowels to one form', () => {
    // Prepare
    const spellings = ['Rückgabe', 'Rueckgabe', 'Ruckgabe'];
    // Act
    const folded = spellings.map((s) => foldText(s, 'de'));
    // Assess
    expect(new Set(folded)).toEqual(new Set(['ruckgabe']));
    expect(foldText('Straße', 'de')).toBe(foldText('Strasse', 'de'));
  });

  it('should remove Vietnamese diacritics including đ', () => {
    // Prepare
    const text = 'Đổi trả hàng';
    // Act
    const folded = foldText(text, 'vi');
    // Assess
    expect(folded).toBe('doi tra hang');
  });

  it('should fold Traditional Chinese to Simplified', () => {
    // Prepare
    const traditional = '如何申請退貨？';
    // Act
    const folded = foldText(traditional, 'zh');
    // Assess
    expect(folded).toBe('如何申请退货？');
    expect(foldText('帳戶', 'zh')).toBe(foldText('账户', 'zh'));
  });
});

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
