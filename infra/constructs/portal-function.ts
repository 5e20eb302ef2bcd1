import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { ServicePrincipal, Role } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  LoggingFormat,
  ApplicationLogLevel,
  SystemLogLevel,
  Runtime,
  type ParamsAndSecretsLayerVersion,
} from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ESBUILD_OPTIONS } from './bundling.js';

/** NodejsFunction bundling built from the shared esbuild options (bench/bundles.ts uses the same). */
const portalBundling: BundlingOptions = {
  forceDockerBundling: false,
  minify: ESBUILD_OPTIONS.minify,
  sourceMap: ESBUILD_OPTIONS.sourcemap,
  sourcesContent: ESBUILD_OPTIONS.sourcesContent,
  target: ESBUILD_OPTIONS.target,
  format: OutputFormat.ESM,
  mainFields: [...ESBUILD_OPTIONS.mainFields],
  banner: ESBUILD_OPTIONS.banner,
  externalModules: [...ESBUILD_OPTIONS.external],
  bundleAwsSDK: true,
  logLevel: LogLevel.WARNING,
};

export interface PortalFunctionProps {
  /** Path of the module that exports `handler`. */
  readonly entry: string;
  /** Short area name: becomes POWERTOOLS_SERVICE_NAME `portal-<area>`. */
  readonly area: string;
  readonly environment: Record<string, string>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** The Parameters and Secrets extension, for functions that read a secret at run time. */
  readonly paramsAndSecrets?: ParamsAndSecretsLayerVersion;
  /** Files the code reads at run time, copied into the bundle: `from` relative to the project, `to` a folder. */
  readonly files?: readonly { from: string; to: string }[];
}

/** Bundling that also copies run-time files into the bundle after esbuild ran. */
function bundlingWith(files: readonly { from: string; to: string }[] = []): BundlingOptions {
  if (files.length === 0) return portalBundling;
  return {
    ...portalBundling,
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) =>
        files.flatMap(({ from, to }) => [
          `mkdir -p "${outputDir}/${to}"`,
          `cp "${inputDir}/${from}" "${outputDir}/${to}/"`,
        ]),
    },
  };
}

/**
 * The one place that pins the Lambda defaults: Node 22 on arm64, minified ESM bundle with
 * source maps, JSON logs into its own log group with retention, and a role that may write
 * to that log group only (no AWS managed policy); callers add table access per area.
 */
export class PortalFunction extends NodejsFunction {
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
      entry: props.entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      bundling: bundlingWith(props.files),
      ...(props.paramsAndSecrets ? { paramsAndSecrets: props.paramsAndSecrets } : {}),
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: `portal-${props.area}`,
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
