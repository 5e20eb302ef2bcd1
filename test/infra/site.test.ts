import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthPortal, type Synthesised } from './helpers/synth.js';

let s: Synthesised;
let template: Template;
beforeAll(() => {
  s = synthPortal();
  template = s.template;
}, 120_000);
afterAll(() => rmSync(s.outdir, { recursive: true, force: true }));

const resourcesOf = (type: string) => Object.values(s.json.Resources).filter((r) => r.Type === type);

describe('PortalStack site and monitoring', () => {
  describe('Site', () => {
    it('should keep the bucket private and TLS-only', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: Match.anyValue(),
        LoggingConfiguration: Match.anyValue(),
      });
      const policies = JSON.stringify(resourcesOf('AWS::S3::BucketPolicy'));
      expect(policies).toContain('aws:SecureTransport');
    });

    it('should serve the site through origin access control with HTTPS and /api/* uncached but the public FAQ reads', () => {
      const uncachedApi = (path: string) =>
        Match.objectLike({
          PathPattern: path,
          ViewerProtocolPolicy: 'https-only',
          CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
          OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
        });
      template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
          // In this order: the first pattern that matches decides.
          CacheBehaviors: [
            uncachedApi('/api/faq/articles/*/feedback'),
            Match.objectLike({
              PathPattern: '/api/faq/*',
              ViewerProtocolPolicy: 'https-only',
              AllowedMethods: ['GET', 'HEAD'],
              Compress: true,
              CachePolicyId: { Ref: Match.stringLikeRegexp('PublicFaqCache') },
              OriginRequestPolicyId: { Ref: Match.stringLikeRegexp('PublicFaqOrigin') },
            }),
            uncachedApi('/api/*'),
          ],
          Origins: Match.arrayWith([Match.objectLike({ OriginAccessControlId: Match.anyValue() })]),
          Logging: Match.objectLike({ Bucket: Match.anyValue() }),
        }),
      });
    });

    it('should key the public FAQ reads by query strings only, with TTLs from the API', () => {
      template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
        CachePolicyConfig: Match.objectLike({
          MinTTL: 0,
          DefaultTTL: 0,
          MaxTTL: 86_400,
          ParametersInCacheKeyAndForwardedToOrigin: {
            QueryStringsConfig: { QueryStringBehavior: 'all' },
            HeadersConfig: { HeaderBehavior: 'none' },
            CookiesConfig: { CookieBehavior: 'none' },
            EnableAcceptEncodingGzip: true,
            EnableAcceptEncodingBrotli: true,
          },
        }),
      });
      // No viewer header reaches these routes (no Authorization, no Accept-Language): no answer is anyone's.
      template.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
        OriginRequestPolicyConfig: Match.objectLike({
          QueryStringsConfig: { QueryStringBehavior: 'all' },
          HeadersConfig: { HeaderBehavior: 'none' },
          CookiesConfig: { CookieBehavior: 'none' },
        }),
      });
    });

    it('should send strict security headers', () => {
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          SecurityHeadersConfig: Match.objectLike({
            StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
            ContentTypeOptions: { Override: true },
            ReferrerPolicy: Match.objectLike({ ReferrerPolicy: 'strict-origin-when-cross-origin' }),
            ContentSecurityPolicy: Match.objectLike({ Override: true }),
          }),
        }),
      });
      const csp = JSON.stringify(resourcesOf('AWS::CloudFront::ResponseHeadersPolicy')[0]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/connect-src 'self' https:\/\/selfservice-portal-prod\.auth\./);
      expect(csp).not.toContain('unsafe-inline');
    });

    it('should deploy the runtime config.json with the Cognito settings', () => {
      const dir = readdirSync(s.outdir).find((d) => existsSync(join(s.outdir, d, 'config.json')));
      expect(dir).toBeDefined();
      const config = JSON.parse(readFileSync(join(s.outdir, dir!, 'config.json'), 'utf8')) as Record<
        string,
        Record<string, string>
      >;
      expect(config).toMatchObject({ apiBase: '/api', auth: { mode: 'cognito' } });
      expect(Object.keys(config.auth ?? {}).sort()).toEqual(['clientId', 'domain', 'mode', 'region', 'userPoolId']);
      // The deploy-time values (pool, client, domain) are filled in by the deployment from these references.
      const markers = JSON.stringify(resourcesOf('Custom::CDKBucketDeployment')[0]?.Properties?.SourceMarkers);
      for (const ref of ['AuthUserPool', 'SiteClient', 'UserPoolDomain']) expect(markers).toContain(ref);
    });
  });

  describe('Monitoring', () => {
    it('should alarm into one topic and keep a dashboard', () => {
      const alarms = resourcesOf('AWS::CloudWatch::Alarm');
      expect(alarms.length).toBeGreaterThanOrEqual(3);
      for (const alarm of alarms) expect(alarm.Properties?.AlarmActions).toHaveLength(1);
      template.resourceCountIs('AWS::SNS::Topic', 1);
      template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    });
  });
});
