import { describe, expect, it } from 'vitest';
import { classify, matchText } from '../../../../../functions/chat/domain/bot/classify.js';
import { defaultRules, defaultRulesJson } from '../../../../../functions/chat/domain/bot/default-rules.js';
import { loadRules } from '../../../../../functions/chat/domain/bot/compile.js';
import {
  classSimilarities,
  exampleIndex,
  exampleVote,
  features,
  neighbours,
  similarities,
  voteFromSimilarities,
} from '../../../../../functions/chat/domain/bot/examples.js';
import { combineScores, decide, patternScores } from '../../../../../functions/chat/domain/bot/classify.js';
import { extractEntities } from '../../../../../functions/chat/domain/bot/entities.js';
import { InvalidRules, parseRules } from '../../../../../functions/chat/domain/bot/rules-schema.js';

type Json = {
  intents: { id: string; examples?: Record<string, string[]> }[];
  outOfScopeExamples?: unknown;
  exampleScoring?: unknown;
};
const clone = (): Json => structuredClone(defaultRulesJson) as Json;

describe('example features', () => {
  it('stems regular endings so inflections meet', () => {
    const f = features(' refunds cancelled ');
    expect([...f.keys()]).toEqual(
      expect.arrayContaining([...features(' refund cancel ').keys()].filter((k) => k.startsWith('w:'))),
    );
  });
  it('uses words, word pairs, character trigrams and Han bigrams', () => {
    const f = features(' cancel my purchase ');
    expect(f.has('w:cancel')).toBe(true);
    expect(f.has('w:my')).toBe(false); // function word
    expect([...f.keys()].some((k) => k.startsWith('b:'))).toBe(true);
    expect(f.has('c:<ca')).toBe(true);
    expect(features(' 取消订单 ').has('h:订单')).toBe(true);
  });
});

describe('example similarity', () => {
  const rules = defaultRules();
  it('builds the index once per compiled rules', () => {
    expect(exampleIndex(rules)).toBe(exampleIndex(rules));
    expect(exampleIndex(rules).size).toBeGreaterThan(500);
  });
  it('an example is its own nearest neighbour', () => {
    const [top] = similarities(matchText('cancel my purchase', rules), rules, 1); // the single nearest example
    expect(top!.cls).toBe('cancel_order');
    expect(top!.sim).toBeGreaterThan(0.99);
  });
  it('words no example has lower the similarity (they stay in the norm)', () => {
    const a = similarities(matchText('cancel my order', rules), rules)[0]!;
    const b = similarities(matchText('cancel my order zorblax quentifor', rules), rules)[0]!;
    expect(b.sim).toBeLessThan(a.sim);
  });
  it('out-of-scope examples pull toward fallback', () => {
    const v = exampleVote(matchText('what is the weather like in paris today', rules), rules);
    expect(v.top?.cls).toBe('oos');
    expect(v.oos).toBeGreaterThan(0);
  });
  it('weak or ambiguous neighbours add nothing', () => {
    const v = exampleVote(matchText('zorblax quentifor', rules), rules);
    expect(v.oos).toBe(0);
    expect(Object.keys(v.bonus)).toHaveLength(0);
  });
});

describe('neighbour voting', () => {
  const rules = defaultRules();
  const text = matchText('I want to send back the shoes for my money', rules);
  it('global voting with one neighbour equals class voting', () => {
    const nb = neighbours(text, rules);
    expect(classSimilarities(nb, 1, 'global')[0]).toEqual(classSimilarities(nb, 1, 'class')[0]);
  });
  it('global voting shares k slots among classes; class voting gives each class its own k', () => {
    const nb = neighbours(text, rules);
    const sum = (xs: { sim: number }[]) => xs.reduce((a, x) => a + x.sim, 0);
    expect(sum(classSimilarities(nb, 3, 'global'))).toBeCloseTo(
      nb.global.slice(0, 3).reduce((a, x) => a + x.sim, 0) / 3,
    );
    // Equal when the three nearest share a class (summed in another order: allow rounding).
    expect(classSimilarities(nb, 3, 'class')[0]!.sim).toBeGreaterThanOrEqual(
      classSimilarities(nb, 3, 'global')[0]!.sim - 1e-12,
    );
  });
  it('the vote honours minSimilarity, margin and the two weights', () => {
    const cfg = { weight: 4, minSimilarity: 0.2, margin: 0.1, oosWeight: 2, k: 1, voting: 'class' as const };
    expect(
      voteFromSimilarities(
        [
          { cls: 'newsletter', sim: 0.6 },
          { cls: 'oos', sim: 0.1 },
        ],
        cfg,
      ).bonus.newsletter,
    ).toBeCloseTo(2);
    expect(
      voteFromSimilarities(
        [
          { cls: 'oos', sim: 0.6 },
          { cls: 'newsletter', sim: 0.1 },
        ],
        cfg,
      ).oos,
    ).toBeCloseTo(1);
    expect(
      voteFromSimilarities(
        [
          { cls: 'newsletter', sim: 0.6 },
          { cls: 'oos', sim: 0.55 },
        ],
        cfg,
      ).bonus,
    ).toEqual({});
    expect(voteFromSimilarities([{ cls: 'newsletter', sim: 0.15 }], cfg).bonus).toEqual({});
  });
  it('the decision pieces replay classify exactly (the tuner relies on it)', () => {
    for (const m of [
      'where is my order 55821',
      'cancel my gym membership',
      'hi',
      '我想取消订单',
      'zorblax',
      'my refund never came',
    ]) {
      const t = matchText(m, rules);
      const { raw, oos } = patternScores(
        t,
        rules,
        classify(m, 'en', rules).language,
        extractEntities(m, rules.entities),
      );
      const vote = exampleVote(t, rules);
      const d = decide(combineScores(raw, vote), oos + vote.oos, rules.rules.thresholds);
      const c = classify(m, 'en', rules);
      expect([d.intent, d.confidence, d.outOfScope], m).toEqual([c.intent, c.confidence, c.outOfScope]);
    }
  });
});

describe('examples in classify', () => {
  it('a close example decides when the patterns are silent', () => {
    const json = clone();
    const intent = json.intents.find((i) => i.id === 'newsletter')!;
    intent.examples = { en: ['zorblax quentifor bulletin'] };
    const rules = loadRules(json);
    expect(classify('zorblax quentifor bulletin please', 'en', rules).intent).toBe('newsletter');
    const none = clone();
    for (const i of none.intents) i.examples = {};
    none.outOfScopeExamples = {};
    expect(classify('zorblax quentifor bulletin please', 'en', loadRules(none)).intent).toBe('fallback');
  });
  it('strong rule matches still decide over a conflicting example', () => {
    const json = clone();
    json.intents.find((i) => i.id === 'newsletter')!.examples = { en: ['where is my order'] };
    expect(classify('where is my order 12345', 'en', loadRules(json)).intent).toBe('order_status');
  });
  it('out-of-scope hard negatives stay rejected', () => {
    for (const m of [
      'cancel my gym membership',
      'password for my wifi router',
      'how do I return a library book',
      'what is the weather tomorrow',
    ]) {
      expect(classify(m, 'en').intent, m).toBe('fallback');
    }
  });
  it('validates examples and scoring settings', () => {
    const json = clone();
    json.intents[0]!.examples = { en: [''] };
    expect(() => parseRules(json)).toThrow(InvalidRules);
    const bad = clone();
    bad.exampleScoring = { minSimilarity: 2 };
    expect(() => parseRules(bad)).toThrow(/exampleScoring/);
  });
});
