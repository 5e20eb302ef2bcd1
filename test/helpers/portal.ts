import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalPortal } from '../../functions/local/portal';

export interface TestPortal {
  url: string;
  stop(): Promise<void>;
  deps: Awaited<ReturnType<typeof startLocalPortal>>['deps'];
}

/**
 * A whole local portal for a test file: dynalite over HTTP on a free port with a temp data dir,
 * seeded demo data, the API and (unless `site: false`) the built site.
 */
export async function startPortal(
  options: { site?: boolean; env?: Record<string, string>; connectSources?: string[] } = {},
): Promise<TestPortal> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-test-'));
  const portal = await startLocalPortal({
    port: 0,
    dataDir,
    siteDir: options.site === false ? false : resolve('site/dist'),
    env: { DYNAMODB_ENDPOINT: undefined, ...options.env },
    connectSources: options.connectSources,
  });
  return {
    url: portal.url,
    deps: portal.deps,
    async stop() {
      await portal.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
