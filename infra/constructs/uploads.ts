import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  HttpMethods,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** The key prefix of problem photos (functions/orders/domain/photos.ts `photoKey`). */
export const PHOTO_PREFIX = 'problem-photos/';

export interface UploadsProps {
  production: boolean;
  /** Where the bucket's server access logs go (the site's log bucket). */
  logBucket: IBucket;
  /** Origins whose pages post photos straight to the bucket (presigned POST). */
  corsOrigins: readonly string[];
  /** How long a photo is kept: as long as the ticket it came with is likely to be worked on. */
  retentionDays?: number;
}

/**
 * The bucket of problem photos: private (no public access, TLS only, encrypted), written only
 * through presigned POSTs the customer function signs, read only through short presigned GETs,
 * emptied by a lifecycle rule.
 */
export class Uploads extends Construct {
  readonly bucket: Bucket;
  /**
   * The bucket's origin, for the site's CSP (connect-src for the upload, img-src for agents).
   * Spelled from the bucket's name, not its attributes: the site's headers name the bucket and
   * the bucket's CORS names the site, which would otherwise be a dependency cycle.
   */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: UploadsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // Unique per stage, account and region; S3 allows 63 characters.
    const bucketName = `${stack.stackName
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 20)}-photos-${stack.account}-${stack.region}`;
    this.origin = `https://${bucketName}.s3.${stack.region}.${stack.urlSuffix}`;
    this.bucket = new Bucket(this, 'PhotoBucket', {
      bucketName,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !props.production,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 's3-photos/',
      lifecycleRules: [
        { prefix: PHOTO_PREFIX, expiration: Duration.days(props.retentionDays ?? 365) },
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      cors: [
        {
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: [...props.corsOrigins],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
    });
  }

  /**
   * `upload`: sign presigned POSTs (PutObject), check what arrived (HeadObject needs GetObject)
   * and delete an erased customer's photos (DeleteObject);
   * `view`: sign presigned GETs. Only photo keys, nothing else in the bucket.
   */
  grant(grantee: IGrantable, access: 'upload' | 'view'): void {
    // `upload` also deletes: erasing an account (customer function) removes the customer's photos.
    const actions = access === 'upload' ? ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'] : ['s3:GetObject'];
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions,
        resources: [this.bucket.arnForObjects(`${PHOTO_PREFIX}*`)],
      }),
    );
    const logicalId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    if (Construct.isConstruct(grantee.grantPrincipal))
      Validations.of(grantee.grantPrincipal).acknowledge({
        id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${PHOTO_PREFIX}*]`,
        reason: `Photo keys are random ids under ${PHOTO_PREFIX}: the wildcard covers only that prefix of the photo bucket.`,
      });
  }
}
