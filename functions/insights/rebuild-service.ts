import type { Stores } from '../store';
import {
  diffParts,
  diffSummaries,
  isRebuiltPart,
  type PartMismatch,
  rebuildParts,
  REBUILT_PARTS,
  summariesOf,
  type SummaryMismatch,
} from './domain/rebuild';
import { rebuildStore } from './rebuild-store';

/** What a rebuild found (and, with `write`, mended). */
export interface RebuildReport {
  customers: number;
  orders: number;
  surveyDays: number;
  /** Figures of the rebuilt parts that differ from the stored ones. */
  parts: PartMismatch[];
  /** Customers whose stored summary (or last-order index entry) is not what their orders give. */
  summaries: (SummaryMismatch & { indexOnly?: boolean })[];
  rebuiltParts: readonly string[];
  /** Stored parts counted from events only, compared with nothing. */
  notRebuilt: string[];
  written: { parts: number; summaries: number; summariesChanged: string[] } | null;
}

const CONCURRENCY = 16;

async function eachLimited<T>(list: readonly T[], run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < list.length) await run(list[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, list.length) }, worker));
}

/**
 * Recomputes the relationship aggregates from the items (customer items, orders, survey day
 * counters) with the write path's own domain code, and compares them figure by figure with the
 * stored ones. With `write`, every differing customer summary is swapped for the rebuilt one
 * (with its last-order index entry) and every differing part replaced by the rebuilt amounts; a
 * customer whose item changed since the read is left alone and named. Offline: it reads the
 * whole table, so run it by hand (`npm run insights:rebuild`), with the shop's feed quiet when
 * writing (a write landing between the read and the replace would be undone).
 */
export async function rebuildRelationship(
  { stores }: { stores: Pick<Stores, 'db' | 'relationship'> },
  options: { write?: boolean; segments?: number } = {},
): Promise<RebuildReport> {
  const store = rebuildStore(stores.db);
  const [sources, stored] = await Promise.all([store.scanSources(options.segments), store.storedParts()]);
  const summaries = summariesOf(sources.customers, sources.orders);
  const rebuilt = rebuildParts(summaries, sources.days);
  const parts = diffParts(stored, rebuilt);
  const summaryMismatches: RebuildReport['summaries'] = diffSummaries(sources.customers, summaries);
  const mismatched = new Set(summaryMismatches.map((m) => m.email));
  for (const c of sources.customers) {
    const summary = summaries.get(c.email) ?? null;
    if (!mismatched.has(c.email) && !stores.relationship.indexedFor(c.email, summary, c.indexedAs))
      summaryMismatches.push({ email: c.email, stored: c.summary, rebuilt: summary, indexOnly: true });
  }
  const report: RebuildReport = {
    customers: sources.customers.length,
    orders: sources.orders.length,
    surveyDays: new Set(sources.days.map((d) => `${d.kind}#${d.day}`)).size,
    parts,
    summaries: summaryMismatches,
    rebuiltParts: REBUILT_PARTS,
    notRebuilt: Object.keys(stored)
      .filter((p) => !isRebuiltPart(p))
      .sort(),
    written: null,
  };
  if (!options.write) return report;

  const versions = new Map(sources.customers.map((c) => [c.email, c.version]));
  const summariesChanged: string[] = [];
  let swapped = 0;
  await eachLimited(summaryMismatches, async (m) => {
    const ok = await stores.relationship.swapSummary(m.email, versions.get(m.email) ?? 0, m.rebuilt);
    if (ok) swapped++;
    else summariesChanged.push(m.email);
  });
  const partNames = [...new Set(parts.map((p) => p.part))];
  await eachLimited(partNames, (part) => store.replacePart(part, nonZero(rebuilt[part] ?? {})));
  report.written = { parts: partNames.length, summaries: swapped, summariesChanged };
  return report;
}

const nonZero = (attrs: Record<string, number>) => Object.fromEntries(Object.entries(attrs).filter(([, n]) => n !== 0));

const PER_PART = 20;

/** The report as lines for a terminal: every differing figure and customer, then the totals. */
export function formatRebuildReport(report: RebuildReport): string[] {
  const lines = [
    `read ${report.customers} customers, ${report.orders} orders, ${report.surveyDays} survey days`,
    `rebuilt parts: ${report.rebuiltParts.join(', ')} (prefixes with #)`,
  ];
  const shown = new Map<string, number>();
  for (const m of report.parts) {
    const n = (shown.get(m.part) ?? 0) + 1;
    shown.set(m.part, n);
    if (n <= PER_PART)
      lines.push(`  ${m.part} ${m.attr}: stored ${m.stored}, rebuilt ${m.rebuilt} (${signed(m.rebuilt - m.stored)})`);
  }
  for (const [part, n] of shown) if (n > PER_PART) lines.push(`  ${part}: ${n - PER_PART} more differing figures`);
  for (const m of report.summaries)
    lines.push(
      m.indexOnly
        ? `  customer ${m.email}: last-order index entry missing or stale`
        : `  customer ${m.email}: summary stored ${JSON.stringify(m.stored)}, rebuilt ${JSON.stringify(m.rebuilt)}`,
    );
  if (report.notRebuilt.length)
    lines.push(
      `not rebuilt (counted as events happen; their items expire or are erased): ${report.notRebuilt.join(', ')}`,
    );
  const clean = !report.parts.length && !report.summaries.length;
  lines.push(
    clean
      ? 'no difference: the stored aggregates are what the items give'
      : `${report.parts.length} figures in ${new Set(report.parts.map((p) => p.part)).size} parts and ${report.summaries.length} customer summaries differ`,
  );
  if (report.written)
    lines.push(
      `written: ${report.written.parts} parts replaced, ${report.written.summaries} summaries swapped` +
        (report.written.summariesChanged.length
          ? `; changed meanwhile, left alone: ${report.written.summariesChanged.join(', ')}`
          : ''),
    );
  return lines;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
