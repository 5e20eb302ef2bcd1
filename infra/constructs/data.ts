import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption, type CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE } from '../../functions/store/table.js';

/** What an area may do with the table: actions, optionally limited to partition-key prefixes. */
export interface TableAccess {
  /** Read actions (GetItem, BatchGetItem, Query); Query also covers the table's indexes. */
  readonly read: readonly string[];
  /** Write actions (PutItem, UpdateItem, DeleteItem, BatchWriteItem). */
  readonly write: readonly string[];
  /** When set, writes are allowed only on items whose `pk` matches one of these patterns. */
  readonly leadingKeys?: readonly string[];
}

export interface DataProps {
  readonly production: boolean;
}

/** Logical id of the table, pinned so IAM findings and acknowledgements name it stably. */
const TABLE_LOGICAL_ID = 'PortalTable';

/** The single DynamoDB table, built from functions/store/table.ts (the one definition). */
export class Data extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    const attr = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new Table(this, 'Table', {
      partitionKey: attr(TABLE.partitionKey),
      sortKey: attr(TABLE.sortKey),
      timeToLiveAttribute: TABLE.ttlAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: attr(index.partitionKey),
        sortKey: attr(index.sortKey),
      });
    }
    (this.table.node.defaultChild as CfnTable).overrideLogicalId(TABLE_LOGICAL_ID);
  }

  /**
   * Grants exactly the listed actions on this table (Query also on its indexes), writes under a
   * LeadingKeys condition when prefixes are set. Never `dynamodb:*`, never `*` resources.
   */
  grant(grantee: IGrantable, access: TableAccess): void {
    const tableArn = this.table.tableArn;
    const indexArn = `${tableArn}/index/*`;
    const add = (statement: PolicyStatement) => grantee.grantPrincipal.addToPrincipalPolicy(statement);
    if (access.read.length > 0) {
      add(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: access.read.map((a) => `dynamodb:${a}`),
          resources: [tableArn],
        }),
      );
    }
    if (access.read.includes('Query')) {
      add(new PolicyStatement({ effect: Effect.ALLOW, actions: ['dynamodb:Query'], resources: [indexArn] }));
      // Acknowledged on the principal (the role), whose policy carries the finding.
      const principal = Construct.isConstruct(grantee.grantPrincipal) ? grantee.grantPrincipal : undefined;
      if (principal)
        Validations.of(principal).acknowledge({
          id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${TABLE_LOGICAL_ID}.Arn>/index/*]`,
          reason: "Query on the portal table's own GSIs (gsi1, gsi2); the wildcard covers only this table's indexes.",
        });
    }
    if (access.write.length > 0) {
      add(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: access.write.map((a) => `dynamodb:${a}`),
          resources: [tableArn],
          ...(access.leadingKeys
            ? { conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...access.leadingKeys] } } }
            : {}),
        }),
      );
    }
  }
}
