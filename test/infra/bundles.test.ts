import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../../infra/constructs/bundling.js';

const ROOT = join(import.meta.dirname, '../..');
const ENTRIES = ['admin', 'chat', 'customer', 'docs', 'faq', 'integration', 'outbox'] as const;

/** The source files each Lambda bundle holds (in any of its chunks), built as PortalFunction builds it. */
async function inputsOf(entry: string): Promise<string[]> {
  const meta = await bundleLambda(
    join(ROOT, 'functions/lambda', `${entry}.ts`),
    join(ROOT, '.bench', 'test', entry),
    [],
    {
      write: false,
      logLevel: 'silent',
    },
  );
  return Object.keys(meta.inputs);
}

describe('Infra: Lambda bundles carry mail code only where mail is sent', () => {
  const inputs: Record<string, string[]> = {};
  beforeAll(async () => {
    for (const entry of ENTRIES) inputs[entry] = await inputsOf(entry);
  }, 120_000);

  const has = (entry: string, pkg: string) => (inputs[entry] ?? []).some((i) => i.includes(`node_modules/${pkg}/`));

  it.each(ENTRIES.filter((e) => e !== 'outbox'))('should leave nodemailer and the SES client out of %s', (entry) => {
    expect(inputs[entry]?.length).toBeGreaterThan(50);
    expect(has(entry, 'nodemailer')).toBe(false);
    expect(has(entry, '@aws-sdk/client-sesv2')).toBe(false);
  });

  it('should give the outbox drain the SES client and no SMTP client', () => {
    expect(has('outbox', '@aws-sdk/client-sesv2')).toBe(true);
    expect(has('outbox', 'nodemailer')).toBe(false);
  });
});
