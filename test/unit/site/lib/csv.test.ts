import { describe, expect, it } from 'vitest';
import { ordersFromCsv, parseCsv, toCsv } from '../../../../site/src/lib/csv';

describe('Site: backfill CSV', () => {
  it('should parse quotes, doubled quotes, commas and line breaks inside fields, and CRLF', () => {
    // Act
    const records = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n1,,3');

    // Assess
    expect(records).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('should write back what it parses', () => {
    // Prepare
    const records = [
      ['orderNumber', 'item'],
      ['10023', 'Rug, "wool"'],
    ];

    // Assess
    expect(parseCsv(toCsv(records))).toEqual(records);
  });

  it('should group the lines of one order into its items, keeping their file lines', () => {
    // Prepare
    const csv = [
      'OrderNumber,email,name,placedAt,currency,totalCents,status,sku,item,quantity,unitPriceCents',
      '5001,ana@example.com,Ana Souza,2024-01-02T10:00:00Z,EUR,3600,delivered,MUG,Mug,2,1200',
      '5002,ben@example.com,,2024-02-02T10:00:00Z,EUR,900,,,Card,1,900',
      '5001,ana@example.com,Ana Souza,2024-01-02T10:00:00Z,EUR,3600,delivered,CUP,Cup,1,1200',
    ].join('\n');

    // Act
    const orders = ordersFromCsv(parseCsv(csv));

    // Assess
    expect(orders).toHaveLength(2);
    expect(orders[0]).toEqual({
      lines: [2, 4],
      row: {
        orderNumber: '5001',
        customer: { email: 'ana@example.com', name: 'Ana Souza' },
        placedAt: '2024-01-02T10:00:00Z',
        currency: 'EUR',
        totalCents: 3600,
        status: 'delivered',
        items: [
          { sku: 'MUG', name: 'Mug', quantity: 2, unitPriceCents: 1200 },
          { sku: 'CUP', name: 'Cup', quantity: 1, unitPriceCents: 1200 },
        ],
      },
    });
    expect(orders[1]?.row).toMatchObject({ orderNumber: '5002', customer: { email: 'ben@example.com' } });
    expect(orders[1]?.row).not.toHaveProperty('status');
  });

  it('should pass a cell that is not a number on as text, for the API to name', () => {
    // Act
    const [order] = ordersFromCsv(parseCsv('orderNumber,email,totalCents\n77,a@b.c,12.50'));

    // Assess
    expect(order?.row.totalCents).toBe('12.50');
  });
});
