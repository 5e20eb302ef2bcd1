import { describe, expect, it } from 'vitest';
import { foldMarks, foldText } from '../../../functions/text/fold.js';

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

describe('Function: foldMarks', () => {
  it('should fold German umlauts to the plain vowel in every locale, as the chatbot and search both see them', () => {
    // Prepare / Act / Assess
    expect(foldMarks('Rückgabe für Bücher')).toBe('Ruckgabe fur Bucher');
    expect(foldMarks('đơn hàng')).toBe('don hang');
    expect(foldMarks('plain ascii')).toBe('plain ascii');
  });
});
