import { TagResourceProperties } from './common-properties';

/**
 * The properties of a Custom::SmsVoiceConfigurationSet resource, as the construct writes them.
 * CloudFormation delivers booleans as strings ("true"); the handler decodes them.
 *
 * Bump the schema version whenever this shape changes, and keep the handler accepting every
 * version ever shipped.
 */
export const CONFIGURATION_SET_SCHEMA_VERSION = '1';

export interface ConfigurationSetResourceProperties {
  readonly SchemaVersion: string;
  readonly ConfigurationSetName: string;
  readonly DefaultSenderId?: string;
  readonly DefaultMessageType?: string;
  readonly MessageFeedbackEnabled: boolean | string;
  readonly EventDestinations?: EventDestinationResourceProperties[];
  readonly Tags?: TagResourceProperties[];
}

export interface EventDestinationResourceProperties {
  readonly EventDestinationName: string;
  readonly Enabled: boolean | string;
  readonly MatchingEventTypes: string[];
  readonly CloudWatchLogsDestination?: { readonly IamRoleArn: string; readonly LogGroupArn: string };
  readonly KinesisFirehoseDestination?: { readonly IamRoleArn: string; readonly DeliveryStreamArn: string };
  readonly SnsDestination?: { readonly TopicArn: string };
}

/** The attributes the handler returns in `Data`. */
export const ConfigurationSetAttributes = {
  NAME: 'ConfigurationSetName',
  ARN: 'ConfigurationSetArn',
} as const;
