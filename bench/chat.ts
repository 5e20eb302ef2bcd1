/**
 * Chat engine latency: cold rule compile, then classify p50/p99 over the labelled sets.
 * Run directly: `npx tsx bench/chat.ts`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { classify } from '../functions/chat/domain/bot/classify.js';
import { loadRules } from '../functions/chat/domain/bot/compile.js';
import { defaultRulesJson } from '../functions/chat/domain/bot/default-rules.js';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (x: number) => Math.round(x * 1000) / 1000;

/** Measures the classifier; returns figures in milliseconds. */
export async function benchChatEngine(): Promise<Record<string, unknown>> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const texts = ['eval/data/bot-set.json', 'eval/data/bot-holdout.json']
    .flatMap((f) => JSON.parse(readFileSync(root + f, 'utf8')) as { text: string }[])
    .map((r) => r.text);
  // A structural copy defeats the compile cache, so this is a real cold compile.
  const json = JSON.parse(JSON.stringify(defaultRulesJson)) as unknown;
  const t0 = performance.now();
  const rules = loadRules(json);
  const coldCompileMs = performance.now() - t0;
  const t1 = performance.now();
  classify(texts[0] ?? 'hello', 'en', rules);
  const firstClassifyMs = performance.now() - t1;
  for (const t of texts) classify(t, 'en', rules); // warm-up
  const samples: number[] = [];
  const rounds = 20;
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const s = performance.now();
      classify(t, 'en', rules);
      samples.push(performance.now() - s);
    }
  }
  samples.sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    utterances: texts.length,
    samples: samples.length,
    rulesVersion: rules.version,
    coldCompileMs: ms(coldCompileMs),
    firstClassifyMs: ms(firstClassifyMs),
    p50Ms: ms(quantile(samples, 0.5)),
    p99Ms: ms(quantile(samples, 0.99)),
    maxMs: ms(samples[samples.length - 1] ?? 0),
    throughputPerSec: Math.round(samples.length / (total / 1000)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchChatEngine(), null, 2));
}
