// First: zod must be jitless before any module builds a schema (see zod-jitless.ts).
import './zod-jitless';
import { logger } from '../commons/logger';
import { loadConfig } from '../config';
import { createDeps } from '../deps';
import { sesSender } from '../outbox/ses-transport';
import { type DrainResult, drain } from '../outbox/service';

const config = loadConfig();
// The one function that sends mail, through SES only: no SMTP client in its bundle.
const deps = createDeps(config, config.DYNAMODB_ENDPOINT, sesSender(config));

/**
 * The scheduled outbox drain (EventBridge, every minute): sends what is due through SES, a few
 * batches per run, and stops well before the function's timeout.
 */
export async function handler(): Promise<DrainResult> {
  const total: DrainResult = { sent: 0, retrying: 0, failed: 0, withdrawn: 0, skipped: 0 };
  const stopAt = Date.now() + 40_000;
  for (let batch = 0; batch < 10 && Date.now() < stopAt; batch++) {
    const r = await drain(deps, { limit: 50 });
    total.sent += r.sent;
    total.retrying += r.retrying;
    total.failed += r.failed;
    total.withdrawn += r.withdrawn;
    total.skipped += r.skipped;
    if (r.sent + r.retrying + r.failed + r.withdrawn + r.skipped < 50) break;
  }
  if (total.sent + total.retrying + total.failed + total.withdrawn > 0) logger.info('outbox drained', { ...total });
  return total;
}
