import { TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields, Schema } from './schema';
import { configurationSetViolations } from './validate-configuration-set';

/** The properties of a Custom::SmsVoiceConfigurationSet. Physical id: the configuration set's ARN. */
export interface ConfigurationSetResourceProperties extends TaggableResourceProperties {
  /** Create-only: a new name is a new configuration set. */
  readonly ConfigurationSetName: string;
  readonly DefaultSenderId?: string;
  readonly DefaultMessageType?: string;
  readonly MessageFeedbackEnabled: boolean;
  readonly EventDestinations?: EventDestinationResourceProperties[];
  /** Since schema version 2. */
  readonly ProtectConfigurationId?: string;
}

export interface EventDestinationResourceProperties {
  readonly EventDestinationName: string;
  readonly Enabled: boolean;
  readonly MatchingEventTypes: string[];
  readonly CloudWatchLogsDestination?: { readonly IamRoleArn: string; readonly LogGroupArn: string };
  readonly KinesisFirehoseDestination?: { readonly IamRoleArn: string; readonly DeliveryStreamArn: string };
  readonly SnsDestination?: { readonly TopicArn: string };
}

const TARGETS = ['CloudWatchLogsDestination', 'KinesisFirehoseDestination', 'SnsDestination'] as const;

const EVENT_DESTINATION_SCHEMA: Schema<EventDestinationResourceProperties> = {
  EventDestinationName: fields.string,
  Enabled: fields.boolean,
  MatchingEventTypes: fields.stringList,
  CloudWatchLogsDestination: fields.optionalObject({ IamRoleArn: fields.string, LogGroupArn: fields.string }),
  KinesisFirehoseDestination: fields.optionalObject({ IamRoleArn: fields.string, DeliveryStreamArn: fields.string }),
  SnsDestination: fields.optionalObject({ TopicArn: fields.string }),
};

export const CONFIGURATION_SET: ResourceContract<ConfigurationSetResourceProperties> = {
  resourceType: 'Custom::SmsVoiceConfigurationSet',
  noun: 'configuration set',
  nameKey: 'ConfigurationSetName',
  schemaVersions: ['1', '2'],
  schema: {
    ConfigurationSetName: fields.string,
    DefaultSenderId: fields.optionalString,
    DefaultMessageType: fields.optionalString,
    MessageFeedbackEnabled: fields.boolean,
    EventDestinations: fields.optionalObjectList(EVENT_DESTINATION_SCHEMA, destination => {
      const count = TARGETS.filter(target => destination[target] !== undefined).length;
      return count === 1 ? undefined : `must have exactly one of ${TARGETS.slice(0, -1).join(', ')} and ${TARGETS[TARGETS.length - 1]}, but has ${count}`;
    }),
    ProtectConfigurationId: fields.optionalString,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: { ConfigurationSetName: 'configurationSetName' },
  arnResourceType: 'configuration-set',
  attributes: { NAME: 'ConfigurationSetName', ARN: 'ConfigurationSetArn' },
  violations: configurationSetViolations,
};
