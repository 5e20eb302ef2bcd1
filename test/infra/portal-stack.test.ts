import { rmSync } from 'node:fs';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableTemplate, synthPortal, type Synthesised } from './helpers/synth.js';
import { STAFF_GROUPS } from '../../functions/auth/guard';

let s: Synthesised;
let template: Template;
beforeAll(() => {
  s = synthPortal();
  template = s.template;
}, 120_000);
afterAll(() => rmSync(s.outdir, { recursive: true, force: true }));

const resourcesOf = (type: string) => Object.values(s.json.Resources).filter((r) => r.Type === type);

describe('PortalStack (prod)', () => {
  describe('Data', () => {
    it('should build the single table from functions/store/table.ts', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          Match.objectLike({
            IndexName: 'gsi1',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
          }),
          Match.objectLike({
            IndexName: 'gsi2',
            KeySchema: [
              { AttributeName: 'gsi2pk', KeyType: 'HASH' },
              { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
            ],
          }),
        ],
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      });
    });

    it('should be on-demand, point-in-time recoverable, encrypted, protected and retained', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { SSEEnabled: true }, // KMS with the AWS managed key
          DeletionProtectionEnabled: true,
        }),
      });
    });
  });

  describe('Functions', () => {
    const appFunctions = () =>
      resourcesOf('AWS::Lambda::Function').filter(
        (f) =>
          (f.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables
            ?.LOG_SERVICE_NAME,
      );

    it('should run six area functions and the outbox drain on Node 22, arm64, JSON logs with source maps', () => {
      const fns = appFunctions();
      expect(fns).toHaveLength(7);
      for (const fn of fns) {
        expect(fn.Properties).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          LoggingConfig: { LogFormat: 'JSON', LogGroup: expect.anything() },
          Environment: {
            Variables: expect.objectContaining({
              NODE_OPTIONS: '--enable-source-maps',
              AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
              LOCAL_AUTH: 'false',
              TABLE_NAME: expect.anything(),
              JWT_ISSUER: expect.anything(),
              JWKS_URL: expect.anything(),
              JWT_AUDIENCE: expect.anything(),
              INTEGRATION_CLIENT_ID: expect.anything(),
            }),
          },
        });
      }
      const names = fns
        .map((f) => (f.Properties!.Environment as { Variables: Record<string, string> }).Variables.LOG_SERVICE_NAME)
        .sort();
      expect(names).toEqual([
        'portal-admin',
        'portal-chat',
        'portal-customer',
        'portal-docs',
        'portal-faq',
        'portal-integration',
        'portal-outbox',
      ]);
    });

    it('should drain the outbox on a schedule, sending through SES as the identity only', () => {
      // Prepare
      const outboxFn = s.stack.getLogicalId(
        s.stack.outboxFunction.node.defaultChild as import('aws-cdk-lib/aws-lambda').CfnFunction,
      );
      const policies = resourcesOf('AWS::IAM::Policy').filter((p) =>
        JSON.stringify(p.Properties?.Roles).includes('OutboxFunctionRole'),
      );
      const statements = policies.flatMap(
        (p) => (p.Properties?.PolicyDocument as { Statement?: Record<string, unknown>[] } | undefined)?.Statement ?? [],
      );

      // Assess
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'rate(1 minute)',
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [outboxFn, 'Arn'] } })],
      });
      const ses = statements.filter((st) => JSON.stringify(st.Action).includes('ses:'));
      expect(ses).toHaveLength(1);
      expect(ses[0]?.Action).toBe('ses:SendEmail');
      expect(JSON.stringify(ses[0]?.Resource)).toContain(':identity/example.com');
      const writes = statements.filter((st) => JSON.stringify(st.Action).includes('dynamodb:UpdateItem'));
      expect(writes).toHaveLength(1);
      expect(writes[0]?.Action).toBe('dynamodb:UpdateItem');
      expect(writes[0]?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['OUTBOX#*'] } });
      expect(JSON.stringify(statements)).not.toMatch(/dynamodb:(PutItem|DeleteItem|\*)/);
    });

    it('should point JWKS_URL at the Cognito issuer', () => {
      const vars = (appFunctions()[0]!.Properties!.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(JSON.stringify(vars.JWT_ISSUER)).toContain('https://cognito-idp.');
      expect(JSON.stringify(vars.JWKS_URL)).toContain('/.well-known/jwks.json');
    });

    it('should give every function log group a retention', () => {
      for (const lg of resourcesOf('AWS::Logs::LogGroup')) expect(lg.Properties?.RetentionInDays).toBeGreaterThan(0);
    });
  });

  describe('Api', () => {
    const routes = () =>
      Object.fromEntries(
        resourcesOf('AWS::ApiGatewayV2::Route').map((r) => [
          r.Properties?.RouteKey as string,
          r.Properties?.AuthorizationType as string,
        ]),
      );

    it('should guard customer and admin routes with the Cognito JWT authorizer', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: { Audience: [Match.anyValue()], Issuer: Match.anyValue() },
      });
      const r = routes();
      for (const key of [
        'GET /api/me',
        'PATCH /api/me',
        'GET /api/orders',
        'GET /api/orders/{orderNumber}',
        'POST /api/orders/{orderNumber}/cancel',
        'POST /api/feedback/nps',
        'GET /api/admin/{proxy+}',
        'POST /api/admin/{proxy+}',
        'PUT /api/admin/{proxy+}',
        'PATCH /api/admin/{proxy+}',
        'DELETE /api/admin/{proxy+}',
      ]) {
        expect(r[key], key).toBe('JWT');
      }
    });

    it("should guard the integration API with its own authorizer, the machine client's audience and scope orders/write", () => {
      const authorizers = Object.entries(s.json.Resources).filter(
        ([, r]) => r.Type === 'AWS::ApiGatewayV2::Authorizer',
      );
      expect(authorizers).toHaveLength(2);
      const machine = authorizers.find(([id]) => id.includes('IntegrationAuthorizer'));
      expect(JSON.stringify(machine?.[1].Properties?.JwtConfiguration)).toContain('IntegrationClient');
      const integrationRoutes = resourcesOf('AWS::ApiGatewayV2::Route').filter((r) =>
        String(r.Properties?.RouteKey).includes('/api/integrations/'),
      );
      expect(integrationRoutes.map((r) => r.Properties?.RouteKey).sort()).toEqual([
        'POST /api/integrations/orders/{orderNumber}/events',
        'PUT /api/integrations/orders/{orderNumber}',
      ]);
      for (const r of integrationRoutes) {
        expect(r.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizationScopes: ['orders/write'] });
        expect(JSON.stringify(r.Properties?.AuthorizerId)).toContain('IntegrationAuthorizer');
      }
      for (const r of resourcesOf('AWS::ApiGatewayV2::Route').filter((x) => x.Properties?.AuthorizationType === 'JWT'))
        if (!integrationRoutes.includes(r))
          expect(JSON.stringify(r.Properties?.AuthorizerId)).toContain('CognitoAuthorizer');
    });

    it('should leave public routes without an authorizer', () => {
      const r = routes();
      for (const key of [
        'POST /api/orders/lookup',
        'GET /api/faq/{proxy+}',
        'POST /api/faq/articles/{slug}/feedback',
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/docs',
        'POST /api/chat',
        'POST /api/chat/{sessionId}/rating',
      ]) {
        expect(r[key], key).toBe('NONE');
      }
    });

    it('should throttle the default stage and write access logs', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
        AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      });
    });

    it('should not allow any origin through CORS', () => {
      for (const api of resourcesOf('AWS::ApiGatewayV2::Api')) {
        expect(JSON.stringify(api.Properties?.CorsConfiguration ?? {})).not.toContain('"*"');
      }
    });
  });

  describe('Auth', () => {
    it('should have an email user pool with a strong password policy and optional TOTP', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
        MfaConfiguration: 'OPTIONAL',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
      });
    });

    it("should have the guard's staff groups and a hosted UI domain", () => {
      for (const group of Object.values(STAFF_GROUPS))
        template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
      template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'selfservice-portal-prod' });
    });

    it('should give the site a public PKCE client: code grant, no secret, CloudFront callback only', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthScopes: Match.arrayWith(['openid']),
        ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        CallbackURLs: [{ 'Fn::Join': ['', ['https://', Match.anyValue(), '/auth/callback/']] }],
      });
      const client = resourcesOf('AWS::Cognito::UserPoolClient')[0];
      expect(JSON.stringify(client?.Properties?.CallbackURLs)).not.toContain('localhost');
    });
  });

  describe('Integration client', () => {
    it('should have a resource server with the one scope orders/write', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
        Identifier: 'orders',
        Scopes: [Match.objectLike({ ScopeName: 'write' })],
      });
    });

    it('should give shops a confidential client: client credentials only, a secret, scope orders/write', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        GenerateSecret: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthScopes: [{ 'Fn::Join': ['', [{ Ref: Match.stringLikeRegexp('OrdersResourceServer') }, '/write']] }],
        ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      });
      // The secret stays in Cognito: nothing in the template reads it.
      expect(JSON.stringify(s.json)).not.toMatch(/ClientSecret/);
    });
  });

  describe('Cost', () => {
    it('should contain no always-on resource', () => {
      const types = new Set(Object.values(s.json.Resources).map((r) => r.Type));
      for (const t of [
        'AWS::EC2::NatGateway',
        'AWS::EC2::VPC',
        'AWS::EC2::Instance',
        'AWS::RDS::DBCluster',
        'AWS::RDS::DBInstance',
        'AWS::ElastiCache::CacheCluster',
        'AWS::OpenSearchService::Domain',
        'AWS::ECS::Cluster',
        'AWS::KMS::Key',
      ]) {
        expect(types.has(t), t).toBe(false);
      }
      expect(JSON.stringify(s.json)).not.toContain('ProvisionedConcurrencyConfig');
    });
  });

  describe('cdk-nag', () => {
    it('should report no unacknowledged finding', () => {
      const open = s.reports.flatMap((r) =>
        r.violations.map(
          (v) => `${r.pluginName} ${v.ruleName} ${v.violatingConstructs.map((c) => c.constructPath).join(',')}`,
        ),
      );
      expect(open).toEqual([]);
    });
  });

  it('should match the template snapshot (asset hashes masked)', () => {
    expect(stableTemplate(s.json)).toMatchSnapshot();
  });
});
