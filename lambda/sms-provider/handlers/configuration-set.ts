import { ConfigurationSetInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CONFIGURATION_SET, ConfigurationSetResourceProperties, EventDestinationResourceProperties } from '../../../src/wire/configuration-set-properties';
import { ResponseData } from '../events';
import { clientTokensFor } from '../idempotency';
import { ConfigurationSetActual, describeConfigurationSet, readConfigurationSet } from './configuration-set-state';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';
import { planConfigurationSetSettings, RemovableDefault } from '../reconcile/configuration-set-settings';
import { EventDestinations, EventDestinationTarget, planEventDestinations } from '../reconcile/event-destinations';

type Properties = ConfigurationSetResourceProperties;

/**
 * Custom::SmsVoiceConfigurationSet. The physical id is the configuration set's ARN.
 *
 * isComplete reconciles the defaults, the protect configuration and the event destinations from
 * what the service reports.
 * A new name is a new configuration set.
 */
export class ConfigurationSetHandler extends SmsResourceHandler<Properties, string, ConfigurationSetActual> {
  protected readonly contract = CONFIGURATION_SET;

  protected readonly subjectDetails = { nameProperty: 'configurationSetName', importMethod: 'ConfigurationSet.fromConfigurationSetName' };

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateConfigurationSet', input: { ConfigurationSetName: desired.ConfigurationSetName } };
  }

  protected read(name: string): Promise<ConfigurationSetActual | undefined> {
    return readConfigurationSet(this.context.client, name);
  }

  protected plan(desired: Properties, actual: ConfigurationSetActual, declaredBefore: Properties | undefined): PlannedCall[] {
    const defaultsDeclaredBefore = new Set<RemovableDefault>([
      ...declaredBefore?.DefaultSenderId !== undefined ? ['defaultSenderId' as const] : [],
      ...declaredBefore?.DefaultMessageType !== undefined ? ['defaultMessageType' as const] : [],
      ...declaredBefore?.ProtectConfigurationId !== undefined ? ['protectConfigurationId' as const] : [],
    ]);
    return [
      ...planConfigurationSetSettings(actual.name, {
        defaultSenderId: desired.DefaultSenderId,
        defaultMessageType: desired.DefaultMessageType,
        messageFeedbackEnabled: desired.MessageFeedbackEnabled,
        protectConfigurationId: desired.ProtectConfigurationId,
      }, actual.settings, defaultsDeclaredBefore),
      ...planEventDestinations(actual.name, eventDestinations(desired), actual.eventDestinations,
        new Set(eventDestinations(declaredBefore).keys()), clientTokensFor(this.event)),
    ];
  }

  protected data(actual: ConfigurationSetActual): ResponseData {
    return { [CONFIGURATION_SET.attributes.NAME]: actual.name, [CONFIGURATION_SET.attributes.ARN]: actual.arn };
  }

  protected removal(name: string): ResourceRemoval<ConfigurationSetInformation> {
    return {
      describe: () => describeConfigurationSet(this.context.client, name),
      call: { action: 'DeleteConfigurationSet', input: { ConfigurationSetName: name } },
    };
  }
}

/** The event destinations some properties declare, by name. */
function eventDestinations(properties: Properties | undefined): EventDestinations {
  return new Map((properties?.EventDestinations ?? []).map(d => [d.EventDestinationName, {
    enabled: d.Enabled,
    eventTypes: d.MatchingEventTypes,
    target: target(d),
  }]));
}

/** The contract lets through exactly one target. */
function target(destination: EventDestinationResourceProperties): EventDestinationTarget {
  if (destination.CloudWatchLogsDestination) return { CloudWatchLogsDestination: destination.CloudWatchLogsDestination };
  if (destination.KinesisFirehoseDestination) return { KinesisFirehoseDestination: destination.KinesisFirehoseDestination };
  return { SnsDestination: destination.SnsDestination! };
}
