/**
 * Chatbot understanding report: `npx tsx eval/bot.ts [--with-faq] [files...]` (default: the
 * tuning sets bot-set and bot-wave2-tune, then the held-out sets bot-holdout, bot-blind5,
 * bot-wave2-holdout and the held-out CLINC150 families, each reported separately). A file may
 * also be `clinc:tune` or `clinc:holdout` (eval/clinc-split.ts, from the shared training file). Each row is sent on its own with locale
 * 'en', as the product owner's acceptance check does.
 *
 * Without flags the classifier alone is scored. With `--with-faq` every row goes through the
 * dialogue manager (`respond()`, fresh session, guest) with ports whose FAQ search is the real
 * search engine over the seed articles, and the intent `respond()` reports is scored: that is
 * what the live portal returns, including fallbacks turned into 'faq' answers by search hits.
 * Always exits 0: it is a report, not a gate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { CLINC, splitClinc } from './clinc-split.js';
import { classify } from '../functions/chat/domain/bot/classify.js';
import { defaultRules } from '../functions/chat/domain/bot/default-rules.js';
import { respond } from '../functions/chat/domain/bot/dialog.js';
import type { BotPorts, Classification, Intent } from '../functions/chat/domain/bot/types.js';
import { buildSearchEngine, type SearchableArticle } from '../functions/faq/domain/search/index.js';
import { seedArticles } from '../functions/local/seed/faq-articles.js';

interface Row {
  text: string;
  accept: string[];
  scope: 'in' | 'out' | 'smalltalk';
  source: string;
  locale?: string;
}
/** What one row got: the scored intent, plus the classifier's view for diagnostics. */
export interface Outcome {
  intent: Intent;
  cls: Classification;
  faq?: { slug: string; score: number };
}

const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : 'n/a');

/** The classifier alone, as before. */
export function classifyRows(rows: Row[]): Outcome[] {
  const rules = defaultRules();
  return rows.map((r) => {
    const cls = classify(r.text, 'en', rules);
    return { intent: cls.intent, cls };
  });
}

let engine: ReturnType<typeof buildSearchEngine> | undefined;
/** The real FAQ search engine over the seed articles (what a fresh local portal serves). */
function seedEngine() {
  engine ??= buildSearchEngine(
    seedArticles.map(
      (a): SearchableArticle => ({
        id: `${a.slug}#${a.locale}`,
        slug: a.slug,
        locale: a.locale,
        question: a.question,
        answer: a.answer,
        category: a.category,
        tags: a.tags,
        updatedAt: '2026-01-01T00:00:00Z',
      }),
    ),
  );
  return engine;
}

/** Ports for a guest with no orders: only the FAQ search does anything. */
export function evalPorts(onHit?: (h: { slug: string; score: number }) => void): BotPorts {
  return {
    listOwnOrders: async () => [],
    getOwnOrder: async () => null,
    lookupOrder: async () => null,
    cancelOrder: async () => ({ ok: false, reason: 'not_found' }),
    cancelReason: async () => {},
    searchFaq: async (q, locale, limit) =>
      seedEngine()
        .search(q, { locale, limit })
        .results.map((r) => {
          const hit = {
            slug: r.slug,
            question: r.question,
            snippet: r.snippet,
            score: r.score,
            url: `/${locale}/help/article/?slug=${encodeURIComponent(r.slug)}`,
          };
          onHit?.(hit);
          return hit;
        }),
    createTicket: async () => ({ ticketId: 'T-eval' }),
  };
}

/** Every row through respond() with the real FAQ search; the intent respond() reports counts. */
export async function respondRows(rows: Row[]): Promise<Outcome[]> {
  const rules = defaultRules();
  const out: Outcome[] = [];
  for (const r of rows) {
    let top: { slug: string; score: number } | undefined;
    const ports = evalPorts((h) => {
      if (!top || h.score > top.score) top = { slug: h.slug, score: h.score };
    });
    const res = await respond({ message: r.text, locale: 'en', signedIn: false, state: null }, ports, rules);
    out.push({
      intent: res.intent,
      cls: classify(r.text, 'en', rules),
      ...(res.intent === 'faq' && top ? { faq: top } : {}),
    });
  }
  return out;
}

