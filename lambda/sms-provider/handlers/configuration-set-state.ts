import { ConfigurationSetInformation, DescribeConfigurationSetsCommand, EventDestination } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../client';
import { describeOne } from './shared-reads';
import { ConfigurationSetSettings } from '../reconcile/configuration-set-settings';
import { EventDestinations, EventDestinationState, EventDestinationTarget } from '../reconcile/event-destinations';

/** A configuration set as the service has it. */
export interface ConfigurationSetActual {
  readonly arn: string;
  readonly name: string;
  readonly settings: ConfigurationSetSettings;
  readonly eventDestinations: EventDestinations;
}

/** The configuration set called `name`, or undefined when there is none. */
export async function describeConfigurationSet(client: SmsClient, name: string): Promise<ConfigurationSetInformation | undefined> {
  return describeOne(async () => (await client.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: [name] }))).ConfigurationSets,
    set => set.ConfigurationSetName === name);
}

/** Everything the handler reconciles, read from the service; undefined when the set is gone. */
export async function readConfigurationSet(client: SmsClient, name: string): Promise<ConfigurationSetActual | undefined> {
  const info = await describeConfigurationSet(client, name);
  if (!info?.ConfigurationSetArn) return undefined;
  return {
    arn: info.ConfigurationSetArn,
    name,
    settings: {
      defaultSenderId: info.DefaultSenderId,
      defaultMessageType: info.DefaultMessageType,
      messageFeedbackEnabled: info.DefaultMessageFeedbackEnabled ?? false,
      protectConfigurationId: info.ProtectConfigurationId,
    },
    eventDestinations: new Map((info.EventDestinations ?? []).map(d => [d.EventDestinationName ?? '', eventDestinationState(d)])),
  };
}

function eventDestinationState(destination: EventDestination): EventDestinationState {
  return {
    enabled: destination.Enabled ?? false,
    eventTypes: destination.MatchingEventTypes ?? [],
    target: target(destination),
  };
}

function target(destination: EventDestination): EventDestinationTarget | undefined {
  if (destination.CloudWatchLogsDestination) return { CloudWatchLogsDestination: destination.CloudWatchLogsDestination };
  if (destination.KinesisFirehoseDestination) return { KinesisFirehoseDestination: destination.KinesisFirehoseDestination };
  if (destination.SnsDestination) return { SnsDestination: destination.SnsDestination };
  return undefined;
}
