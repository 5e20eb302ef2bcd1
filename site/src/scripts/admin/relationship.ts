/** Fills pages/[locale]/admin/relationship: figures, tables, the NPS chart (uPlot, this page only) and CSV. */
import { api, ok } from '../../lib/api/client';
import { announce, byId, h } from '../../lib/dom';
import type { Ok, RelationshipInsights } from '../../lib/api/types';
import { intlLocale, localHref } from '../../lib/ui';
import { startAdminPage } from './gate';
import type { AdminKey } from '../../i18n/admin/index';
import { tr } from './i18n';
import { table } from './render';

const fmt = (n: number | null, style: 'decimal' | 'percent' = 'decimal', digits = 1) =>
  n === null
    ? tr('dash.noData')
    : new Intl.NumberFormat(intlLocale(), { style, maximumFractionDigits: digits }).format(n);
const money = (cents: number) => fmt(cents / 100, 'decimal', 2);
const pct = (share: number | null) => fmt(share, 'percent');

/** Rows of every section, for the tables and the CSV alike. */
function sections(d: RelationshipInsights): { title: string; head: string[]; rows: (string | number)[][] }[] {
  const months = Math.max(0, ...d.retentionByCohort.map((c) => c.retained.length));
  return [
    {
      title: tr('rel.title'),
      head: ['', ''],
      rows: [
        [tr('rel.customers'), d.customers],
        [tr('rel.active'), d.activeCustomers],
        [tr('rel.churn'), pct(d.churnRateLast12Months)],
        [tr('rel.aov'), money(d.averageOrderValueCents)],
        [tr('rel.clv'), money(d.customerLifetimeValueCents)],
        [tr('rel.clvForecast'), money(d.customerLifetimeValueForecastCents)],
        [tr('rel.top20'), pct(d.top20RevenueShare)],
        [tr('rel.csat'), pct(d.csat)],
        [tr('rel.selfService'), pct(d.selfServiceResolutionRate)],
        [tr('rel.fcr'), pct(d.firstContactResolutionRate)],
        [tr('rel.deflection'), pct(d.deflection.rate)],
      ],
    },
    {
      title: tr('rel.tenure'),
      head: [tr('rel.bucket'), tr('rel.count')],
      rows: d.tenure.map((b) => [b.bucket, b.customers]),
    },
    {
      title: tr('rel.exits'),
      head: [tr('rel.reason'), tr('rel.source'), tr('rel.count')],
      rows: d.exitReasons.map((e) => [
        tr(`rel.reason.${e.reason}` as AdminKey) || e.reason,
        tr(`rel.source.${e.source}` as AdminKey),
        e.count,
      ]),
    },
    {
      title: tr('rel.nps'),
      head: [tr('rel.month'), tr('rel.score'), tr('rel.responses')],
      rows: d.nps.trend.map((m) => [m.month, m.score ?? tr('dash.noData'), m.responses]),
    },
    {
      title: tr('rel.cohorts'),
      head: [tr('rel.cohort'), tr('rel.size'), ...Array.from({ length: months }, (_, i) => tr('rel.monthN', { n: i }))],
      rows: d.retentionByCohort.map((c) => [c.cohort, c.size, ...c.retained.map((r) => pct(r))]),
    },
  ];
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function download(d: RelationshipInsights): void {
  const lines = sections(d).flatMap((s) => [
    s.title,
    s.head.join(','),
    ...s.rows.map((r) => r.map(csvCell).join(',')),
    '',
  ]);
  const url = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'relationship.csv' });
  link.click();
  URL.revokeObjectURL(url);
}

