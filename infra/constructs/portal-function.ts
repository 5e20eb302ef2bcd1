import {
  AssetHashType,
  DockerImage,
  Duration,
  type ILocalBundling,
  type RemovalPolicy,
  Validations,
} from 'aws-cdk-lib';
import { ServicePrincipal, Role } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  ApplicationLogLevel,
  SystemLogLevel,
  Runtime,
  type ParamsAndSecretsLayerVersion,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { BUNDLE_ENTRY_FILE, type BundledFile, bundleLambdaSync, PROJECT_ROOT } from './bundling.js';

/**
 * Local bundling with the shared esbuild options (bench/bundles.ts builds the same way). Its
 * fields are data so CDK's bundling cache tells one entry from another.
 */
class PortalBundling implements ILocalBundling {
  constructor(
    readonly entry: string,
    readonly files: readonly BundledFile[],
  ) {}

  tryBundle(outputDir: string): boolean {
    bundleLambdaSync(this.entry, outputDir, this.files);
    return true;
  }
}

export interface PortalFunctionProps {
  /** Path of the module that exports `handler`. */
  readonly entry: string;
  /** Short area name: becomes LOG_SERVICE_NAME `portal-<area>`. */
  readonly area: string;
  readonly environment: Record<string, string>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** The Parameters and Secrets extension, for functions that read a secret at run time. */
  readonly paramsAndSecrets?: ParamsAndSecretsLayerVersion;
  /** Files the code reads at run time, copied into the bundle: `from` relative to the project, `to` a folder. */
  readonly files?: readonly BundledFile[];
}

/**
 * The one place that pins the Lambda defaults: Node 22 on arm64, minified ESM bundle (split into
 * chunks loaded on first use) with source maps, JSON logs into its own log group with retention,
 * and a role that may write to that log group only (no AWS managed policy); callers add table
 * access per area.
 */
export class PortalFunction extends LambdaFunction {
  readonly logGroupRef: LogGroup;

  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `portal-${props.area} Lambda: logs plus its own table access`,
    });
    super(scope, id, {
      code: Code.fromAsset(PROJECT_ROOT, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Never pulled: the local bundling always succeeds (there is no Docker here or in CI).
          image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
          local: new PortalBundling(props.entry, props.files ?? []),
        },
      }),
      handler: `${BUNDLE_ENTRY_FILE.replace(/\.mjs$/, '')}.handler`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      ...(props.paramsAndSecrets ? { paramsAndSecrets: props.paramsAndSecrets } : {}),
      environment: {
        ...props.environment,
        LOG_SERVICE_NAME: `portal-${props.area}`,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    this.logGroupRef = logGroup;
    logGroup.grantWrite(role);
    Validations.of(this).acknowledge({
      id: 'AwsSolutions::AwsSolutions-L1',
      reason: 'Node.js 22 is the newest runtime the portal is tested on; Node 24 follows once CI runs the suite on it.',
    });
  }
}
