import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../functions/chat/domain/bot/classify.js';
import { detectLanguage } from '../../../../../functions/chat/domain/bot/language.js';

describe('Function: extractEntities (through classify)', () => {
  it('should extract plain, prefixed and hashed order numbers', () => {
    expect(classify('status of 10023 please').entities.orderNumbers).toEqual(['10023']);
    expect(classify('can you track PO-10023').entities.orderNumbers).toEqual(['PO-10023']);
    expect(classify('order #1002345 and po 55555').entities.orderNumbers).toEqual(['PO-55555', '1002345']);
    expect(classify('訂單10023的狀態').entities.orderNumbers).toEqual(['10023']);
  });

  it('should not take short numbers, prices or email digits for order numbers', () => {
    expect(classify('what is 25 times 4').entities.orderNumbers).toEqual([]);
    expect(classify('mail me at ana12345@example.com').entities.orderNumbers).toEqual([]);
  });

  it('should extract emails', () => {
    expect(classify('it is Ana@Example.com thanks').entities.emails).toEqual(['ana@example.com']);
  });

  it('should extract dates in several notations', () => {
    expect(classify('ordered on 2025-03-14').entities.dates).toEqual(['2025-03-14']);
    expect(classify('bestellt am 14.3.2025').entities.dates).toEqual(['2025-03-14']);
    expect(classify('placed 14 March 2025').entities.dates).toEqual(['2025-03-14']);
    expect(classify('2025年3月14日下单').entities.dates).toEqual(['2025-03-14']);
  });
});

describe('Function: detectLanguage', () => {
  it.each([
    ['我的訂單在哪裡', 'zh'],
    ['đơn hàng của tôi', 'vi'],
    ['don hang cua toi dau', 'vi'],
    ['cam on nhieu', 'vi'],
    ['wo ist meine Bestellung', 'de'],
    ['Rücksendung', 'de'],
    ['where is my order', 'en'],
  ])('should detect "%s" as %s regardless of the given locale', (text, expected) => {
    expect(detectLanguage(text, 'en').locale).toBe(expected);
    expect(detectLanguage(text, 'de').locale).toBe(expected);
  });

  it('should keep the given locale when the text carries no evidence', () => {
    expect(detectLanguage('10023', 'de')).toEqual({ locale: 'de', basis: 'default' });
  });
});
