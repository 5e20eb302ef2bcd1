import { describe, expect, it } from 'vitest';
import {
  articleStats,
  summariseInsights,
  type CounterRow,
  type InsightInputs,
} from '../../../../functions/insights/domain/insights';

const empty = (): InsightInputs => ({
  searches: [],
  votes: [],
  voteNotes: [],
  intents: [],
  fallbacks: [],
  handoffs: [],
  nps: [],
  csat: [],
});
const search = (day: string, locale: string, query: string, count: number, results: number): CounterRow => ({
  day,
  key: `${locale}#${query}`,
  count,
  locale,
  query,
  results,
});
const score = (day: string, value: number, count: number): CounterRow => ({ day, key: String(value), count });

describe('Function: summariseInsights', () => {
  it('should give empty sections and null scores when nothing was recorded', () => {
    // Act
    const insights = summariseInsights(empty());

    // Assess
    expect(insights).toEqual({
      searches: { total: 0, top: [], zeroResults: [] },
      articles: { votes: [], unhelpful: [] },
      bot: { intents: [], fallbacks: [], handoffs: 0 },
      nps: { responses: 0, score: null, promoters: 0, passives: 0, detractors: 0 },
      csat: { responses: 0, average: null, satisfiedShare: null },
    });
  });

  it('should merge the same query across days and rank queries by count', () => {
    // Prepare
    const input = {
      ...empty(),
      searches: [
        search('2026-03-01', 'en', 'return', 3, 12),
        search('2026-03-02', 'en', 'return', 4, 13),
        search('2026-03-02', 'de', 'rucksendung', 5, 6),
        search('2026-03-02', 'vi', 'return', 1, 0),
      ],
    };

    // Act
    const { searches } = summariseInsights(input);

    // Assess
    expect(searches.total).toBe(13);
    expect(searches.top).toEqual([
      { locale: 'en', query: 'return', count: 7, results: 13 },
      { locale: 'de', query: 'rucksendung', count: 5, results: 6 },
      { locale: 'vi', query: 'return', count: 1, results: 0 },
    ]);
  });

  it('should list zero-result queries, most frequent first, and only those', () => {
    // Prepare
    const input = {
      ...empty(),
      searches: [
        search('2026-03-01', 'en', 'gift wrap', 2, 0),
        search('2026-03-02', 'en', 'gift wrap', 1, 0),
        search('2026-03-02', 'en', 'store hours', 5, 0),
        search('2026-03-02', 'en', 'refund', 9, 4),
      ],
    };

    // Act
    const { zeroResults } = summariseInsights(input).searches;

    // Assess
    expect(zeroResults).toEqual([
      { locale: 'en', query: 'store hours', count: 5, results: 0 },
      { locale: 'en', query: 'gift wrap', count: 3, results: 0 },
    ]);
  });

  it('should cut the top lists at the requested length', () => {
    // Prepare
    const input = {
      ...empty(),
      searches: Array.from({ length: 30 }, (_, i) => search('2026-03-02', 'en', `q${i}`, i + 1, 0)),
    };

    // Act
    const { top, zeroResults } = summariseInsights(input, 5).searches;

    // Assess
    expect(top.map((q) => q.count)).toEqual([30, 29, 28, 27, 26]);
    expect(zeroResults).toHaveLength(5);
  });

  it('should compute NPS as the share of promoters minus the share of detractors', () => {
    // Prepare: 5 promoters (9-10), 2 passives (7-8), 3 detractors (0-6), spread over two days.
    const input = {
      ...empty(),
      nps: [
        score('2026-03-01', 10, 2),
        score('2026-03-02', 10, 1),
        score('2026-03-02', 9, 2),
        score('2026-03-01', 8, 1),
        score('2026-03-02', 7, 1),
        score('2026-03-01', 6, 1),
        score('2026-03-02', 0, 2),
      ],
    };

    // Act
    const { nps } = summariseInsights(input);

    // Assess
    expect(nps).toEqual({ responses: 10, promoters: 5, passives: 2, detractors: 3, score: 20 });
  });

  it('should give an NPS of -100 when everyone is a detractor', () => {
    // Act
    const { nps } = summariseInsights({ ...empty(), nps: [score('2026-03-01', 6, 3), score('2026-03-01', 0, 1)] });

    // Assess
    expect(nps.score).toBe(-100);
  });

  it('should average CSAT over every rating and give the share of 4s and 5s', () => {
    // Prepare: 5,5,4 / 3 / 1,1 over two days.
    const input = {
      ...empty(),
      csat: [
        score('2026-03-01', 5, 1),
        score('2026-03-02', 5, 1),
        score('2026-03-02', 4, 1),
        score('2026-03-01', 3, 1),
        score('2026-03-02', 1, 2),
      ],
    };

    // Act
    const { csat } = summariseInsights(input);

    // Assess
    expect(csat.responses).toBe(6);
    expect(csat.average).toBeCloseTo(19 / 6, 10);
    expect(csat.satisfiedShare).toBeCloseTo(0.5, 10);
  });

  it('should list unhelpful articles, most down-votes first, with the reasons given for each', () => {
    // Prepare
    const input = {
      ...empty(),
      votes: [
        { day: 'all', key: 'invoice#en', count: 4, slug: 'invoice', locale: 'en', up: 3, down: 1 },
        { day: 'all', key: 'return-item#de', count: 5, slug: 'return-item', locale: 'de', up: 1, down: 4 },
        { day: 'all', key: 'track-order#en', count: 2, slug: 'track-order', locale: 'en', up: 2, down: 0 },
      ],
      voteNotes: [
        {
          slug: 'return-item',
          locale: 'de',
          reason: 'outdated',
          comment: 'Die Frist stimmt nicht',
          at: '2026-03-02T10:00:00.000Z',
        },
        { slug: 'return-item', locale: 'en', reason: 'unclear', at: '2026-03-02T10:00:00.000Z' },
        { slug: 'invoice', locale: 'en', at: '2026-03-01T09:00:00.000Z' },
      ],
    };

    // Act
    const { articles } = summariseInsights(input);

    // Assess
    expect(articles.unhelpful).toEqual([
      {
        slug: 'return-item',
        locale: 'de',
        down: 4,
        reasons: [{ reason: 'outdated', comment: 'Die Frist stimmt nicht', at: '2026-03-02T10:00:00.000Z' }],
      },
      {
        slug: 'invoice',
        locale: 'en',
        down: 1,
        reasons: [{ reason: 'other', comment: undefined, at: '2026-03-01T09:00:00.000Z' }],
      },
    ]);
    expect(articles.votes.map((v) => [v.slug, v.helpfulRatio])).toEqual([
      ['return-item', 0.2],
      ['invoice', 0.75],
      ['track-order', 1],
    ]);
  });

  it('should merge bot intents and fallbacks across days and add up handoffs', () => {
    // Prepare
    const input = {
      ...empty(),
      intents: [
        { day: 'd1', key: 'greeting', count: 2 },
        { day: 'd2', key: 'greeting', count: 3 },
        { day: 'd2', key: 'order_status', count: 7 },
      ],
      fallbacks: [
        { day: 'd1', key: 'en#weather in paris', count: 1, locale: 'en', utterance: 'weather in Paris?' },
        { day: 'd2', key: 'en#weather in paris', count: 2, locale: 'en', utterance: 'Weather in Paris' },
        { day: 'd2', key: 'de#mail an email', count: 1, locale: 'de', utterance: 'mail an <email>' },
      ],
      handoffs: [
        { day: 'd1', key: 'all', count: 2 },
        { day: 'd2', key: 'all', count: 1 },
      ],
    };

    // Act
    const { bot } = summariseInsights(input);

    // Assess
    expect(bot.intents).toEqual([
      { intent: 'order_status', count: 7 },
      { intent: 'greeting', count: 5 },
    ]);
    expect(bot.fallbacks).toEqual([
      { locale: 'en', utterance: 'Weather in Paris', count: 3 },
      { locale: 'de', utterance: 'mail an <email>', count: 1 },
    ]);
    expect(bot.handoffs).toBe(3);
  });

  it('should not change its input', () => {
    // Prepare
    const input = {
      ...empty(),
      searches: [search('d1', 'en', 'a', 1, 0), search('d2', 'en', 'a', 2, 0)],
      nps: [score('d1', 9, 1)],
    };
    const before = structuredClone(input);

    // Act
    summariseInsights(input);

    // Assess
    expect(input).toEqual(before);
  });
});

