import {
  DescribeConfigurationSetsCommand,
  EventDestination,
  ListTagsForResourceCommand,
  PinpointSMSVoiceV2Client,
  ResourceNotFoundException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { configurationSetProperties, ConfigurationSetOptions } from './events';
import { RawProperties } from '../../../lambda/sms-provider/events';

/** A configuration set as a test compares it: order-free, booleans as booleans. */
export interface ConfigurationSetView {
  readonly defaultSenderId?: string;
  readonly defaultMessageType?: string;
  readonly messageFeedbackEnabled: boolean;
  readonly eventDestinations: { readonly [name: string]: EventDestinationView };
  readonly protectConfigurationId?: string;
  readonly tags: { readonly [key: string]: string };
}

export interface EventDestinationView {
  readonly enabled: boolean;
  readonly eventTypes: readonly string[];
  readonly target: unknown;
}

/** What the service has for `name`, read with the SDK; undefined when there is no such set. */
export async function readBack(client: PinpointSMSVoiceV2Client, name: string): Promise<ConfigurationSetView | undefined> {
  let sets;
  try {
    sets = (await client.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: [name] }))).ConfigurationSets ?? [];
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
  const [set] = sets;
  const { Tags } = await client.send(new ListTagsForResourceCommand({ ResourceArn: set.ConfigurationSetArn }));
  return {
    defaultSenderId: set.DefaultSenderId,
    defaultMessageType: set.DefaultMessageType,
    messageFeedbackEnabled: set.DefaultMessageFeedbackEnabled ?? false,
    eventDestinations: Object.fromEntries((set.EventDestinations ?? []).map(d => [d.EventDestinationName, destinationView(d)])),
    protectConfigurationId: set.ProtectConfigurationId,
    tags: Object.fromEntries((Tags ?? []).map(tag => [tag.Key, tag.Value])),
  };
}

/** What reading back must show for these options, worked out from the properties CloudFormation sends. */
export function expectedView(options: ConfigurationSetOptions): ConfigurationSetView {
  const properties = configurationSetProperties(options) as RawProperties & {
    EventDestinations?: (RawProperties & { EventDestinationName: string; Enabled: string; MatchingEventTypes: string[] })[];
  };
  return {
    defaultSenderId: options.defaultSenderId,
    defaultMessageType: options.defaultMessageType,
    messageFeedbackEnabled: properties.MessageFeedbackEnabled === 'true',
    eventDestinations: Object.fromEntries((properties.EventDestinations ?? []).map(d => [d.EventDestinationName, {
      enabled: d.Enabled === 'true',
      eventTypes: [...d.MatchingEventTypes].sort(),
      target: d.SnsDestination ?? d.CloudWatchLogsDestination ?? d.KinesisFirehoseDestination,
    }])),
    protectConfigurationId: options.protectConfigurationId,
    tags: { ...options.tags },
  };
}

function destinationView(destination: EventDestination): EventDestinationView {
  return {
    enabled: destination.Enabled ?? false,
    eventTypes: [...destination.MatchingEventTypes ?? []].sort(),
    target: destination.SnsDestination ?? destination.CloudWatchLogsDestination ?? destination.KinesisFirehoseDestination,
  };
}
