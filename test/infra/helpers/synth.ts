import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { createApp } from '../../../infra/bin/portal.js';

export interface Violation {
  ruleName: string;
  violatingConstructs: Array<{ constructPath: string }>;
}
export interface PluginReport {
  pluginName: string;
  conclusion: string;
  violations: Violation[];
}

export interface Synthesised {
  template: Template;
  json: { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
  reports: PluginReport[];
  stack: ReturnType<typeof createApp>['stack'];
  outdir: string;
}

/**
 * Synthesises the portal app (cdk-nag included) into a fresh temporary directory and reads back
 * the template and the validation report. `tweak` may add constructs before synthesis.
 */
export function synthPortal(context: Record<string, unknown> = {}, tweak?: (stack: IConstruct) => void): Synthesised {
  const outdir = mkdtempSync(join(tmpdir(), 'portal-cdk-'));
  const { app, stack } = createApp(context, outdir);
  tweak?.(stack);
  const consoleError = console.error;
  if (tweak) console.error = () => undefined; // the expected report would only add noise
  try {
    app.synth();
  } catch (error) {
    // Validation failures throw after the assembly and report are written; a tweak expects them.
    if (!tweak) throw error;
  } finally {
    console.error = consoleError;
  }
  const file = readdirSync(outdir).find((f) => f.endsWith('.template.json'));
  if (!file) throw new Error(`no template in ${outdir}`);
  const json = JSON.parse(readFileSync(join(outdir, file), 'utf8')) as Synthesised['json'];
  const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
    pluginReports: PluginReport[];
  };
  return { template: Template.fromJSON(json), json, reports: report.pluginReports, stack, outdir };
}

/** Every acknowledgement recorded in the construct tree: rule id, reason and where. */
export function acknowledgements(root: IConstruct): Array<{ id: string; reason: string; path: string }> {
  return root.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) =>
          Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ id, reason, path: c.node.path })),
        ),
    );
}

/**
 * The template with asset hashes, bundle keys and CSP inline hashes masked for snapshots (the
 * site build, present or not, changes only those).
 */
export function stableTemplate(json: unknown): unknown {
  const text = JSON.stringify(json)
    .replace(/[a-f0-9]{64}(\.zip)?/g, '<asset-hash>')
    .replace(/(script|style)-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*/g, "$1-src 'self' <inline-hashes>");
  return JSON.parse(text);
}
