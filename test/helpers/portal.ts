import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalPortal } from '../../functions/local/portal';

export interface TestPortal {
  url: string;
  stop(): Promise<void>;
  deps: Awaited<ReturnType<typeof startLocalPortal>>['deps'];
  /** This portal's own mail catcher (maildev on free ports), unless SMTP_URL was given. */
  mail?: { webUrl: string; smtpUrl: string };
}

/** One mail as maildev's REST API gives it. */
export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
  headers: Record<string, string>;
  messageId?: string;
}

/** Every mail a catcher holds, read back over its REST API. */
export async function caughtMails(webUrl: string): Promise<CaughtMail[]> {
  const res = await fetch(`${webUrl}/api/email`);
  if (!res.ok) throw new Error(`mail catcher: ${res.status}`);
  return (await res.json()) as CaughtMail[];
}

/**
 * A whole local portal for a test file: dynalite over HTTP on a free port with a temp data dir,
 * seeded demo data, the API and (unless `site: false`) the built site.
 */
export async function startPortal(
  options: {
    site?: boolean;
    env?: Record<string, string>;
    connectSources?: string[];
    /** Drain the outbox by itself (default true); false for tests that drain by hand. */
    outboxDrain?: boolean;
    dataDir?: string;
  } = {},
): Promise<TestPortal> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'portal-test-')));
  const portal = await startLocalPortal({
    port: 0,
    dataDir,
    siteDir: options.site === false ? false : resolve('site/dist'),
    // Quiet hours off unless a test asks: a test run at night must not wait for the morning.
    // No generated shop history either (SEED_HISTORY_CUSTOMERS): tests count the demo customers.
    env: { DYNAMODB_ENDPOINT: undefined, QUIET_HOURS: 'off', SEED_HISTORY_CUSTOMERS: '0', ...options.env },
    connectSources: options.connectSources,
    mailCatcher: { smtpPort: 0, webPort: 0 },
    outboxDrain: options.outboxDrain,
  });
  return {
    url: portal.url,
    deps: portal.deps,
    mail: portal.mail,
    async stop() {
      await portal.stop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
