import { randomUUID } from 'crypto';
import { OnEventRequest, RawProperties } from '../../../lambda/sms-provider/events';
import { CONFIGURATION_SET } from '../../../src/wire/configuration-set-properties';

export const CREATE_FAILED_MARKER = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/**
 * The events CloudFormation sends (through the Provider framework) for one custom resource of one
 * stack: every event gets a fresh RequestId, as a new stack operation would.
 */
export class CustomResourceEvents {
  readonly stackId: string;

  constructor(
    readonly logicalResourceId = 'OrdersConfigurationSet4F7A2B1C',
    readonly resourceType: string = CONFIGURATION_SET.resourceType,
    stackName = 'sms-app',
  ) {
    this.stackId = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${stackName}/${randomUUID()}`;
  }

  create(properties: RawProperties): OnEventRequest {
    return this.event('Create', properties);
  }

  update(physicalResourceId: string, properties: RawProperties, oldProperties: RawProperties): OnEventRequest {
    return { ...this.event('Update', properties), PhysicalResourceId: physicalResourceId, OldResourceProperties: withServiceToken(oldProperties) };
  }

  delete(physicalResourceId: string, properties: RawProperties): OnEventRequest {
    return { ...this.event('Delete', properties), PhysicalResourceId: physicalResourceId };
  }

  private event(requestType: OnEventRequest['RequestType'], properties: RawProperties): OnEventRequest {
    const requestId = randomUUID();
    return {
      RequestType: requestType,
      RequestId: requestId,
      StackId: this.stackId,
      LogicalResourceId: this.logicalResourceId,
      ResourceType: this.resourceType,
      ResourceProperties: withServiceToken(properties),
      // A presigned URL in real life; never contacted here.
      ResponseURL: `https://cfn-responses.invalid/${encodeURIComponent(this.stackId)}/${requestId}?X-Amz-Signature=0123abcd`,
      ServiceToken: SERVICE_TOKEN,
    };
  }
}

const SERVICE_TOKEN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:sms-app-SmsProviderframeworkonEvent1B2C3D-AbCdEf123456`;

function withServiceToken(properties: RawProperties): RawProperties {
  return { ServiceToken: SERVICE_TOKEN, ...properties };
}

export interface EventDestinationOptions {
  readonly name: string;
  readonly eventTypes: readonly string[];
  readonly enabled?: boolean;
  readonly target?: 'sns' | 'logs' | 'firehose';
  /** Makes the target's ARNs differ, to change a destination in place. */
  readonly variant?: string;
}

export interface ConfigurationSetOptions {
  readonly name: string;
  readonly defaultSenderId?: string;
  readonly defaultMessageType?: string;
  readonly messageFeedbackEnabled?: boolean;
  readonly eventDestinations?: readonly EventDestinationOptions[];
  readonly protectConfigurationId?: string;
  readonly tags?: { readonly [key: string]: string };
  /** Leave SchemaVersion out, as properties written before it existed do. */
  readonly withoutSchemaVersion?: boolean;
}

/**
 * The properties of a Custom::SmsVoiceConfigurationSet as CloudFormation delivers them: booleans
 * as "true"/"false", optional properties left out.
 */
export function configurationSetProperties(options: ConfigurationSetOptions): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: options.protectConfigurationId !== undefined ? '2' : '1' },
    ConfigurationSetName: options.name,
    ...options.defaultSenderId !== undefined ? { DefaultSenderId: options.defaultSenderId } : {},
    ...options.defaultMessageType !== undefined ? { DefaultMessageType: options.defaultMessageType } : {},
    MessageFeedbackEnabled: String(options.messageFeedbackEnabled ?? false),
    ...options.eventDestinations ? { EventDestinations: options.eventDestinations.map(eventDestinationProperties) } : {},
    ...options.protectConfigurationId !== undefined ? { ProtectConfigurationId: options.protectConfigurationId } : {},
    ...options.tags ? { Tags: Object.entries(options.tags).map(([Key, Value]) => ({ Key, Value })) } : {},
  };
}

function eventDestinationProperties(options: EventDestinationOptions): RawProperties {
  const suffix = options.variant ? `-${options.variant}` : '';
  const role = `arn:aws:iam::${ACCOUNT}:role/sms-events${suffix}`;
  const target = {
    sns: { SnsDestination: { TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:sms-events${suffix}` } },
    logs: { CloudWatchLogsDestination: { IamRoleArn: role, LogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:sms-events${suffix}` } },
    firehose: {
      KinesisFirehoseDestination: { IamRoleArn: role, DeliveryStreamArn: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/sms-events${suffix}` },
    },
  }[options.target ?? 'sns'];
  return {
    EventDestinationName: options.name,
    Enabled: String(options.enabled ?? true),
    MatchingEventTypes: [...options.eventTypes],
    ...target,
  };
}
