import type { ConfigurationSetResourceProperties, EventDestinationResourceProperties } from './configuration-set-properties';
import { checkTags } from './rules';
import { IsUnresolved, Violations } from './violations';

/** The event type the API reference lists but the service rejects. */
export const UNSUPPORTED_EVENT_TYPES: readonly string[] = ['TEXT_SENT'];

/**
 * The rules of a configuration set and its event destinations, from the service model and the
 * API reference. Returns the violations; the caller decides how to report them.
 */
export function configurationSetViolations(properties: ConfigurationSetResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved)
    .shape('configurationSetName', properties.ConfigurationSetName, 'ConfigurationSetName')
    .shape('defaultSenderId', properties.DefaultSenderId, 'SenderId')
    .shape('defaultMessageType', properties.DefaultMessageType, 'MessageType')
    .shape('protectConfiguration', properties.ProtectConfigurationId, 'ProtectConfigurationIdOrArn');

  checkEventDestinations(v, properties.EventDestinations ?? []);
  return checkTags(v, properties.Tags);
}

/** The service's quota of event destinations per configuration set. */
export const EVENT_DESTINATIONS_PER_CONFIGURATION_SET = 5;

/** At most five event destinations, their names unique; event types follow the service model, and the service's own refusal. */
export function checkEventDestinations(v: Violations, destinations: readonly EventDestinationResourceProperties[]): Violations {
  v.unique('eventDestinationName', destinations.map(d => d.EventDestinationName))
    .require('eventDestinations', destinations.map(d => d.EventDestinationName), destinations.length <= EVENT_DESTINATIONS_PER_CONFIGURATION_SET,
      `has ${destinations.length} event destinations, more than the ${EVENT_DESTINATIONS_PER_CONFIGURATION_SET} the service allows a configuration set`);
  for (const destination of destinations) {
    const name = destination.EventDestinationName;
    const events = `events of event destination '${name}'`;
    v.shape('eventDestinationName', name, 'EventDestinationName').count(events, destination.MatchingEventTypes, 'EventTypeList');
    for (const eventType of destination.MatchingEventTypes) {
      v.shape(events, eventType, 'EventType')
        .require(events, eventType, !UNSUPPORTED_EVENT_TYPES.includes(eventType),
          'is not supported by the service (the API reference: "The TEXT_SENT event type is not supported"); use TEXT_SUCCESSFUL or TEXT_DELIVERED');
    }
    checkDestinationTarget(v, `destination of event destination '${name}'`, destination);
  }
  return v;
}

/** The ARNs of an event destination's target, and the role the service assumes to write to it. */
function checkDestinationTarget(v: Violations, property: string, destination: EventDestinationResourceProperties): void {
  const logs = destination.CloudWatchLogsDestination;
  const firehose = destination.KinesisFirehoseDestination;
  v.shape(`${property}: the log group`, logs?.LogGroupArn, 'LogGroupArn')
    .shape(`${property}: the role`, logs?.IamRoleArn, 'IamRoleArn')
    .shape(`${property}: the delivery stream`, firehose?.DeliveryStreamArn, 'DeliveryStreamArn')
    .shape(`${property}: the role`, firehose?.IamRoleArn, 'IamRoleArn')
    .shape(`${property}: the topic`, destination.SnsDestination?.TopicArn, 'SnsTopicArn');
}
