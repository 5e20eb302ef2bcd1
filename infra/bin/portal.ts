import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from '../config.js';
import { PortalStack } from '../stacks/portal-stack.js';

/**
 * Builds the app: one PortalStack for the stage in context, checked by cdk-nag AwsSolutions on
 * every synth. Env-agnostic unless `-c account=... -c region=...` are given.
 *
 * @example
 * const { app, stack } = createApp({ stage: 'dev' }, 'cdk.out.test');
 */
export function createApp(context: Record<string, unknown> = {}, outdir?: string) {
  const app = new App({ context, ...(outdir ? { outdir } : {}) });
  const config = readConfig(app.node);
  const account = app.node.tryGetContext('account') as string | undefined;
  const region = app.node.tryGetContext('region') as string | undefined;
  const stack = new PortalStack(app, `Portal-${config.stage}`, {
    config,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    description: `Customer self-service portal (${config.stage})`,
    ...(account || region ? { env: { account, region } } : {}),
    tags: { app: 'self-service-portal', stage: config.stage },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, config };
}

/**
 * Removes templates another stage left in the output directory, so cdk.out always holds just
 * the stage synthesised last (the template checks read every template there).
 */
function pruneOtherStages(outdir: string, keep: string): void {
  for (const file of readdirSync(outdir)) {
    const stack = /^(Portal-[a-z0-9-]+)\.(template|assets|metadata)\.json$/.exec(file)?.[1];
    if (stack && stack !== keep) rmSync(join(outdir, file));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { app, stack } = createApp();
  const assembly = app.synth();
  pruneOtherStages(assembly.directory, stack.stackName);
}
