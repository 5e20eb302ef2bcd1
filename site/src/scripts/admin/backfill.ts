import { announce, byId } from '../../lib/dom';
import { errorMessage } from '../../lib/messages';
import { startAdminPage } from './gate';
import { api, ok } from '../../lib/api/client';
import { type CsvOrder, ordersFromCsv, parseCsv, toCsv } from '../../lib/csv';
import { tr } from './i18n';
import { table } from './render';

/** Rows per request: the API takes up to 100; smaller chunks move the bar more often. */
const CHUNK = 25;
const form = byId<HTMLFormElement>('backfill-form');
const file = byId<HTMLInputElement>('backfill-file');
const submit = byId<HTMLButtonElement>('backfill-submit');
const bar = byId<HTMLProgressElement>('backfill-bar');
const status = byId('backfill-status');
const report = byId('backfill-report');
const download = byId<HTMLButtonElement>('backfill-rejected');

type Result = 'created' | 'updated' | 'unchanged' | 'error';
interface Outcome {
  order: CsvOrder;
  orderNumber?: string;
  result: Result;
  errors: { field: string; message: string }[];
}
interface Upload {
  kind: 'csv' | 'json';
  name: string;
  orders: CsvOrder[];
  /** The CSV's records, for the rejected rows' download. */
  records?: string[][];
}

/** The file's orders, or a message saying why it cannot be read. */
async function readUpload(): Promise<Upload | string> {
  const chosen = file.files?.[0];
  if (!chosen) return tr('backfill.noFile');
  const text = await chosen.text();
  const json = /\.json$/i.test(chosen.name) || /^\s*[[{]/.test(text);
  if (json) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return tr('backfill.badJson', { message: (error as Error).message });
    }
    if (!Array.isArray(data)) return tr('backfill.notArray');
    const orders = data.map((row, i) => ({ row: row as Record<string, unknown>, lines: [i + 1] }));
    return orders.length ? { kind: 'json', name: chosen.name, orders } : tr('backfill.empty');
  }
  const records = parseCsv(text);
  const orders = ordersFromCsv(records);
  return orders.length ? { kind: 'csv', name: chosen.name, orders, records } : tr('backfill.empty');
}

/** Sends the orders a chunk at a time; a failed chunk marks its rows and the backfill goes on. */
async function backfillAll(orders: CsvOrder[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  bar.max = orders.length;
  bar.value = 0;
  byId('backfill-progress').hidden = false;
  for (let offset = 0; offset < orders.length; offset += CHUNK) {
    const chunk = orders.slice(offset, offset + CHUNK);
    try {
      const answer = await ok(api.POST('/admin/orders/backfill', { body: chunk.map((o) => o.row) }));
      for (const r of answer.rows) {
        const order = chunk[r.index];
        if (order) outcomes.push({ order, orderNumber: r.orderNumber, result: r.result, errors: r.errors ?? [] });
      }
    } catch (error) {
      const message = tr('backfill.chunkFailed', { message: errorMessage(error) });
      outcomes.push(
        ...chunk.map((order) => ({ order, result: 'error' as const, errors: [{ field: '(row)', message }] })),
      );
    }
    bar.value = Math.min(orders.length, offset + CHUNK);
    announce(status, tr('backfill.sent', { done: bar.value, total: orders.length }));
  }
  return outcomes;
}

/** The rejected rows as a file like the one uploaded, each with why it was rejected. */
function rejectedFile(upload: Upload, rejected: Outcome[]): Blob {
  const why = (o: Outcome) => o.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  if (upload.kind === 'json')
    return new Blob(
      [
        JSON.stringify(
          rejected.map((o) => ({ ...o.order.row, _errors: o.errors })),
          null,
          2,
        ),
      ],
      {
        type: 'application/json',
      },
    );
  const records = upload.records ?? [];
  const lines = rejected.flatMap((o) => o.order.lines.map((line) => [...(records[line - 1] ?? []), why(o)]));
  return new Blob([toCsv([[...(records[0] ?? []), 'error'], ...lines])], { type: 'text/csv' });
}

let lastDownload: (() => void) | undefined;

function showReport(upload: Upload, outcomes: Outcome[]): void {
  const count = (r: Result) => outcomes.filter((o) => o.result === r).length;
  const summary = tr('backfill.done', {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('error'),
  });
  byId('backfill-summary').textContent = summary;
  const rejected = outcomes.filter((o) => o.result === 'error');
  byId('backfill-errors').replaceChildren(
    rejected.length
      ? table(
          tr('backfill.errors'),
          [tr('backfill.lines'), tr('backfill.order'), tr('backfill.field'), tr('backfill.message')],
          rejected.flatMap((o) =>
            o.errors.map((e) => [o.order.lines.join(', '), o.orderNumber ?? '', e.field, e.message]),
          ),
        )
      : tr('backfill.noErrors'),
  );
  download.hidden = rejected.length === 0;
  lastDownload = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(rejectedFile(upload, rejected));
    link.download = `rejected-${upload.name.replace(/\.[^.]+$/, '')}.${upload.kind}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  report.hidden = false;
  announce(status, summary, rejected.length ? 'error' : 'success');
  byId('backfill-report-title').focus();
}

download.addEventListener('click', () => lastDownload?.());

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  report.hidden = true;
  const upload = await readUpload();
  if (typeof upload === 'string') {
    announce(status, upload, 'error');
    file.focus();
    return;
  }
  submit.disabled = true;
  try {
    showReport(upload, await backfillAll(upload.orders));
  } finally {
    submit.disabled = false;
  }
});

// An admin-only read tells an admin from everyone else before the form is shown.
await startAdminPage(async () => {
  await ok(api.GET('/admin/outbox', { params: { query: { limit: 1 } } }));
});
