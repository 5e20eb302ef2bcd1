import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthPortal, type Synthesised } from './helpers/synth.js';

let s: Synthesised;
beforeAll(() => {
  s = synthPortal({
    stage: 'dev',
    domainPrefix: 'acme-portal-dev',
    apiRateLimit: '5',
    apiBurstLimit: '10',
    alarmEmail: 'ops@example.com',
  });
}, 120_000);
afterAll(() => rmSync(s.outdir, { recursive: true, force: true }));

describe('PortalStack (dev stage)', () => {
  it('should name the stack after the stage', () => {
    expect(s.stack.stackName).toBe('Portal-dev');
  });

  it('should make the table throwaway: destroyed with the stack, no deletion protection', () => {
    s.template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    const table = Object.values(s.json.Resources).find((r) => r.Type === 'AWS::DynamoDB::Table');
    expect(table?.Properties?.DeletionProtectionEnabled).toBe(false);
    // Backups stay on: PITR is cheap and the template checks require it everywhere.
    expect(table?.Properties?.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('should destroy the user pool and empty the buckets on delete', () => {
    s.template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete' });
    s.template.resourceCountIs('Custom::S3AutoDeleteObjects', 3); // site, access logs, problem photos
  });

  it('should take the domain prefix, throttling and alarm e-mail from context', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'acme-portal-dev' });
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
    s.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
  });

  it('should allow localhost sign-in callbacks on dev only', () => {
    const client = Object.values(s.json.Resources).find((r) => r.Type === 'AWS::Cognito::UserPoolClient');
    expect(client?.Properties?.CallbackURLs).toContain('http://localhost:3000/auth/callback/');
  });

  it('should report no unacknowledged cdk-nag finding', () => {
    const open = s.reports.flatMap((r) =>
      r.violations.map(
        (v) => `${r.pluginName} ${v.ruleName} ${v.violatingConstructs.map((c) => c.constructPath).join(',')}`,
      ),
    );
    expect(open).toEqual([]);
  });
});
