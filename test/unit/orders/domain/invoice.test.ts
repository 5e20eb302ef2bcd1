import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../locales/registry';
import { invoiceability, invoiceModel } from '../../../../functions/orders/domain/invoice';
import { makeOrder } from '../../../fixtures/orders';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('Function: invoiceModel', () => {
  it("should hold every line of the order with its amount in the customer's money", () => {
    // Act
    const model = invoiceModel(makeOrder(), {}, 'de', NOW);

    // Assess
    expect(model.number).toBe('INV-T-1001');
    expect(model.labels.title).toBe('Rechnung');
    // Intl puts a no-break space before the euro sign.
    const plain = (v: string) => v.replace(/\s/g, ' ');
    expect(model.lines.map((l) => ({ ...l, unitPrice: plain(l.unitPrice), amount: plain(l.amount) }))).toEqual([
      { name: 'Teapot', quantity: '2', unitPrice: '12,50 €', amount: '25,00 €' },
      { name: 'Cup', quantity: '3', unitPrice: '4,00 €', amount: '12,00 €' },
    ]);
    expect(plain(model.total)).toBe('37,00 €');
  });

  it('should put a business customer’s company and VAT id first, and keep the issue date', () => {
    // Act
    const model = invoiceModel(
      makeOrder(),
      { companyName: 'Private GmbH', vatId: 'DE999', issuedAt: '2026-03-02T08:00:00Z' },
      'en',
      NOW,
    );

    // Assess
    expect(model.billedTo.slice(0, 3)).toEqual(['Private GmbH', 'VAT id: DE999', 'Jane Private']);
    expect(model.date).toBe('2 Mar 2026');
  });

  it.each(LOCALES)('should label every part of the invoice in %s', (locale) => {
    const { labels } = invoiceModel(makeOrder(), {}, locale, NOW);
    for (const text of Object.values(labels)) expect(text.trim()).not.toBe('');
  });
});

describe('Function: invoiceability', () => {
  it.each([
    ['placed', false],
    ['cancelled', false],
    ['paid', true],
    ['delivered', true],
    ['returned', true],
  ] as const)('should answer for a %s order: %s', (status, expected) => {
    const check = invoiceability(makeOrder({ status }), 'en');
    expect(check.canDownloadInvoice).toBe(expected);
    if (!expected) expect(check.invoiceReason).toBeTruthy();
  });
});
