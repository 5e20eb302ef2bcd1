import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  Annotations,
  CfnOutput,
  Duration,
  Lazy,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ParamsAndSecretsLayerVersion, ParamsAndSecretsVersions } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { PortalConfig } from '../config.js';
import { Api } from '../constructs/api.js';
import { Auth } from '../constructs/auth.js';
import { Data } from '../constructs/data.js';
import { Monitoring } from '../constructs/monitoring.js';
import { PortalFunction } from '../constructs/portal-function.js';
import { Site } from '../constructs/site.js';
import { Uploads } from '../constructs/uploads.js';
import { AREAS, type AreaName, ORDERS_WRITE_SCOPE, OUTBOX_DRAIN } from '../routes.js';
import { inlineHashes } from '../constructs/csp.js';

export interface PortalStackProps extends StackProps {
  readonly config: PortalConfig;
  /** Repository root: entries live in functions/lambda, the site build in site/dist. */
  readonly root: string;
}

/** Dev servers allowed as OAuth redirect targets, on the dev stage only. */
const LOCAL_ORIGINS = ['http://localhost:3000', 'http://localhost:4321'];

/** The whole portal: table, user pool, one function per area, HTTP API, site and alarms. */
export class PortalStack extends Stack {
  readonly functions: Readonly<Record<AreaName, PortalFunction>>;
  readonly outboxFunction: PortalFunction;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    const { config, root } = props;
    const removalPolicy = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logRetention = config.production ? RetentionDays.ONE_MONTH : RetentionDays.ONE_WEEK;
    const hostedUiUrl = `https://${config.domainPrefix}.auth.${this.region}.amazoncognito.com`;

