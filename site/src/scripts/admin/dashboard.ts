import { announce, byId, h } from '../../lib/dom';
import { errorMessage } from '../../lib/messages';
import { intlLocale } from '../../lib/ui';
import { pageAlert, startAdminPage } from './gate';
import { api, ok } from '../../lib/api/client';
import { localeName, tr } from './i18n';
import { editorHref, table } from './render';
import type { Insights } from '../../lib/api/types';

const days = byId<HTMLSelectElement>('days');
const status = byId('dash-status');
const num = (n: number | null, style: 'decimal' | 'percent' = 'decimal') =>
  n === null ? tr('dash.noData') : new Intl.NumberFormat(intlLocale(), { style, maximumFractionDigits: 1 }).format(n);
const none = () => h('p', {}, tr('admin.none'));
const stats = (pairs: [string, string][]) =>
  pairs.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value)));

function render(data: Insights): void {
  const { searches, articles, bot, nps, csat } = data;
  byId('search-total').textContent = num(searches.total);
  byId('zero-results').replaceChildren(
    searches.zeroResults.length
      ? table(
          tr('dash.zero'),
          [tr('dash.query'), tr('admin.field.locale'), tr('dash.count'), tr('dash.actions')],
          searches.zeroResults.map((s) => [
            h('span', { lang: s.locale }, s.query),
            localeName(s.locale),
            s.count,
            h(
              'a',
              {
                class: 'button small',
                href: editorHref({ question: s.query, locale: s.locale }),
                'aria-label': tr('dash.createFor', { q: s.query }),
              },
              tr('dash.create'),
            ),
          ]),
          { numeric: [2], hideCaption: true },
        )
      : h('p', {}, tr('dash.zeroEmpty')),
  );
  byId('top-searches').replaceChildren(
    searches.top.length
      ? table(
          tr('dash.top'),
          [tr('dash.query'), tr('admin.field.locale'), tr('dash.count'), tr('dash.results')],
          searches.top.map((s) => [h('span', { lang: s.locale }, s.query), localeName(s.locale), s.count, s.results]),
          { numeric: [2, 3], hideCaption: true },
        )
      : none(),
  );
  const trend = ({ recent, previous, change }: { recent: number; previous: number; change: number | null }) =>
    `${num(recent)} / ${num(previous)} (${
      change === null
        ? tr('dash.trendNew')
        : tr(change >= 0 ? 'dash.trendUp' : 'dash.trendDown', { p: num(Math.abs(change), 'percent') })
    })`;
  byId('articles-by-title').replaceChildren(
    articles.byTitle.length
      ? table(
          tr('dash.articles'),
          [tr('dash.article'), tr('admin.field.locale'), tr('dash.views'), tr('dash.helpful'), tr('dash.trend')],
          articles.byTitle.map((a) => [
            h('a', { href: editorHref({ slug: a.slug, locale: a.locale }), lang: a.locale }, a.title),
            localeName(a.locale),
            a.views,
            a.helpfulRatio === null ? tr('dash.noData') : `${num(a.helpfulRatio, 'percent')} (${a.up + a.down})`,
            trend(a.trend),
          ]),
          { numeric: [2, 3], hideCaption: true },
        )
      : none(),
  );
  byId('unhelpful').replaceChildren(
    articles.unhelpful.length
      ? table(
          tr('dash.unhelpful'),
          [tr('dash.article'), tr('admin.field.locale'), tr('dash.down'), tr('dash.reasons')],
          articles.unhelpful.map((a) => [
            h('a', { href: editorHref({ slug: a.slug, locale: a.locale }) }, a.slug),
            localeName(a.locale),
            a.down,
            a.reasons.length
              ? h(
                  'ul',
                  { class: 'reasons' },
                  ...a.reasons.map((r) => h('li', {}, r.comment ? `${r.reason}: ${r.comment}` : r.reason)),
                )
              : '',
          ]),
          { numeric: [2], hideCaption: true },
        )
      : none(),
  );
  byId('handoffs').textContent = num(bot.handoffs);
  byId('intents').replaceChildren(
    bot.intents.length
      ? table(
          tr('dash.intents'),
          [tr('dash.intent'), tr('dash.count')],
          bot.intents.map((i) => [i.intent, i.count]),
          { numeric: [1], hideCaption: true },
        )
      : none(),
  );
  // Fallbacks grouped by language, most frequent first: what the bot should learn next.
  const groups = new Map<string, Insights['bot']['fallbacks']>();
  for (const f of bot.fallbacks) groups.set(f.locale, [...(groups.get(f.locale) ?? []), f]);
  byId('fallbacks').replaceChildren(
    ...(groups.size
      ? [...groups].map(([locale, rows]) =>
          table(
            `${tr('dash.fallbacks')}: ${localeName(locale)}`,
            [tr('dash.utterance'), tr('dash.count')],
            rows.sort((a, b) => b.count - a.count).map((f) => [h('span', { lang: locale }, f.utterance), f.count]),
            { numeric: [1] },
          ),
        )
      : [none()]),
  );
  byId('nps').replaceChildren(
    ...stats([
      [tr('dash.npsScore'), num(nps.score)],
      [tr('dash.responses'), num(nps.responses)],
      [tr('dash.promoters'), num(nps.promoters)],
      [tr('dash.passives'), num(nps.passives)],
      [tr('dash.detractors'), num(nps.detractors)],
    ]),
  );
  byId('csat').replaceChildren(
    ...stats([
      [tr('dash.average'), num(csat.average)],
      [tr('dash.satisfied'), num(csat.satisfiedShare, 'percent')],
      [tr('dash.responses'), num(csat.responses)],
    ]),
  );
}

async function load(): Promise<void> {
  render(await ok(api.GET('/admin/insights', { params: { query: { days: Number(days.value) } } })));
  announce(status, tr('dash.loaded', { n: days.value }));
}

days.addEventListener('change', () => {
  load().catch((error: unknown) => announce(pageAlert(), errorMessage(error), 'error'));
});
await startAdminPage(load);
