import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../../locales/registry';
import { classify } from '../../../../../functions/chat/domain/bot/classify.js';
import { defaultRules } from '../../../../../functions/chat/domain/bot/default-rules.js';
import { explain } from '../../../../../functions/chat/domain/bot/explain.js';

const MESSAGES: [string, Locale][] = [
  ['where is my order 10023?', 'en'],
  ['please cancel my order', 'en'],
  ['what is the weather in Paris tomorrow', 'en'],
  ['thanks, that was helpful', 'en'],
  ['I want to talk to a human', 'en'],
  ['refund or exchange, not sure', 'en'],
  ['wo ist meine bestellung', 'de'],
  ['đơn hàng của tôi đâu rồi', 'vi'],
  ['我的訂單在哪裡', 'zh'],
  ['zorblax', 'en'],
];

describe('Function: explain', () => {
  const rules = defaultRules();

  it.each(MESSAGES)('should reach the same decision as classify for %j', (message, locale) => {
    // Act
    const why = explain(message, locale, rules);
    const what = classify(message, locale, rules);

    // Assess
    expect(why.decision.intent).toBe(what.intent);
    expect(why.decision.confidence).toBe(what.confidence);
    expect(why.decision.outOfScope).toBe(what.outOfScope);
    expect(why.decision.alternatives).toEqual(what.alternatives);
    expect(why.language).toBe(what.language);
    expect(why.entities).toEqual(what.entities);
  });

  it('should name the patterns that matched and split the score into its parts', () => {
    // Act
    const why = explain('where is my order 10023?', 'en', rules);

    // Assess
    const top = why.intents[0]!;
    expect(top.intent).toBe('order_status');
    expect(top.matched.length).toBeGreaterThan(0);
    expect(top.patternScore + top.exampleBonus + top.entityBoost).toBeCloseTo(top.score, 2);
    expect(why.intents.map((i) => i.score)).toEqual([...why.intents.map((i) => i.score)].sort((a, b) => b - a));
  });

  it('should show the out-of-scope cues and nearest examples that pull a message to fallback', () => {
    // Act
    const why = explain('what is the weather in Paris tomorrow', 'en', rules);

    // Assess
    expect(why.decision.intent).toBe('fallback');
    expect(why.outOfScope.patternScore + why.outOfScope.exampleScore).toBeGreaterThan(0);
    expect(why.nearestExamples.length).toBeGreaterThan(0);
  });

  it('should list nothing for a word no rule knows', () => {
    // Act
    const why = explain('zorblax', 'en', rules);

    // Assess
    expect(why.decision.intent).toBe('fallback');
    expect(why.intents.filter((i) => i.matched.length > 0)).toEqual([]);
  });
});
