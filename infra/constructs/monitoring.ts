import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  type IMetric,
  type Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface MonitoringProps {
  readonly api: HttpApi;
  readonly functions: Readonly<Record<string, IFunction>>;
  readonly table: Table;
  /** Optional address subscribed to the alarm topic (confirm the subscription e-mail). */
  readonly alarmEmail?: string;
  /** p99 latency alarm threshold in milliseconds. */
  readonly latencyP99Ms: number;
}

/** The DynamoDB operations the portal issues; SystemErrors is reported per operation. */
const TABLE_OPERATIONS = ['GetItem', 'Query', 'PutItem', 'UpdateItem'] as const;

const FIVE_MINUTES = Duration.minutes(5);

/** Sum of several metrics as one alarmable series. */
function sum(label: string, metrics: readonly IMetric[]): MathExpression {
  const prefix = label.toLowerCase().replace(/[^a-z]/g, '');
  const usingMetrics = Object.fromEntries(metrics.map((m, i) => [`${prefix}${i}`, m]));
  return new MathExpression({
    expression: Object.keys(usingMetrics).join(' + '),
    usingMetrics,
    label,
    period: FIVE_MINUTES,
  });
}

/**
 * Alarms (API 5xx and p99 latency, Lambda errors and throttles, DynamoDB system errors and
 * throttles) into one SNS topic, and a dashboard with the same signals.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', { displayName: 'Portal alarms', enforceSSL: true });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry no customer data; CloudWatch cannot publish to a topic under the AWS managed SNS key and a customer managed key would cost $1/month at idle.',
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const fns = Object.entries(props.functions);
    const serverErrors = props.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });
    const latency = props.api.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' });
    const lambdaErrors = sum(
      'Lambda errors',
      fns.map(([, fn]) => fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' })),
    );
    const lambdaThrottles = sum(
      'Lambda throttles',
      fns.map(([, fn]) => fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' })),
    );
    const systemErrors = sum(
      'DynamoDB system errors',
      TABLE_OPERATIONS.map((operation) =>
        props.table.metric('SystemErrors', {
          dimensionsMap: { TableName: props.table.tableName, Operation: operation },
          period: FIVE_MINUTES,
          statistic: 'Sum',
        }),
      ),
    );
    const tableThrottles = sum('DynamoDB throttle events', [
      props.table.metric('ReadThrottleEvents', { period: FIVE_MINUTES, statistic: 'Sum' }),
      props.table.metric('WriteThrottleEvents', { period: FIVE_MINUTES, statistic: 'Sum' }),
    ]);

    const alarm = (name: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1) => {
      const a = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods,
        alarmDescription: description,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      a.addAlarmAction(new SnsAction(this.topic));
      a.addOkAction(new SnsAction(this.topic));
      this.alarms.push(a);
    };
    alarm('Api5xx', serverErrors, 5, 'API returned 5 or more 5xx responses in 5 minutes');
    alarm(
      'ApiLatencyP99',
      latency,
      props.latencyP99Ms,
      `API p99 latency at or above ${props.latencyP99Ms} ms for 15 minutes`,
      3,
    );
    alarm(
      'LambdaErrors',
      lambdaErrors,
      3,
      'Portal functions failed (unhandled errors or timeouts) 3 or more times in 5 minutes',
    );
    alarm('LambdaThrottles', lambdaThrottles, 1, 'A portal function was throttled (account concurrency reached)');
    alarm('TableSystemErrors', systemErrors, 1, 'DynamoDB returned system errors (HTTP 500) to the portal');
    alarm('TableThrottles', tableThrottles, 1, 'DynamoDB throttled portal requests');

    const dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(24) });
    const perFunction = (label: string, pick: (fn: IFunction) => Metric) =>
      new GraphWidget({ title: label, left: fns.map(([name, fn]) => pick(fn).with({ label: name })), width: 12 });
    dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and 5xx',
        left: [props.api.metricCount({ period: FIVE_MINUTES }), serverErrors],
        width: 12,
      }),
      new GraphWidget({ title: 'API p99 latency (ms)', left: [latency], width: 12 }),
    );
    dashboard.addWidgets(
      perFunction('Lambda p99 duration (ms)', (fn) => fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' })),
      perFunction('Lambda errors', (fn) => fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' })),
    );
    dashboard.addWidgets(
      new GraphWidget({
        title: 'DynamoDB consumed capacity',
        left: [props.table.metricConsumedReadCapacityUnits(), props.table.metricConsumedWriteCapacityUnits()],
        width: 12,
      }),
      new GraphWidget({ title: 'DynamoDB errors and throttles', left: [systemErrors, tableThrottles], width: 12 }),
    );
  }
}
