import type { SearchReport } from './api/types';
import { loadConfig } from './config';
import { helpVisit } from './help-visit';

type Search = SearchReport['searches'][number];

/** At most this many searches per report (the API's limit). */
const BATCH = 20;
/** A pause after the last search before the batch goes; hiding the page sends it at once. */
const PAUSE_MS = 4_000;

const pending: Search[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
/** Known before the first report is due: a page that is hiding cannot wait for /config.json. */
let reportUrl: string | undefined;

/**
 * Sends what is waiting as POST /faq/searches, synchronously, so it also leaves a page that is
 * unloading (a beacon, or a keepalive fetch where beacons are refused). A report that cannot be
 * sent is dropped: it is only a count.
 */
function flush(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!reportUrl) return;
  while (pending.length) {
    const visit = helpVisit();
    const report: SearchReport = { searches: pending.splice(0, BATCH), ...(visit ? { visit } : {}) };
    const body = JSON.stringify(report);
    if (navigator.sendBeacon?.(reportUrl, new Blob([body], { type: 'application/json' }))) continue;
    void fetch(reportUrl, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body,
    }).catch(() => undefined);
  }
}

let listening = false;
/**
 * Counts a search a person made whose answer may have come from CloudFront (`tally=report`): the
 * search insights learn of it from this report instead of from the search request.
 */
export async function reportSearch(search: Search): Promise<void> {
  reportUrl ??= `${(await loadConfig()).apiBase}/faq/searches`;
  pending.push(search);
  if (!listening) {
    listening = true;
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  if (pending.length >= BATCH) flush();
  else {
    clearTimeout(timer);
    timer = setTimeout(flush, PAUSE_MS);
  }
}