/** The chart library loads on demand, so the page's own script stays small (test/e2e/budget). */
async function npsChart(d: RelationshipInsights): Promise<void> {
  const [{ default: uPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
  const host = byId('rel-nps-chart');
  const x = d.nps.trend.map((m) => Date.parse(`${m.month}-01T00:00:00Z`) / 1000);
  const y = d.nps.trend.map((m) => m.score);
  host.replaceChildren();
  new uPlot(
    {
      width: Math.min(host.clientWidth || 640, 720),
      height: 220,
      scales: { y: { range: [-100, 100] } },
      series: [{}, { label: 'NPS', stroke: '#2563eb', width: 2, spanGaps: true, points: { size: 6 } }],
      axes: [{}, { values: (_u, ticks) => ticks.map(String) }],
      legend: { show: false },
    },
    [x, y],
    host,
  );
}

function render(d: RelationshipInsights): void {
  const [summary, tenure, exits, nps, cohorts] = sections(d);
  byId('rel-stats').replaceChildren(
    ...(summary?.rows ?? []).map(([label, value]) =>
      h('div', {}, h('dt', {}, String(label)), h('dd', {}, String(value))),
    ),
  );
  const max = Math.max(1, ...d.tenure.map((b) => b.customers));
  byId('rel-tenure').replaceChildren(
    table(
      tenure?.title ?? '',
      tenure?.head ?? [],
      d.tenure.map((b) => [
        b.bucket,
        h(
          'span',
          { class: 'bar-cell' },
          // A meter, not a styled span: the page's CSP takes no inline styles.
          h('meter', { class: 'bar', min: '0', max: String(max), value: String(b.customers), 'aria-hidden': 'true' }),
          ` ${b.customers}`,
        ),
      ]),
      { hideCaption: true },
    ),
  );
  byId('rel-exits').replaceChildren(
    exits?.rows.length
      ? table(exits.title, exits.head, exits.rows, { numeric: [2], hideCaption: true })
      : h('p', {}, tr('dash.noData')),
  );
  byId('rel-nps').replaceChildren(table(nps?.title ?? '', nps?.head ?? [], nps?.rows ?? [], { numeric: [1, 2] }));
  byId('rel-cohorts').replaceChildren(
    table(cohorts?.title ?? '', cohorts?.head ?? [], cohorts?.rows ?? [], {
      numeric: (cohorts?.head ?? []).map((_, i) => i).slice(1),
      hideCaption: true,
    }),
  );
  byId('rel-method').replaceChildren(
    ...Object.entries(d.method).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
  );
  // The tables carry every figure; a chart that fails to load leaves them as they are.
  void npsChart(d).catch(() => undefined);
}

type Lists = Ok<'/admin/insights/relationship/lists', 'get'>;
type Listed = Lists['atRisk'][number];
const day = (iso: string) => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(new Date(iso));

/** One action list: each name opens the customer's page. */
function customerList(rows: Listed[], caption: string): HTMLElement {
  if (!rows.length) return h('p', {}, tr('rel.none'));
  const withContact = rows.some((c) => c.lastContactedAt);
  return table(
    caption,
    [
      tr('rel.col.name'),
      tr('rel.col.email'),
      tr('rel.col.spend'),
      tr('rel.col.orders'),
      tr('rel.col.lastOrder'),
      ...(withContact ? [tr('rel.col.lastContacted')] : []),
    ],
    rows.map((c) => [
      h('a', { href: localHref(`admin/customers/view/?id=${encodeURIComponent(c.email)}`) }, c.name || c.email),
      c.email,
      money(c.spendCents),
      c.orders,
      day(`${c.lastDay}T12:00:00Z`),
      ...(withContact ? [c.lastContactedAt ? day(c.lastContactedAt) : ''] : []),
    ]),
    { numeric: [2, 3], hideCaption: true },
  );
}

function renderLists(lists: Lists): void {
  byId('rel-at-risk').replaceChildren(customerList(lists.atRisk, tr('rel.atRisk')));
  byId('rel-lapsed').replaceChildren(customerList(lists.lapsed, tr('rel.lapsed')));
  byId('rel-method').append(...Object.entries(lists.method).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

let latest: RelationshipInsights | undefined;
byId('rel-csv').addEventListener('click', () => {
  if (latest) download(latest);
});

await startAdminPage(async () => {
  const [figures, lists] = await Promise.all([
    ok(api.GET('/admin/insights/relationship')),
    ok(api.GET('/admin/insights/relationship/lists')),
  ]);
  latest = figures;
  render(figures);
  renderLists(lists);
  announce(byId('rel-status'), tr('rel.loaded'));
});
