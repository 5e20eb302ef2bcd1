import { rmSync } from 'node:fs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, synthPortal, type Synthesised } from './helpers/synth.js';

type Statement = { Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, string[]>> };

let s: Synthesised;
// A deliberately non-compliant bucket proves cdk-nag runs on this app: its findings, and only
// its findings, must show up in the report.
beforeAll(() => {
  s = synthPortal({}, (stack) => new Bucket(stack, 'NagCanary'));
}, 120_000);
afterAll(() => rmSync(s.outdir, { recursive: true, force: true }));

const policyOf = (service: string): Statement[] => {
  const entry = Object.entries(s.json.Resources).find(
    ([id, r]) => r.Type === 'AWS::IAM::Policy' && id.startsWith(`${service}FunctionRole`),
  );
  if (!entry) throw new Error(`no policy for ${service}`);
  return (entry[1].Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument.Statement;
};
const dynamo = (statements: Statement[]) =>
  statements.filter((st) => [st.Action].flat().some((a) => a.startsWith('dynamodb:')));
const actions = (statements: Statement[]) => new Set(dynamo(statements).flatMap((st) => [st.Action].flat()));
const LEADING_KEYS = 'ForAllValues:StringLike';

describe('Security', () => {
  describe('IAM least privilege', () => {
    it('should never grant * or dynamodb:* actions, nor * resources on the table', () => {
      for (const area of ['Customer', 'Faq', 'Chat', 'Admin']) {
        for (const st of policyOf(area)) {
          for (const a of [st.Action].flat()) expect(a === '*' || a === 'dynamodb:*', `${area} ${a}`).toBe(false);
          expect([st.Resource].flat(), area).not.toContain('*');
        }
      }
    });

    it("should scope index access to the table's own indexes", () => {
      const indexStatements = dynamo(policyOf('Admin')).filter((st) =>
        JSON.stringify(st.Resource).includes('/index/*'),
      );
      expect(indexStatements).toHaveLength(1);
      expect(JSON.stringify(indexStatements[0]?.Resource)).toContain('PortalTable');
      expect(indexStatements[0]?.Action).toBe('dynamodb:Query');
    });

    it('should give the customer function Get, Query, Put and Update, and deletes for erasing an account', () => {
      expect([...actions(policyOf('Customer'))].sort()).toEqual([
        'dynamodb:BatchWriteItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ]);
    });

    it('should let the customer function delete Cognito users of its own pool only', () => {
      const cognito = Object.entries(s.json.Resources)
        .filter(([, r]) => r.Type === 'AWS::IAM::Policy')
        .flatMap(([, r]) => (r.Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument.Statement)
        .filter((st) => [st.Action].flat().some((a) => String(a).startsWith('cognito-idp:')));
      expect(cognito).toHaveLength(1);
      expect(cognito[0]?.Action).toBe('cognito-idp:AdminDeleteUser');
      expect(JSON.stringify(cognito[0]?.Resource)).toContain('UserPool');
    });

    it('should let the faq function only read, and update STATS#, NOTES# and RL# items', () => {
      const statements = dynamo(policyOf('Faq'));
      const all = actions(policyOf('Faq'));
      expect(all.has('dynamodb:PutItem')).toBe(false);
      expect(all.has('dynamodb:DeleteItem')).toBe(false);
      expect(all.has('dynamodb:BatchWriteItem')).toBe(false);
      const updates = statements.filter((st) => [st.Action].flat().includes('dynamodb:UpdateItem'));
      expect(updates).toHaveLength(1);
      expect(updates[0]?.Condition?.[LEADING_KEYS]?.['dynamodb:LeadingKeys']).toEqual(['STATS#*', 'NOTES#*', 'RL#*']);
    });

    it('should limit chat writes to its own key prefixes', () => {
      const writes = dynamo(policyOf('Chat')).filter((st) =>
        [st.Action].flat().some((a) => /Put|Update|Delete|Write/.test(a)),
      );
      expect(writes).toHaveLength(1);
      expect([writes[0]?.Action].flat().sort()).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
      expect(writes[0]?.Condition?.[LEADING_KEYS]?.['dynamodb:LeadingKeys']).toEqual([
        'CHAT#*',
        'TICKET#*',
        'STATS#*',
        'NOTES#*',
        'RL#*',
        'ORDER#*',
        'CUST#*',
      ]);
    });

    it('should let the integration function only read, and put or update orders, customers, outbox messages, webhook deliveries and relationship counters', () => {
      const statements = dynamo(policyOf('Integration'));
      expect([...actions(policyOf('Integration'))].sort()).toEqual([
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ]);
      const writes = statements.filter((st) => [st.Action].flat().includes('dynamodb:PutItem'));
      expect(writes).toHaveLength(1);
      expect(writes[0]?.Condition?.[LEADING_KEYS]?.['dynamodb:LeadingKeys']).toEqual([
        'ORDER#*',
        'CUST#*',
        'CUSTIDX#*',
        'OUTBOX#*',
        'WEBHOOK#*',
        'STATS#*',
      ]);
    });

    it('should let only the integration function read the Shopify secret, by its ARN at run time', () => {
      const secretId = Object.entries(s.json.Resources).find(
        ([id, r]) => r.Type === 'AWS::SecretsManager::Secret' && id.startsWith('ShopifyWebhookSecret'),
      )?.[0];
      expect(secretId).toBeDefined();
      const readers = Object.entries(s.json.Resources)
        .filter(([, r]) => r.Type === 'AWS::IAM::Policy')
        .filter(([, r]) => JSON.stringify(r.Properties).includes(`"Ref":"${secretId}"`))
        .map(([id]) => id.replace(/FunctionRole.*$/, ''));
      expect(readers).toEqual(['Integration']);
      const reads = policyOf('Integration').filter((st) => JSON.stringify(st.Resource).includes(`${secretId}`));
      expect(reads.flatMap((st) => [st.Action].flat()).sort()).toEqual([
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
      ]);
      const functions = Object.entries(s.json.Resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function');
      const envs = functions.map(([id, r]) => [id, JSON.stringify(r.Properties?.Environment ?? {})] as const);
      expect(
        envs.filter(([, env]) => env.includes('SHOPIFY_WEBHOOK_SECRET_ID')).map(([id]) => id.slice(0, 11)),
      ).toEqual(['Integration']);
      for (const [, env] of envs) {
        expect(env).not.toContain('SHOPIFY_WEBHOOK_SECRET"');
        expect(env).not.toContain(`resolve:secretsmanager:{"Ref":"${secretId}`);
      }
    });

    it('should give admin read-write without Scan', () => {
      const all = actions(policyOf('Admin'));
      for (const a of ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'])
        expect(all.has(`dynamodb:${a}`), a).toBe(true);
      expect(all.has('dynamodb:Scan')).toBe(false);
    });

    it('should give the docs function no table access at all', () => {
      const statements = Object.entries(s.json.Resources)
        .filter(([id, r]) => r.Type === 'AWS::IAM::Policy' && id.startsWith('DocsFunctionRole'))
        .flatMap(([, r]) => (r.Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument.Statement);
      expect(dynamo(statements)).toEqual([]);
    });

    it('should attach no AWS managed policy to the portal functions', () => {
      const roles = Object.entries(s.json.Resources).filter(
        ([id, r]) => r.Type === 'AWS::IAM::Role' && /^(Customer|Faq|Chat|Admin|Integration|Docs)FunctionRole/.test(id),
      );
      expect(roles).toHaveLength(6);
      for (const [, role] of roles) expect(role.Properties?.ManagedPolicyArns).toBeUndefined();
    });
  });

  describe('cdk-nag', () => {
    it('should run AwsSolutions checks and flag only the canary', () => {
      const nag = s.reports.find((r) => r.pluginName === 'AwsSolutions');
      expect(nag?.violations.length).toBeGreaterThan(0);
      const paths = nag!.violations.flatMap((v) => v.violatingConstructs.map((c) => c.constructPath));
      expect(paths.filter((p) => !p.startsWith('Portal-prod/NagCanary/'))).toEqual([]);
    });

    it('should give every acknowledgement a reason a reviewer can check', () => {
      const acks = acknowledgements(s.stack).filter((a) => a.id.startsWith('AwsSolutions::'));
      expect(acks.length).toBeGreaterThan(10);
      for (const a of acks) expect(a.reason.length, `${a.id} at ${a.path}`).toBeGreaterThan(40);
    });
  });
});
