import { checkTags, TagSpec } from './rules';
import { IsUnresolved, Violations } from './violations';

/** The event type the API reference lists but the service rejects. */
export const UNSUPPORTED_EVENT_TYPES: readonly string[] = ['TEXT_SENT'];

/** What a configuration set declares, in the construct's own terms. */
export interface ConfigurationSetSpec {
  readonly configurationSetName?: string;
  readonly defaultSenderId?: string;
  readonly defaultMessageType?: string;
  readonly eventDestinations?: readonly EventDestinationSpec[];
  readonly tags?: readonly TagSpec[];
}

export interface EventDestinationSpec {
  readonly eventDestinationName: string;
  readonly eventTypes: readonly string[];
}

/**
 * The rules of a configuration set and its event destinations, from the service model and the
 * API reference. Returns the violations; the caller decides how to report them.
 */
export function configurationSetViolations(spec: ConfigurationSetSpec, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved)
    .shape('configurationSetName', spec.configurationSetName, 'ConfigurationSetName')
    .shape('defaultSenderId', spec.defaultSenderId, 'SenderId')
    .shape('defaultMessageType', spec.defaultMessageType, 'MessageType');

  const destinations = spec.eventDestinations ?? [];
  v.unique('eventDestinationName', destinations.map(d => d.eventDestinationName));
  for (const destination of destinations) {
    const name = destination.eventDestinationName;
    v.shape('eventDestinationName', name, 'EventDestinationName')
      .count(`events of event destination '${name}'`, destination.eventTypes, 'EventTypeList');
    for (const eventType of destination.eventTypes) {
      v.shape(`events of event destination '${name}'`, eventType, 'EventType')
        .require(`events of event destination '${name}'`, eventType, !UNSUPPORTED_EVENT_TYPES.includes(eventType),
          'is not supported by the service (the API reference: "The TEXT_SENT event type is not supported"); use TEXT_SUCCESSFUL or TEXT_DELIVERED');
    }
  }

  return checkTags(v, spec.tags);
}