/** Scores one labelled file; returns the headline figures for programmatic use. */
export function evaluate(rows: Row[], got: Outcome[] = classifyRows(rows)) {
  const ok = rows.map((r, i) => r.accept.includes(got[i]!.intent));
  const sel = (p: (r: Row) => boolean) => rows.map((r, i) => [r, i] as const).filter(([r]) => p(r));
  const acc = (s: ReturnType<typeof sel>) => [s.filter(([, i]) => ok[i]).length, s.length] as const;
  const inScope = sel((r) => r.scope === 'in');
  const falseFallback = inScope.filter(([, i]) => got[i]!.intent === 'fallback').length;
  const perIntent = new Map<string, [number, number]>();
  for (const [r, i] of rows.map((r, i) => [r, i] as const)) {
    const k = perIntent.get(r.source) ?? [0, 0];
    perIntent.set(r.source, [k[0] + (ok[i] ? 1 : 0), k[1] + 1]);
  }
  const perLocale = new Map<string, [number, number]>();
  for (const [r, i] of rows.map((r, i) => [r, i] as const)) {
    const k = perLocale.get(r.locale ?? '?') ?? [0, 0];
    perLocale.set(r.locale ?? '?', [k[0] + (ok[i] ? 1 : 0), k[1] + 1]);
  }
  const [allOk, all] = acc(sel(() => true));
  const [inOk, inN] = acc(inScope);
  const [outOk, outN] = acc(sel((r) => r.scope === 'out'));
  const [stOk, stN] = acc(sel((r) => r.scope === 'smalltalk'));
  const mistakes = rows.map((r, i) => ({ r, g: got[i]! })).filter((_, i) => !ok[i]);
  return {
    summary: {
      rows: all,
      accuracy: allOk / all,
      inScopeAccuracy: inOk / inN,
      falseFallback: falseFallback / Math.max(1, inN),
      outOfScopeRejected: outOk / Math.max(1, outN),
      smallTalk: stOk / Math.max(1, stN),
    },
    perIntent,
    perLocale,
    mistakes,
    counts: { allOk, all, inOk, inN, outOk, outN, stOk, stN, falseFallback },
  };
}

/** Rows of a set file, or of a CLINC150 split (`clinc:tune`, `clinc:holdout`; eval/clinc-split.ts). */
function readSet(file: string): Row[] {
  if (file === 'clinc:tune' || file === 'clinc:holdout') {
    const split = splitClinc(JSON.parse(readFileSync(CLINC, 'utf8')) as Row[]);
    return file === 'clinc:tune' ? split.tune : split.holdout;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Row[];
}

async function report(file: string, withFaq: boolean) {
  const rows = readSet(file);
  const got = withFaq ? await respondRows(rows) : classifyRows(rows);
  const { perIntent, perLocale, mistakes, counts: c } = evaluate(rows, got);
  console.log(
    `\n== ${file} (${rows.length} rows, rules ${defaultRules().version}${withFaq ? ', respond() with FAQ search' : ', classifier only'})`,
  );
  console.log(`overall accuracy      ${pct(c.allOk, c.all)}`);
  console.log(`in-scope accuracy     ${pct(c.inOk, c.inN)} (${c.inOk}/${c.inN})`);
  console.log(`false fallback        ${pct(c.falseFallback, c.inN)} (${c.falseFallback}/${c.inN})`);
  console.log(`out-of-scope rejected ${pct(c.outOk, c.outN)} (${c.outOk}/${c.outN})`);
  console.log(`small talk            ${pct(c.stOk, c.stN)} (${c.stOk}/${c.stN})`);
  console.log('per locale: ' + [...perLocale].map(([k, [a, n]]) => `${k} ${pct(a, n)}`).join(', '));
  console.log('per intent (source):');
  for (const [k, [a, n]] of [...perIntent].sort((x, y) => x[1][0] / x[1][1] - y[1][0] / y[1][1])) {
    console.log(`  ${k.padEnd(20)} ${pct(a, n).padStart(6)}  (${a}/${n})`);
  }
  console.log(`mistakes (${mistakes.length}):`);
  for (const { r, g } of mistakes) {
    const cls = g.cls;
    const why = [
      `classifier ${cls.intent} ${cls.confidence}`,
      cls.candidate ? `best ${cls.candidate.intent} ${cls.candidate.score}` : '',
      cls.outOfScope ? 'oos' : '',
      g.faq ? `faq ${g.faq.slug} ${g.faq.score}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(
      `  [${r.locale ?? '?'}] ${JSON.stringify(r.text)} expected ${r.accept.join('|')} got ${g.intent} (${why})`,
    );
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  const args = process.argv.slice(2);
  const withFaq = args.includes('--with-faq');
  const files = args.filter((a) => a !== '--with-faq');
  // Default: what was tuned on, then what was not (the figures to quote).
  const tuned = ['eval/data/bot-set.json', 'eval/data/bot-wave2-tune.json'];
  const heldOut = ['eval/data/bot-holdout.json', 'eval/data/bot-blind5.json', 'eval/data/bot-wave2-holdout.json'];
  if (existsSync(CLINC)) heldOut.push('clinc:holdout');
  for (const f of files.length ? files : [...tuned, ...heldOut]) await report(f, withFaq);
}
