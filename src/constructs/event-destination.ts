import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { EventType } from './event-type';
import { SERVICE_PRINCIPAL } from '../custom-resources/sms-provider';

/**
 * Options for an event destination of a configuration set.
 */
export interface EventDestinationOptions {
  /**
   * Where the events go.
   */
  readonly destination: EventDestinationTarget;

  /**
   * The event types to send to the destination. `TEXT_SENT` is not supported by the service.
   */
  readonly events: EventType[];

  /**
   * Whether the destination receives events.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The name of the event destination.
   *
   * @default - the id given to `addEventDestination`
   */
  readonly eventDestinationName?: string;
}

/**
 * Options for an event destination that writes to CloudWatch Logs.
 */
export interface CloudWatchLogsDestinationOptions {
  /**
   * The role that AWS End User Messaging SMS assumes to write to the log group.
   *
   * @default - a role trusted by `sms-voice.amazonaws.com` for this account, allowed to write to the log group
   */
  readonly role?: iam.IRole;
}

/**
 * Options for an event destination that writes to Amazon Data Firehose.
 */
export interface FirehoseDestinationOptions {
  /**
   * The role that AWS End User Messaging SMS assumes to put records on the delivery stream.
   *
   * @default - a role trusted by `sms-voice.amazonaws.com` for this account, allowed to put records
   */
  readonly role?: iam.IRole;
}

/**
 * What an event destination target resolves to when it is bound to a configuration set.
 * Exactly one field is set.
 */
export interface EventDestinationTargetConfig {
  /**
   * A CloudWatch Logs destination.
   *
   * @default - not a CloudWatch Logs destination
   */
  readonly cloudWatchLogs?: RoleBasedDestinationConfig;

  /**
   * An Amazon Data Firehose destination.
   *
   * @default - not a Firehose destination
   */
  readonly firehose?: RoleBasedDestinationConfig;

  /**
   * The ARN of an SNS topic.
   *
   * @default - not an SNS destination
   */
  readonly snsTopicArn?: string;
}

/**
 * A destination that the service writes to by assuming a role.
 */
export interface RoleBasedDestinationConfig {
  /**
   * The ARN of the log group or delivery stream.
   */
  readonly destinationArn: string;

  /**
   * The role the service assumes; the provider is allowed to pass it.
   */
  readonly role: iam.IRole;
}

/**
 * Where a configuration set's events go: CloudWatch Logs, Amazon Data Firehose or Amazon SNS.
 */
export abstract class EventDestinationTarget {
  /**
   * Sends events to a CloudWatch Logs log group.
   */
  public static cloudWatchLogs(logGroup: logs.ILogGroup, options: CloudWatchLogsDestinationOptions = {}): EventDestinationTarget {
    return new class extends EventDestinationTarget {
      public bind(scope: Construct): EventDestinationTargetConfig {
        const role = options.role ?? serviceRole(scope, `Writes AWS End User Messaging SMS events to ${logGroup.logGroupName}`);
        logGroup.grantWrite(role);
        logGroup.grant(role, 'logs:DescribeLogStreams');
        return { cloudWatchLogs: { destinationArn: logGroup.logGroupArn, role } };
      }
    }();
  }

  /**
   * Sends events to an Amazon Data Firehose delivery stream.
   */
  public static firehose(deliveryStream: firehose.IDeliveryStream, options: FirehoseDestinationOptions = {}): EventDestinationTarget {
    return new class extends EventDestinationTarget {
      public bind(scope: Construct): EventDestinationTargetConfig {
        const role = options.role ?? serviceRole(scope, `Puts AWS End User Messaging SMS events on ${deliveryStream.deliveryStreamName}`);
        deliveryStream.grantPutRecords(role);
        return { firehose: { destinationArn: deliveryStream.deliveryStreamArn, role } };
      }
    }();
  }

  /**
   * Publishes events to an Amazon SNS topic. The topic's policy (and key policy, for an encrypted
   * topic created in this app) lets `sms-voice.amazonaws.com` publish for this account only.
   */
  public static sns(topic: sns.ITopic): EventDestinationTarget {
    return new class extends EventDestinationTarget {
      public bind(scope: Construct): EventDestinationTargetConfig {
        const principal = servicePrincipal(scope);
        topic.addToResourcePolicy(new iam.PolicyStatement({
          principals: [principal],
          actions: ['sns:Publish'],
          resources: [topic.topicArn],
        }));
        topic.masterKey?.grant(principal, 'kms:GenerateDataKey*', 'kms:Decrypt');
        return { snsTopicArn: topic.topicArn };
      }
    }();
  }

  /**
   * Binds the target to the event destination that `scope` stands for, creating what it needs there.
   */
  public abstract bind(scope: Construct): EventDestinationTargetConfig;
}

/**
 * The service principal, limited to requests made on behalf of this account's SMS resources.
 */
function servicePrincipal(scope: Construct): iam.PrincipalBase {
  const stack = Stack.of(scope);
  return new iam.ServicePrincipal(SERVICE_PRINCIPAL).withConditions({
    StringEquals: { 'aws:SourceAccount': stack.account },
    ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'sms-voice', resource: '*' }) },
  });
}

function serviceRole(scope: Construct, description: string): iam.IRole {
  return new iam.Role(scope, 'ServiceRole', { assumedBy: servicePrincipal(scope), description });
}