    const data = new Data(this, 'Data', { production: config.production });
    const api = new Api(this, 'Api', {
      throttle: { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit },
      corsOrigins: config.corsOrigins,
      logRetention,
      removalPolicy,
    });
    const siteDir = this.siteDir(root);
    // The photo bucket logs into the site's log bucket, and the site's CSP names the bucket: filled in below.
    let photoOrigin = '';
    const photoSource = Lazy.string({ produce: () => photoOrigin });
    const site = new Site(this, 'Site', {
      production: config.production,
      apiHost: api.host,
      connectSources: [hostedUiUrl, photoSource],
      imageSources: [photoSource],
      inline: inlineHashes(siteDir),
      ...(config.siteDomain && config.certificateArn
        ? {
            customDomain: {
              name: config.siteDomain,
              certificate: Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn),
            },
          }
        : {}),
    });
    const uploads = new Uploads(this, 'Uploads', {
      production: config.production,
      logBucket: site.logBucket,
      corsOrigins: [site.url, ...(config.production ? [] : LOCAL_ORIGINS)],
    });
    photoOrigin = uploads.origin;
    const auth = new Auth(this, 'Auth', {
      production: config.production,
      domainPrefix: config.domainPrefix,
      siteOrigins: [site.url, ...(config.production ? [] : LOCAL_ORIGINS)],
      machineScope: ORDERS_WRITE_SCOPE,
    });

    // Signs unsubscribe links: the functions that compose messages and the one that checks the link share it.
    const unsubscribeSecret = new Secret(this, 'UnsubscribeSecret', {
      description: 'HMAC key of the unsubscribe links in outbox messages',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });
    Validations.of(unsubscribeSecret).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason: 'An HMAC key for unsubscribe links: rotating it would break the links in mail already sent.',
    });
    // Signs the portal's own webhooks to the shop (an address change); the shop gets it from here.
    const shopWebhookSecret = new Secret(this, 'ShopWebhookSecret', {
      description: "HMAC key of the portal's webhooks to the shop (X-Portal-Signature): share it with the shop",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });
    Validations.of(shopWebhookSecret).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason: 'A key shared with the shop to verify webhooks: it is rotated together with the shop, by hand.',
    });
    // Shopify signs webhooks with a secret it shows the shop owner: they put it here after deploy
    // (`aws secretsmanager put-secret-value`); until then the generated value refuses every webhook.
    // Only the integration function may read it, at run time (never in the template or its env).
    const shopifySecret = new Secret(this, 'ShopifyWebhookSecret', {
      description: 'HMAC secret of Shopify webhooks (POST /api/webhooks/shopify): put the one Shopify shows',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });
    Validations.of(shopifySecret).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason:
        "Shopify owns this secret: it is rotated in Shopify's admin and put here, not generated by a rotation Lambda.",
    });
    const sesIdentityArn = this.formatArn({ service: 'ses', resource: 'identity', resourceName: config.sesIdentity });
    const environment = {
      TABLE_NAME: data.table.tableName,
      JWT_ISSUER: auth.issuer,
      JWKS_URL: `${auth.issuer}/.well-known/jwks.json`,
      JWT_AUDIENCE: auth.client.userPoolClientId,
      // Cognito access tokens carry no email: the verified one comes from userInfo, asked with
      // the caller's own token, so the functions need no Cognito permission at all.
      USERINFO_URL: `${auth.hostedUiUrl}/oauth2/userInfo`,
      INTEGRATION_CLIENT_ID: auth.integrationClient.userPoolClientId,
      LOCAL_AUTH: 'false',
      PUBLIC_URL: site.url,
      MAIL_TRANSPORT: 'ses',
      MAIL_FROM: config.mailFrom,
      SES_IDENTITY_ARN: sesIdentityArn,
      UNSUBSCRIBE_SECRET: unsubscribeSecret.secretValue.unsafeUnwrap(),
      COGNITO_USER_POOL_ID: auth.userPool.userPoolId,
      PHOTO_BUCKET: uploads.bucket.bucketName,
      SHOP_WEBHOOK_SECRET: shopWebhookSecret.secretValue.unsafeUnwrap(),
      ...(config.shopWebhookUrl ? { SHOP_WEBHOOK_URL: config.shopWebhookUrl } : {}),
    };
    const entries = this.entries(root);
    const functions = {} as Record<AreaName, PortalFunction>;
    for (const [area, spec] of Object.entries(AREAS) as [AreaName, (typeof AREAS)[AreaName]][]) {
      const integration = area === 'integration';
      const fn = new PortalFunction(this, `${area[0]!.toUpperCase()}${area.slice(1)}Function`, {
        entry: entries[area],
        area,
        environment: integration ? { ...environment, SHOPIFY_WEBHOOK_SECRET_ID: shopifySecret.secretArn } : environment,
        ...(integration
          ? { paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103) }
          : {}),
        memorySize: spec.memorySize,
        timeout: Duration.seconds(spec.timeoutSeconds),
        logRetention,
        removalPolicy,
        ...(spec.files ? { files: spec.files } : {}),
      });
      data.grant(fn, spec.access);
      if (spec.photos) uploads.grant(fn, spec.photos);
      if (integration) shopifySecret.grantRead(fn);
      functions[area] = fn;
    }
    this.functions = functions;
    // DELETE /api/me erases the caller's account: the customer function may delete pool users, nothing more.
    functions.customer.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['cognito-idp:AdminDeleteUser'],
        resources: [auth.userPool.userPoolArn],
      }),
    );

    // The outbox drain: a scheduled function, no always-on resource; it may send as the identity only.
    const outbox = new PortalFunction(this, 'OutboxFunction', {
      entry: join(root, 'functions/lambda/outbox.ts'),
      area: 'outbox',
      environment,
      memorySize: OUTBOX_DRAIN.memorySize,
      timeout: Duration.seconds(OUTBOX_DRAIN.timeoutSeconds),
      logRetention,
      removalPolicy,
    });
    data.grant(outbox, OUTBOX_DRAIN.access);
    outbox.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['ses:SendEmail'], resources: [sesIdentityArn] }),
    );
    new Rule(this, 'OutboxSchedule', {
      description: 'Drains the outbox: sends due messages, retries failed ones',
      schedule: Schedule.rate(Duration.minutes(OUTBOX_DRAIN.scheduleMinutes)),
      targets: [new LambdaFunction(outbox, { retryAttempts: 0 })],
    });
    this.outboxFunction = outbox;
    api.addAreas(
      (Object.keys(AREAS) as AreaName[]).map((name) => ({ name, fn: functions[name], routes: AREAS[name].routes })),
      {
        issuer: auth.issuer,
        audience: auth.client.userPoolClientId,
        machineAudience: auth.integrationClient.userPoolClientId,
      },
    );

    site.deploy(siteDir, {
      apiBase: '/api',
      auth: {
        mode: 'cognito',
        region: this.region,
        userPoolId: auth.userPool.userPoolId,
        clientId: auth.client.userPoolClientId,
        domain: auth.hostedUiUrl,
      },
    });

    new Monitoring(this, 'Monitoring', {
      api: api.httpApi,
      functions,
      table: data.table,
      latencyP99Ms: config.latencyP99Ms,
      ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
    });

    new CfnOutput(this, 'SiteUrl', { value: site.url });
    new CfnOutput(this, 'ApiUrl', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'HostedUiUrl', { value: auth.hostedUiUrl });
    new CfnOutput(this, 'IntegrationClientId', { value: auth.integrationClient.userPoolClientId });
    new CfnOutput(this, 'IntegrationTokenUrl', { value: `${auth.hostedUiUrl}/oauth2/token` });
  }

  /** functions/lambda/<area>.ts, each exporting `handler`. */
  private entries(root: string): Record<AreaName, string> {
    const result = {} as Record<AreaName, string>;
    for (const area of Object.keys(AREAS) as AreaName[]) {
      const entry = join(root, 'functions/lambda', `${area}.ts`);
      if (!existsSync(entry))
        throw new Error(`Lambda entry ${entry} is missing (one per area: ${Object.keys(AREAS).join(', ')})`);
      result[area] = entry;
    }
    return result;
  }

  /** site/dist when built; otherwise the placeholder page under infra/, with a warning. */
  private siteDir(root: string): string {
    const dist = join(root, 'site/dist');
    if (existsSync(join(dist, 'index.html'))) return dist;
    Annotations.of(this).addWarningV2(
      'portal:site-placeholder',
      'site/dist is missing: deploying the placeholder page from infra/site-placeholder. Run `npm run build:site` before deploying.',
    );
    return join(root, 'infra/site-placeholder');
  }
}
