import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../../../functions/chat/domain/bot/compile.js';
import { defaultRules, defaultRulesJson } from '../../../../../functions/chat/domain/bot/default-rules.js';
import { InvalidRules, parseRules } from '../../../../../functions/chat/domain/bot/rules-schema.js';
import { classify } from '../../../../../functions/chat/domain/bot/classify.js';

const clone = () => JSON.parse(JSON.stringify(defaultRulesJson)) as { version: string; intents: { id: string; patterns: Record<string, { w: unknown; p: string[] }[]> }[] };

describe('Function: loadRules', () => {
  it('should validate and compile the bundled rule file', () => {
    const rules = loadRules(defaultRulesJson);
    expect(rules.version).toBe(defaultRules().version);
    expect(classify('forgot my password', 'en', rules).intent).toBe('account_password');
  });

  it('should reject a bad field with its path and keep the compiled old rules working', () => {
    const current = defaultRules();
    const bad = clone();
    bad.intents[3]!.patterns.en![0]!.w = 'heavy';
    expect(() => loadRules(bad)).toThrow(InvalidRules);
    expect(() => loadRules(bad)).toThrow(/intents\.3\.patterns\.en\.0\.w/);
    expect(classify('where is my order', 'en', current).intent).toBe('order_status');
  });

  it('should reject an unknown intent, a missing version and a broken pattern clearly', () => {
    const unknown = clone();
    unknown.intents[0]!.id = 'weather';
    expect(() => parseRules(unknown)).toThrow(/intents\.0\.id/);
    const { version: _v, ...noVersion } = clone();
    expect(() => parseRules(noVersion)).toThrow(/version/);
    const broken = clone();
    broken.intents[4]!.patterns.en![0]!.p[0] = '@nosuchgroup order';
    expect(() => loadRules(broken)).toThrow(/intents\.4\.patterns\.en\.0\.p\.0: unknown synonym group "@nosuchgroup"/);
    expect(() => loadRules('{not json')).toThrow(/not JSON/);
  });

  it('should apply a replaced rule file without touching the old one', () => {
    const next = clone();
    next.version = 'test-2';
    const orderStatus = next.intents.find((i) => i.id === 'order_status')!;
    orderStatus.patterns.en!.push({ w: 5, p: ['wombat'] });
    const rules = loadRules(next);
    expect(classify('wombat', 'en', rules).intent).toBe('order_status');
    expect(classify('wombat', 'en', defaultRules()).intent).toBe('fallback');
  });
});
