import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../locales/registry';
import { categoryName, defaultCategories, listProblems } from '../../../../functions/faq/domain/categories';

describe('Function: defaultCategories', () => {
  it('should name every starting category in every locale, as version 0', () => {
    // Act
    const list = defaultCategories();

    // Assess
    expect(list.version).toBe(0);
    expect(list.categories.map((c) => c.id)).toContain('shipping');
    for (const c of list.categories) {
      expect(Object.keys(c.names).sort()).toEqual([...LOCALES].sort());
      for (const l of LOCALES) expect(c.names[l], `${c.id} in ${l}`).not.toBe(c.id);
    }
  });
});

describe('Function: categoryName', () => {
  it("should give the locale's name, and the id for a category the list does not know", () => {
    // Prepare
    const { categories } = defaultCategories();

    // Assess
    expect(categoryName(categories, 'shipping', 'de')).toBe('Versand und Lieferung');
    expect(categoryName(categories, 'wildlife', 'de')).toBe('wildlife');
  });
});

describe('Function: listProblems', () => {
  const names = { en: 'A', de: 'A', vi: 'A', zh: 'A' };

  it('should find nothing wrong with unique ids that keep every used category', () => {
    // Assess
    expect(listProblems([{ id: 'a', names }], new Map([['a', 3]]))).toEqual([]);
  });

  it('should name a duplicate id and a removed category still in use', () => {
    // Act
    const problems = listProblems(
      [
        { id: 'a', names },
        { id: 'a', names },
      ],
      new Map([['b', 2]]),
    );

    // Assess
    expect(problems).toEqual([
      { field: 'categories.1.id', message: '"a" is listed twice' },
      { field: 'categories', message: expect.stringContaining('"b" is used by 2 article(s)') },
    ]);
  });
});
