import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher } from '../../../functions/local/mail-catcher';
import { caughtMails } from '../../helpers/portal';

type Catcher = Awaited<ReturnType<typeof startMailCatcher>>;

/** Runs crash-child.ts until it prints `until`, then returns that line and the running process. */
function runChild(
  dataDir: string,
  mode: 'write' | 'intent' | 'drain',
  smtpUrl: string,
  until: RegExp,
  order = 'CRASH-1',
) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/integration/outbox/crash-child.ts', dataDir, mode, order],
    {
      env: { ...process.env, SMTP_URL: smtpUrl, LOG_LEVEL: 'ERROR' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise<{ line: string; kill: () => Promise<void> }>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`child timed out: ${out}`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = until.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({
          line: m[0],
          kill: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => fail(new Error(`child exited ${code}: ${out}`)));
  });
}

describe('Outbox: a crash between the write and the send', () => {
  let catcher: Catcher;
  let dataDir: string;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, webPort: 0 });
    dataDir = await mkdtemp(join(tmpdir(), 'portal-crash-'));
  });
  afterAll(async () => {
    await catcher?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should send the message enqueued with its change exactly once after a SIGKILL and restarts', async () => {
    // Prepare: the change and its message committed together, then the process killed before any drain
    const writer = await runChild(dataDir, 'write', catcher.smtpUrl, /WRITTEN (M-\w+)/);
    const id = writer.line.split(' ')[1] ?? '';
    await writer.kill();
    expect(await caughtMails(catcher.webUrl)).toHaveLength(0);

    // Act: restart on the same data; its drain sends; then kill it and restart once more
    const first = await runChild(dataDir, 'drain', catcher.smtpUrl, /DRAINING/);
    let mails = await caughtMails(catcher.webUrl);
    for (let i = 0; i < 100 && mails.length === 0; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      mails = await caughtMails(catcher.webUrl);
    }
    await first.kill();
    const second = await runChild(dataDir, 'drain', catcher.smtpUrl, /DRAINING/);
    await new Promise((ok) => setTimeout(ok, 1000));
    await second.kill();

    // Assess
    const all = await caughtMails(catcher.webUrl);
    expect(all.map((m) => m.messageId ?? m.headers['message-id'])).toEqual([`<${id}@outbox.portal>`]);
    expect(all[0]?.subject).toBe('Your order CRASH-1 was delivered');
  }, 120_000);

  it('should send nothing when the process dies after the enqueue but before the change', async () => {
    // Prepare: the message stored, the change it waits for never written
    const before = (await caughtMails(catcher.webUrl)).length;
    const writer = await runChild(dataDir, 'intent', catcher.smtpUrl, /WRITTEN (M-\w+)/, 'CRASH-2');
    await writer.kill();

    // Act: restart; past the grace period (1 s here) the drain drops it
    const drainer = await runChild(dataDir, 'drain', catcher.smtpUrl, /DRAINING/, 'CRASH-2');
    await new Promise((ok) => setTimeout(ok, 2500));
    await drainer.kill();

    // Assess
    const all = await caughtMails(catcher.webUrl);
    expect(all).toHaveLength(before);
    expect(all.some((m) => m.subject.includes('CRASH-2'))).toBe(false);
  }, 120_000);
});
