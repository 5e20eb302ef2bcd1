import { describe, expect, it } from 'vitest';
import {
  leadingWord,
  matchesTerms,
  parseCustomerQuery,
  searchTerms,
} from '../../../../functions/customers/domain/search';

describe('Domain: customer search terms', () => {
  it('should index the name words folded, the email and the words of its local part', () => {
    // Act
    const terms = searchTerms('Lena Müller', 'Lena.M@Example.de');

    // Assess
    expect(terms).toEqual(['lena', 'muller', 'lena.m@example.de', 'm']);
  });

  it('should let umlaut spellings, diacritics and case meet', () => {
    // Prepare
    const terms = searchTerms('Nguyễn Văn Minh', 'minh@example.vn');
    const lena = searchTerms('Lena Müller', 'lena@example.de');

    // Assess
    expect(matchesTerms(terms, parseCustomerQuery('nguyen').words)).toBe(true);
    expect(matchesTerms(terms, parseCustomerQuery('VAN min').words)).toBe(true);
    expect(matchesTerms(lena, parseCustomerQuery('Mueller').words)).toBe(true);
    expect(matchesTerms(lena, parseCustomerQuery('mul').words)).toBe(true);
    expect(matchesTerms(lena, parseCustomerQuery('lena smith').words)).toBe(false);
  });

  it('should find a Han name by its family name, its given name, in either script', () => {
    // Prepare
    const terms = searchTerms('陳美玲', 'mei@example.tw');

    // Assess
    expect(matchesTerms(terms, parseCustomerQuery('陳').words)).toBe(true);
    expect(matchesTerms(terms, parseCustomerQuery('美玲').words)).toBe(true);
    expect(matchesTerms(terms, parseCustomerQuery('陈美玲').words)).toBe(true);
    expect(matchesTerms(terms, parseCustomerQuery('王').words)).toBe(false);
  });

  it('should keep the number of terms bounded for a very long name', () => {
    // Act
    const terms = searchTerms(Array.from({ length: 40 }, (_, i) => `name${i}`).join(' '), 'x@example.com');

    // Assess
    expect(terms.length).toBeLessThanOrEqual(16);
  });
});

describe('Domain: parseCustomerQuery', () => {
  it.each([
    ['#10023', '10023'],
    ['10 023', '10023'],
    ['P-100A', 'P-100A'],
  ])('should read %s as order number %s', (q, orderNumber) => {
    expect(parseCustomerQuery(q).orderNumber).toBe(orderNumber);
  });

  it('should read an email whole, and not as an order number', () => {
    // Act
    const query = parseCustomerQuery(' Ana@Example.com ');

    // Assess
    expect(query).toEqual({ words: ['ana@example.com'], email: 'ana@example.com', orderNumber: undefined });
  });

  it('should leave out one-letter words and look up the longest word', () => {
    // Act
    const query = parseCustomerQuery('a souza');

    // Assess
    expect(query.words).toEqual(['souza']);
    expect(query.orderNumber).toBeUndefined();
    expect(leadingWord(['ana', 'souza'])).toBe('souza');
  });
});
