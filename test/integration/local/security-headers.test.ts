import { resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineHashes } from '../../../infra/constructs/csp.js';
import { Site } from '../../../infra/constructs/site.js';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface SecurityHeadersConfig {
  ContentSecurityPolicy: { ContentSecurityPolicy: string; Override: boolean };
  StrictTransportSecurity: { AccessControlMaxAgeSec: number; IncludeSubdomains?: boolean; Preload?: boolean };
  ContentTypeOptions: object;
  FrameOptions: { FrameOption: string };
  ReferrerPolicy: { ReferrerPolicy: string };
}

/** The headers CloudFront adds in production (infra/constructs/site.ts), as HTTP header values. */
function cloudFrontHeaders(): Record<'site' | 'api', { csp: string; headers: Record<string, string> }> {
  const stack = new Stack(new App(), 'HeadersProbe');
  // Locally the site signs in against the local identity provider: no Cognito origin to connect to.
  new Site(stack, 'Site', {
    production: true,
    apiHost: 'api.example.com',
    connectSources: [],
    inline: inlineHashes(resolve('site/dist')),
  });
  const policies = Object.values(
    Template.fromStack(stack).findResources('AWS::CloudFront::ResponseHeadersPolicy') as Record<
      string,
      { Properties: { ResponseHeadersPolicyConfig: { Comment: string; SecurityHeadersConfig: SecurityHeadersConfig } } }
    >,
  ).map((r) => r.Properties.ResponseHeadersPolicyConfig);
  const pick = (name: string) => {
    const config = policies.find((p) => p.Comment.includes(name))?.SecurityHeadersConfig;
    if (!config) throw new Error(`no ${name} policy`);
    const hsts = config.StrictTransportSecurity;
    return {
      csp: config.ContentSecurityPolicy.ContentSecurityPolicy,
      headers: {
        'strict-transport-security': [
          `max-age=${hsts.AccessControlMaxAgeSec}`,
          ...(hsts.IncludeSubdomains ? ['includeSubDomains'] : []),
          ...(hsts.Preload ? ['preload'] : []),
        ].join('; '),
        'x-content-type-options': 'nosniff',
        'x-frame-options': config.FrameOptions.FrameOption,
        'referrer-policy': config.ReferrerPolicy.ReferrerPolicy,
      },
    };
  };
  return { site: pick('SiteHeaders'), api: pick('ApiHeaders') };
}

const headersOf = async (url: string, names: string[]) => {
  const res = await fetch(url);
  await res.arrayBuffer();
  return { status: res.status, headers: Object.fromEntries(names.map((n) => [n, res.headers.get(n)])) };
};

describe('Local server: the security headers production sends', () => {
  let portal: TestPortal;
  let production: ReturnType<typeof cloudFrontHeaders>;

  beforeAll(async () => {
    production = cloudFrontHeaders();
    portal = await startPortal();
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it.each(['/', '/en/', '/de/faq/', '/en/no-such-page/', '/favicon.svg'])(
    'should send the site headers of CloudFront on %s',
    async (path) => {
      // Act
      const names = ['content-security-policy', ...Object.keys(production.site.headers)];
      const reply = await headersOf(portal.url + path, names);

      // Assess
      expect(reply.headers).toEqual({ 'content-security-policy': production.site.csp, ...production.site.headers });
    },
  );

  it.each(['/api/health', '/api/no-such-route', '/api/me'])(
    'should send the API headers of CloudFront on %s, with the site CSP when the API sends none',
    async (path) => {
      // Act
      const names = ['content-security-policy', ...Object.keys(production.api.headers)];
      const reply = await headersOf(portal.url + path, names);

      // Assess
      expect(reply.headers).toEqual({ 'content-security-policy': production.api.csp, ...production.api.headers });
    },
  );

  it("should keep the API's own CSP where it sends one (the docs page), like CloudFront's override: false", async () => {
    // Act
    const names = ['content-security-policy', ...Object.keys(production.api.headers)];
    const reply = await headersOf(`${portal.url}/api/docs`, names);

    // Assess
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).not.toBe(production.api.csp);
    expect(reply.headers['content-security-policy']).toMatch(/^default-src /);
    expect(reply.headers).toMatchObject(production.api.headers);
  });
});
