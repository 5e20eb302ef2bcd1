import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../../../functions/faq/domain/search/index.js';

describe('Function: tokenise', () => {
  it('should drop English stopwords and stem the rest', () => {
    // Prepare
    const text = 'How do I return the damaged items?';
    // Act
    const terms = tokenise(text, 'en');
    // Assess
    expect(terms).toEqual(['return', 'damag', 'item']);
  });

  it('should index hyphenated words as parts and as one word', () => {
    // Prepare / Act
    const terms = tokenise('E-mail address', 'en');
    // Assess
    expect(terms).toContain('email');
    expect(terms).toContain('mail');
  });

  it('should drop German stopwords and fold umlauts before stemming', () => {
    // Prepare / Act
    const withUmlaut = tokenise('Wie kann ich meine Rücksendung verfolgen?', 'de');
    const transliterated = tokenise('wie kann ich meine Ruecksendung verfolgen', 'de');
    // Assess
    expect(withUmlaut).toEqual(['rucksend', 'verfolg']);
    expect(transliterated).toEqual(withUmlaut);
  });

  it('should give Vietnamese with and without accents the same syllables and pairs', () => {
    // Prepare / Act
    const accented = tokenise('Làm thế nào để đổi trả hàng?', 'vi');
    const plain = tokenise('doi tra hang', 'vi');
    // Assess
    expect(accented).toEqual(['doi', 'doi_tra', 'tra', 'tra_hang', 'hang']);
    expect(plain).toEqual(accented);
  });

  it('should keep a Vietnamese content word whose unaccented form is ambiguous', () => {
    // Prepare / Act
    const terms = tokenise('thẻ tín dụng', 'vi');
    // Assess: "thẻ" (card) folds like the stopword "thế" but must stay
    expect(terms).toContain('the');
  });

  it('should cut Chinese into bigrams then distinct characters, without function words, in one script', () => {
    // Prepare / Act
    const simplified = tokenise('我的订单在哪里', 'zh');
    const traditional = tokenise('我的訂單在哪裡', 'zh');
    // Assess
    expect(simplified).toEqual(['订单', '单在', '订', '单', '在']);
    expect(traditional).toEqual(simplified);
  });

  it('should split Latin words from adjoining Chinese characters', () => {
    // Prepare / Act
    const terms = tokenise('okta单点登录', 'zh');
    // Assess
    expect(terms.slice(0, 4)).toEqual(['okta', '单点', '点登', '登录']);
  });

  it('should keep a lone Chinese character as a unigram', () => {
    // Prepare / Act / Assess
    expect(tokenise('退', 'zh')).toEqual(['退']);
  });
});
