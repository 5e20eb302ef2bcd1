import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  type CfnUserPoolClient,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolResourceServer,
  ResourceServerScope,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface AuthProps {
  readonly production: boolean;
  /** Hosted UI domain prefix: `<prefix>.auth.<region>.amazoncognito.com`. */
  readonly domainPrefix: string;
  /** Site origins allowed as OAuth redirect targets (e.g. the CloudFront URL). */
  readonly siteOrigins: readonly string[];
  /** The resource server and scope shops' systems get (client credentials): `orders/write`. */
  readonly machineScope: { readonly resourceServer: string; readonly scope: string };
}

/** Groups the handlers check in the token (functions/auth/guard.ts STAFF_GROUPS): admins everything, agents tickets and customers. */
const ADMIN_GROUP = 'admins';
const AGENT_GROUP = 'agents';

/**
 * Cognito user pool (email sign-in, self sign-up, optional TOTP MFA), the `admins` group, the
 * hosted UI domain and the site's public app client (authorization code + PKCE, no secret).
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** A shop's systems: client credentials with a secret, scope `orders/write` and nothing else. */
  readonly integrationClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** Token issuer: `https://cognito-idp.<region>.amazonaws.com/<poolId>`. */
  readonly issuer: string;
  /** Hosted UI base URL, e.g. `https://portal.auth.eu-central-1.amazoncognito.com`. */
  readonly hostedUiUrl: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      signInAliases: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.LITE,
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new CfnUserPoolGroup(this, 'AdminsGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: ADMIN_GROUP,
      description: 'Portal administrators (FAQ editing, insights, tickets). Members must enrol TOTP MFA.',
    });
    new CfnUserPoolGroup(this, 'AgentsGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: AGENT_GROUP,
      description: 'Support agents: the ticket workspace and customer pages, no content or rules editing.',
    });
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });
    this.client = this.userPool.addClient('SiteClient', {
      generateSecret: false,
      // Browsers sign in through the hosted UI only (code + PKCE). The admin flow needs AWS
      // credentials and exists for the operator runbook (first admin, TOTP enrolment).
      authFlows: { adminUserPassword: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.siteOrigins.map((o) => `${o}/auth/callback/`),
        logoutUrls: props.siteOrigins.map((o) => `${o}/`),
      },
    });
    const writeScope = new ResourceServerScope({
      scopeName: props.machineScope.scope,
      scopeDescription: 'Create and replace orders, append shipment events (integration API)',
    });
    const resourceServer = new UserPoolResourceServer(this, 'OrdersResourceServer', {
      userPool: this.userPool,
      identifier: props.machineScope.resourceServer,
      userPoolResourceServerName: 'Portal orders feed',
      scopes: [writeScope],
    });
    // The secret stays in Cognito (read it with `aws cognito-idp describe-user-pool-client`);
    // it is never in the template or an output.
    this.integrationClient = this.userPool.addClient('IntegrationClient', {
      generateSecret: true,
      authFlows: {},
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { clientCredentials: true },
        scopes: [OAuthScope.resourceServer(resourceServer, writeScope)],
      },
    });
    // No user sign-in through this client at all (Cognito's default would allow SRP and custom
    // auth): it only ever mints machine tokens.
    (this.integrationClient.node.defaultChild as CfnUserPoolClient).explicitAuthFlows = ['ALLOW_REFRESH_TOKEN_AUTH'];
    const region = Stack.of(this).region;
    this.issuer = `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`;
    this.hostedUiUrl = this.domain.baseUrl();

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-COG2',
        reason:
          'MFA is optional for customers (TOTP offered); admins must enrol TOTP before being added to the admins group (docs/deploy.md). Cognito cannot require MFA per group.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-COG8',
        reason:
          'The Plus plan (threat protection) is priced per MAU with no free tier; the Lite plan keeps idle cost at zero. Revisit with real traffic.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-COG3',
        reason:
          'Threat protection (advanced security) needs the Plus plan at a per-MAU price with no free tier; the pool uses the Lite plan to keep idle and small-scale cost near zero. Revisit with real traffic.',
      },
    );
  }
}
