import { describe, expect, it } from 'vitest';
import { hanScript, hasHan, toSimplified } from '../../../functions/text/han.js';

describe('Function: toSimplified', () => {
  it('should fold Traditional phrases, Taiwan wording included, to Simplified', () => {
    // Prepare / Act / Assess
    expect(toSimplified('訂單在哪裡')).toBe('订单在哪里');
    expect(toSimplified('軟體')).toBe('软件');
  });

  it('should be idempotent, keeping 么 (the target of 麼) as written', () => {
    // Prepare
    const inputs = ['什麼', '什么', '么', '怎麼退貨', '帳號'];
    // Act
    const once = inputs.map(toSimplified);
    const twice = once.map(toSimplified);
    // Assess
    expect(once).toEqual(['什么', '什么', '么', '怎么退货', '账号']);
    expect(twice).toEqual(once);
  });

  it('should be idempotent on every CJK unified ideograph, so text folded twice still agrees', () => {
    // Prepare
    const ideographs = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    // Act
    const unstable = ideographs.filter((ch) => toSimplified(toSimplified(ch)) !== toSimplified(ch));
    // Assess
    expect(unstable).toEqual([]);
  });

  it('should leave text without Han characters untouched', () => {
    // Prepare / Act / Assess
    expect(toSimplified('where is my order')).toBe('where is my order');
    expect(hasHan('where is my order')).toBe(false);
    expect(hasHan('我的订单')).toBe(true);
  });
});

describe('Function: hanScript', () => {
  it('should tell Simplified from Traditional text, and say nothing for text either script writes', () => {
    expect(hanScript('我的订单在哪里')).toBe('simplified');
    expect(hanScript('我的訂單在哪裡')).toBe('traditional');
    expect(hanScript('你好')).toBeUndefined();
    expect(hanScript('where is my order')).toBeUndefined();
  });
});
