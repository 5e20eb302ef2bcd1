import { announce, byId } from '../../lib/dom';
import { errorMessage } from '../../lib/messages';
import { startAdminPage } from './gate';
import { DEFAULT_LOCALE } from '../../i18n/locales';
import { api, ok } from '../../lib/api/client';
import { tr } from './i18n';
import type { ImportReport } from '../../lib/api/types';
import { table } from './render';

const CHUNK = 25;
const form = byId<HTMLFormElement>('import-form');
const file = byId<HTMLInputElement>('import-file');
const start = byId<HTMLButtonElement>('import-start');
const bar = byId<HTMLProgressElement>('progress-bar');
const status = byId('import-status');
const report = byId('import-report');

type Row = ImportReport['rows'][number];

/** The file's rows, or a message saying why it cannot be imported. */
async function readRows(): Promise<unknown[] | string> {
  const chosen = file.files?.[0];
  if (!chosen) return tr('import.noFile');
  let data: unknown;
  try {
    data = JSON.parse(await chosen.text());
  } catch (error) {
    return tr('import.badJson', { message: (error as Error).message });
  }
  if (!Array.isArray(data)) return tr('import.notArray');
  return data.length ? data : tr('import.empty');
}

/** Sends the rows 25 at a time; a failed batch marks its rows and the import goes on. */
async function importAll(rows: unknown[]): Promise<Row[]> {
  const results: Row[] = [];
  bar.max = rows.length;
  bar.value = 0;
  byId('import-progress').hidden = false;
  for (let offset = 0; offset < rows.length; offset += CHUNK) {
    const chunk = rows.slice(offset, offset + CHUNK);
    try {
      const answer = await ok(api.POST('/admin/faq/import', { body: chunk }));
      results.push(...answer.rows.map((r) => ({ ...r, index: r.index + offset })));
    } catch (error) {
      const message = tr('import.chunkFailed', { message: errorMessage(error) });
      results.push(
        ...chunk.map((_, i) => ({
          index: offset + i,
          result: 'error' as const,
          errors: [{ field: '(row)', message }],
        })),
      );
    }
    bar.value = Math.min(rows.length, offset + CHUNK);
    announce(status, tr('import.sent', { done: bar.value, total: rows.length }));
  }
  return results;
}

function showReport(rows: Row[]): void {
  const count = (result: Row['result']) => rows.filter((r) => r.result === result).length;
  const summary = tr('import.done', {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('error'),
  });
  byId('report-summary').textContent = summary;
  const failed = rows.filter((r) => r.result === 'error');
  byId('report-errors').replaceChildren(
    failed.length
      ? table(
          tr('import.errors'),
          [
            tr('import.row'),
            tr('admin.field.slug'),
            tr('admin.field.locale'),
            tr('import.field'),
            tr('import.message'),
          ],
          failed.flatMap((r) =>
            (r.errors ?? [{ field: '(row)', message: '' }]).map((e) => [
              r.index,
              r.slug ?? '',
              r.locale ?? '',
              e.field,
              e.message,
            ]),
          ),
          { numeric: [0] },
        )
      : tr('import.noErrors'),
  );
  // Extra columns (ids, urls from other tools) do not fail a row; say which were skipped.
  const ignored = new Map<string, number>();
  for (const r of rows) for (const name of r.ignoredFields ?? []) ignored.set(name, (ignored.get(name) ?? 0) + 1);
  const note = byId('report-ignored');
  note.hidden = ignored.size === 0;
  note.textContent = tr('import.ignored', { list: [...ignored].map(([name, n]) => `${name} (${n})`).join(', ') });
  report.hidden = false;
  announce(status, summary, failed.length ? 'error' : 'success');
  byId('report-title').focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  report.hidden = true;
  const rows = await readRows();
  if (typeof rows === 'string') {
    announce(status, rows, 'error');
    file.focus();
    return;
  }
  start.disabled = true;
  try {
    showReport(await importAll(rows));
  } finally {
    start.disabled = false;
  }
});

byId('export').addEventListener('click', async () => {
  const live = byId('export-status');
  try {
    const rows = await ok(api.GET('/admin/faq/export'));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(rows, null, 2)], { type: 'application/json' }));
    link.download = 'faq-export.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    announce(live, tr('import.exported', { n: rows.length }), 'success');
  } catch (error) {
    announce(live, errorMessage(error), 'error');
  }
});

// Any admin call tells an admin from a customer; the default locale's synonyms will do.
await startAdminPage(async () => {
  await ok(api.GET('/admin/synonyms/{locale}', { params: { path: { locale: DEFAULT_LOCALE } } }));
});
