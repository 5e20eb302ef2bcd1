import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  FunctionCode,
  FunctionEventType,
  Function as CfFunction,
  type HeadersFrameOption,
  type HeadersReferrerPolicy,
  HttpVersion,
  type BehaviorOptions,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  FunctionRuntime,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { SECURITY_HEADERS } from '../../functions/http/security-headers.js';
import { contentSecurityPolicy } from './csp.js';

export interface SiteProps {
  readonly production: boolean;
  /** Host of the HTTP API stage; CloudFront forwards /api/* there. */
  readonly apiHost: string;
  /** Origins the browser may call besides 'self' (the Cognito hosted UI for token exchange). */
  readonly connectSources: readonly string[];
  /** Image origins besides the site (the photo bucket). */
  readonly imageSources?: readonly string[];
  /** CSP hashes of the site's inline scripts and styles (see csp.ts). */
  readonly inline: { readonly scripts: readonly string[]; readonly styles: readonly string[] };
  /** Optional custom domain with an ACM certificate from us-east-1. */
  readonly customDomain?: { readonly name: string; readonly certificate: ICertificate };
}

/** Rewrites `/en/faq/` to `/en/faq/index.html`: the S3 REST origin has no index documents. */
const INDEX_REWRITE = `function handler(event) {
  var r = event.request;
  if (r.uri.endsWith('/')) r.uri += 'index.html';
  else if (!r.uri.split('/').pop().includes('.')) r.uri += '/index.html';
  return r;
}`;

/**
 * Private S3 bucket behind CloudFront (origin access control), strict security headers, and
 * /api/* forwarded uncached to the HTTP API so the site and the API share one origin; the public
 * FAQ reads (/api/faq/*) are cached as the API's Cache-Control says (functions/http/public-cache.ts).
 */
export class Site extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  private readonly customDomainName: string | undefined;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    this.customDomainName = props.customDomain?.name;
    const lifecycle = {
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !props.production,
    };
    this.logBucket = new Bucket(this, 'LogBucket', {
      ...lifecycle,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED, // CloudFront standard logs need ACLs
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop.',
    });
    this.bucket = new Bucket(this, 'SiteBucket', {
      ...lifecycle,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3-site/',
    });

    const csp = contentSecurityPolicy({
      connectSources: props.connectSources,
      imageSources: props.imageSources ?? [],
      scriptHashes: props.inline.scripts,
      styleHashes: props.inline.styles,
    });
    // The one definition of the headers (the local server sends the same ones).
    const { strictTransportSecurity: hsts, frameOption, referrerPolicy, overrideCsp } = SECURITY_HEADERS;
    const headers = (name: string, overrideOriginCsp: boolean) =>
      new ResponseHeadersPolicy(this, name, {
        comment: `Portal security headers (${name})`,
        securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: csp, override: overrideOriginCsp },
          strictTransportSecurity: {
            accessControlMaxAge: Duration.seconds(hsts.maxAgeSeconds),
            includeSubdomains: hsts.includeSubdomains,
            override: true,
          },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: frameOption as HeadersFrameOption, override: true },
          referrerPolicy: { referrerPolicy: referrerPolicy as HeadersReferrerPolicy, override: true },
        },
      });
    const siteHeaders = headers('SiteHeaders', overrideCsp.site);
    // The API may send its own CSP (e.g. the /api/docs page); ours applies when it sends none.
    const apiHeaders = headers('ApiHeaders', overrideCsp.api);

    const rewrite = new CfFunction(this, 'IndexRewrite', {
      code: FunctionCode.fromInline(INDEX_REWRITE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Append index.html to directory URLs',
    });
    const apiOrigin = new HttpOrigin(props.apiHost, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY });
    const api: BehaviorOptions = {
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: apiHeaders,
    };
    // Anonymous reads: keyed by path and every query string (the site adds the content revision
    // `rev`, so a publish changes every key); no cookie or header in the key and none forwarded,
    // so a token never reaches these routes and no answer is anyone's. The API's Cache-Control
    // decides (no header: not cached; counted reads and errors say no-store).
    const publicReads = new CachePolicy(this, 'PublicFaqCache', {
      comment: 'Public FAQ reads: query strings only, TTLs from the API (s-maxage)',
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const queryOnly = new OriginRequestPolicy(this, 'PublicFaqOrigin', {
      comment: 'Public FAQ reads: forward the query strings, no viewer headers or cookies',
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.none(),
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Customer self-service portal',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      // The minimum TLS version only takes effect with a custom certificate (CFR4 below otherwise).
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.name],
            certificate: props.customDomain.certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: siteHeaders,
        functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      // First match wins: votes (a POST with a body) stay on the uncached API behaviour.
      additionalBehaviors: {
        '/api/faq/articles/*/feedback': api,
        '/api/faq/*': {
          ...api,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: publicReads,
          originRequestPolicy: queryOnly,
          compress: true,
        },
        '/api/*': api,
      },
    });
    Validations.of(this.distribution).acknowledge(
      { id: 'AwsSolutions::AwsSolutions-CFR1', reason: 'Customers may be anywhere; no geo restriction is wanted.' },
      {
        id: 'AwsSolutions::AwsSolutions-CFR2',
        reason:
          'WAF costs $5/month per web ACL plus rules even at zero traffic; API Gateway throttling and per-client rate limits in the handlers cover abuse for now.',
      },
    );
    if (!props.customDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions::AwsSolutions-CFR4',
        reason:
          'Without a custom domain the distribution uses the default *.cloudfront.net certificate, where CloudFront does not apply the TLS 1.2_2021 policy; pass -c siteDomain and -c certificateArn to enforce it.',
      });
    }
  }

  /** The URL browsers use: the custom domain when set, otherwise the CloudFront domain. */
  get url(): string {
    return `https://${this.customDomainName ?? this.distribution.domainName}`;
  }

  /**
   * Uploads the built site (or the placeholder) plus `/config.json`, the runtime configuration
   * that lets one site build serve every stage, then invalidates the CloudFront cache.
   */
  deploy(siteDir: string, config: Record<string, unknown>): BucketDeployment {
    const deployment = new BucketDeployment(this, 'Deployment', {
      sources: [Source.asset(siteDir), Source.jsonData('config.json', config)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    const handler = Stack.of(this).node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handler)
      acknowledgeDeploymentHandler(handler, Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket));
    return deployment;
  }
}

