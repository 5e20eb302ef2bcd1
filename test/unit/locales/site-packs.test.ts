import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../../../functions/orders/domain/order';
import { PACKS } from '../../../locales/packs';
import { LOCALES } from '../../../locales/registry';
import { adminStrings, localeNames, SITE_PACKS, statusWords, uiStrings } from '../../../locales/site-packs';

const blank = (dict: Record<string, string>) => Object.keys(dict).filter((key) => dict[key]!.trim() === '');
/** The `{name}` placeholders of a template, sorted, so two translations can be compared. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Module: site packs', () => {
  it('should have a site pack for every locale in the registry, and no other', () => {
    // Assess
    expect(Object.keys(SITE_PACKS).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)('locale %s', (locale) => {
    const { ui, admin } = SITE_PACKS[locale];

    it.each([
      ['ui', ui, SITE_PACKS.en.ui],
      ['admin', admin, SITE_PACKS.en.admin],
    ] as const)('should fill every %s key of English, and no other', (_, dict, english) => {
      // Assess
      expect(Object.keys(dict).sort()).toEqual(Object.keys(english).sort());
    });

    it.each([
      ['ui', ui],
      ['admin', admin],
    ] as const)('should have no empty %s string', (_, dict) => {
      // Assess
      expect(blank(dict)).toEqual([]);
    });

    it.each([
      ['ui', ui, SITE_PACKS.en.ui],
      ['admin', admin, SITE_PACKS.en.admin],
    ] as const)('should keep the placeholders of English in every %s string', (_, dict, english) => {
      // Act
      const differ = Object.entries(english).filter(
        ([key, text]) => placeholders(dict[key as keyof typeof dict]).join() !== placeholders(text).join(),
      );

      // Assess
      expect(differ.map(([key]) => key)).toEqual([]);
    });

    it('should take its order-status words from the backend pack', () => {
      // Act
      const strings = uiStrings(locale);

      // Assess
      for (const status of ORDER_STATUSES) {
        expect(strings[`status.${status}`]).toBe(PACKS[locale].orders.status[status].title);
      }
      expect(Object.keys(statusWords(locale)).sort()).toEqual(ORDER_STATUSES.map((s) => `status.${s}`).sort());
    });

    it('should keep no order-status words of its own', () => {
      // Assess
      expect(Object.keys(ui).filter((key) => key.startsWith('status.'))).toEqual([]);
    });

    it('should name every locale of the registry in its own language', () => {
      // Act
      const names = localeNames(locale);

      // Assess
      expect(Object.keys(names).sort()).toEqual(LOCALES.map((l) => `admin.locale.${l}`).sort());
      expect(blank(names)).toEqual([]);
      expect(adminStrings(locale)).toMatchObject(names);
    });
  });

  it('should name the content languages in the page language', () => {
    // Assess
    expect(localeNames('en')['admin.locale.de']).toBe('German');
    expect(localeNames('de')['admin.locale.de']).toBe('Deutsch');
    expect(localeNames('zh')['admin.locale.vi']).toBe('越南文');
  });
});