describe('Function: articleStats', () => {
  const days = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2026, 11, 30 - i)).toISOString().slice(0, 10));
  const row = (day: string, slug: string, views: number, up = 0, down = 0) => ({
    key: `${slug}#en`,
    count: 0,
    day,
    slug,
    locale: 'en',
    views,
    up,
    down,
  });

  it('should add up views and votes in the window, most read first, with the week-on-week trend', () => {
    // Prepare: a: 3 + 2 views this week, 10 the week before; b: 1 view, no votes; c: only outside the window
    const rows = [
      row(days[0] as string, 'a', 3, 2, 1),
      row(days[6] as string, 'a', 2),
      row(days[7] as string, 'a', 10, 1, 0),
      row(days[2] as string, 'b', 1),
      row('2026-01-01', 'c', 99),
    ];

    // Act
    const stats = articleStats(rows, days, 30);

    // Assess
    expect(stats).toEqual([
      {
        slug: 'a',
        locale: 'en',
        views: 15,
        up: 3,
        down: 1,
        helpfulRatio: 0.75,
        trend: { recent: 5, previous: 10, change: -0.5 },
      },
      {
        slug: 'b',
        locale: 'en',
        views: 1,
        up: 0,
        down: 0,
        helpfulRatio: null,
        trend: { recent: 1, previous: 0, change: null },
      },
    ]);
  });
});