/** The findings on CDK's own BucketDeployment handler, which we do not control. */
function acknowledgeDeploymentHandler(handler: IConstruct, siteBucketLogicalId: string): void {
  const copyReason =
    'CDK BucketDeployment handler: copies the site from the CDK asset bucket into the site bucket and prunes old files; CDK generates these S3 action groups scoped to those two buckets.';
  const ids: Array<[string, string]> = [
    [
      'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'CDK BucketDeployment handler: the managed basic execution role only lets it write its own CloudWatch logs.',
    ],
    ['AwsSolutions::AwsSolutions-IAM5[Action::s3:GetBucket*]', copyReason],
    ['AwsSolutions::AwsSolutions-IAM5[Action::s3:GetObject*]', copyReason],
    ['AwsSolutions::AwsSolutions-IAM5[Action::s3:List*]', copyReason],
    ['AwsSolutions::AwsSolutions-IAM5[Action::s3:Abort*]', copyReason],
    ['AwsSolutions::AwsSolutions-IAM5[Action::s3:DeleteObject*]', copyReason],
    [
      'AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
      'CDK BucketDeployment handler reads the uploaded site archive from the CDK bootstrap asset bucket (object keys are content hashes).',
    ],
    [
      `AwsSolutions::AwsSolutions-IAM5[Resource::<${siteBucketLogicalId}.Arn>/*]`,
      'CDK BucketDeployment handler writes and prunes the site files: every object in the site bucket.',
    ],
    [
      'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      'CDK BucketDeployment handler: cloudfront:CreateInvalidation/GetInvalidation do not support resource-level scoping in the generated policy.',
    ],
    [
      'AwsSolutions::AwsSolutions-L1',
      'CDK BucketDeployment handler runtime is chosen by aws-cdk-lib (deploy-time only, not reachable from the internet); it follows CDK upgrades.',
    ],
  ];
  for (const [id, reason] of ids) Validations.of(handler).acknowledge({ id, reason });
}
