import { Validations, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  type HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** A route: method(s), path, and whether the Cognito JWT authorizer guards it. */
export interface PortalRoute {
  readonly methods: readonly HttpMethod[];
  readonly path: string;
  readonly auth: boolean;
  /** Why a public route needs no sign-in (recorded with the cdk-nag acknowledgement). */
  readonly why?: string;
  /**
   * A route for shops' systems: guarded by the integration authorizer (the machine app client's
   * client-credentials tokens) and this OAuth scope, instead of the site's.
   */
  readonly machineScope?: string;
}

/** One handler per area, each with its routes. */
export interface ApiArea {
  readonly name: string;
  readonly fn: IFunction;
  readonly routes: readonly PortalRoute[];
}

export interface ApiProps {
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Cross-origin callers allowed by CORS; empty = same origin only (the site reaches /api via CloudFront). */
  readonly corsOrigins: readonly string[];
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * HTTP API with stage throttling and JSON access logs; `addAreas` wires one Lambda integration
 * per area, with the Cognito JWT authorizer on the routes that need a signed-in user.
 * (Routes come later than the API because CloudFront and Cognito need the API's host first.)
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Customer self-service portal API',
      createDefaultStage: false,
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [
                CorsHttpMethod.GET,
                CorsHttpMethod.POST,
                CorsHttpMethod.PATCH,
                CorsHttpMethod.PUT,
                CorsHttpMethod.DELETE,
              ],
              allowHeaders: ['authorization', 'content-type', 'if-match'],
              exposeHeaders: ['etag'],
            },
          }
        : {}),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            route: '$context.routeKey',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });
  }

  /**
   * Adds each area's routes; `issuer` and `audience` configure the site's JWT authorizer,
   * `machineAudience` the integration one (a shop's app client with a secret).
   */
  addAreas(
    areas: readonly ApiArea[],
    jwt: { readonly issuer: string; readonly audience: string; readonly machineAudience: string },
  ): void {
    const authorizer = new HttpJwtAuthorizer('CognitoAuthorizer', jwt.issuer, { jwtAudience: [jwt.audience] });
    const machineAuthorizer = new HttpJwtAuthorizer('IntegrationAuthorizer', jwt.issuer, {
      jwtAudience: [jwt.machineAudience],
    });
    for (const area of areas) {
      const integration = new HttpLambdaIntegration(`${area.name}Integration`, area.fn);
      for (const route of area.routes) {
        const created = this.httpApi.addRoutes({
          path: route.path,
          methods: [...route.methods],
          integration,
          ...(route.machineScope
            ? { authorizer: machineAuthorizer, authorizationScopes: [route.machineScope] }
            : route.auth
              ? { authorizer }
              : {}),
        });
        if (!route.auth) {
          for (const r of created) {
            Validations.of(r).acknowledge(
              {
                id: 'AwsSolutions::AwsSolutions-APIG4',
                reason: `Public by design (${route.path}): ${route.why ?? 'no sign-in needed'}.`,
              },
              {
                id: 'AwsSolutions::AwsSolutions-COG4',
                reason: `Public by design (${route.path}): ${route.why ?? 'no sign-in needed'}; signed-in routes use the Cognito JWT authorizer.`,
              },
            );
          }
        }
      }
    }
  }

  /** The stage's invoke host, e.g. `abc123.execute-api.eu-central-1.amazonaws.com`. */
  get host(): string {
    return `${this.httpApi.apiId}.execute-api.${this.httpApi.stack.region}.${this.httpApi.stack.urlSuffix}`;
  }
}
