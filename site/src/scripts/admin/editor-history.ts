import { byId, h } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { compareFields } from './diff';
import { contentFields } from './editor-form';
import { api, ok } from '../../lib/api/client';
import { tr } from './i18n';
import { table } from './render';
import type { AdminArticle, ArticleVersion } from '../../lib/api/types';

const section = byId('history');
const from = byId<HTMLSelectElement>('compare-from');
const to = byId<HTMLSelectElement>('compare-to');
const output = byId('compare-output');
let versions: ArticleVersion[] = [];
let restore: (version: number) => void = () => undefined;

const label = (v: ArticleVersion) => `${tr('admin.field.version')} ${v.version}`;
const option = (v: ArticleVersion) =>
  h('option', { value: v.version }, `${label(v)} · ${tr(`history.act.${v.action}`)} · ${dateTime(v.at)}`);

/** Loads and shows every version of the article, newest first. */
export async function loadHistory({ slug, locale }: Pick<AdminArticle, 'slug' | 'locale'>): Promise<void> {
  versions = (await ok(api.GET('/admin/faq/{slug}/{locale}/history', { params: { path: { slug, locale } } }))).versions;
  const newest = [...versions].reverse();
  const latest = newest[0]?.version;
  byId('history-table').replaceChildren(
    table(
      tr('history.versions'),
      [tr('admin.field.version'), tr('history.action'), tr('history.when'), tr('history.by'), tr('history.restore')],
      newest.map((v) => [
        v.version,
        tr(`history.act.${v.action}`),
        dateTime(v.at),
        v.by,
        v.version === latest
          ? tr('history.current')
          : h(
              'button',
              {
                type: 'button',
                class: 'secondary small',
                'data-restore': v.version,
                'aria-label': tr('history.restoreV', { version: v.version }),
              },
              tr('history.restore'),
            ),
      ]),
      { hideCaption: true },
    ),
  );
  from.replaceChildren(...newest.map(option));
  to.replaceChildren(...newest.map(option));
  to.value = String(newest[0]?.version ?? '');
  from.value = String(newest[1]?.version ?? newest[0]?.version ?? '');
  output.replaceChildren();
  section.hidden = false;
}

export const hideHistory = (): void => {
  section.hidden = true;
};

/** What to do when a Restore button is pressed. */
export const onRestore = (handler: (version: number) => void): void => {
  restore = handler;
};

byId('history-table').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-restore]');
  if (button) restore(Number(button.dataset.restore));
});

byId<HTMLFormElement>('compare-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const a = versions.find((v) => v.version === Number(from.value));
  const b = versions.find((v) => v.version === Number(to.value));
  if (!a || !b) return;
  const title = tr('history.diffTitle', { a: a.version, b: b.version });
  output.replaceChildren(h('h3', {}, title), compareFields(title, label(a), label(b), contentFields(a, b)));
});
