import type { CloudWatchLogsDestination, EventType, KinesisFirehoseDestination, SnsDestination } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { sameItems } from '../../../src/wire/resource-contract';
import { ClientTokens } from '../idempotency';
import { PlannedCall } from './calls';
import { diffKeyed, valueOf } from './keyed-diff';

/** Where an event destination sends events: exactly one of the three kinds. */
export type EventDestinationTarget =
  | { readonly CloudWatchLogsDestination: CloudWatchLogsDestination }
  | { readonly KinesisFirehoseDestination: KinesisFirehoseDestination }
  | { readonly SnsDestination: SnsDestination };

export interface EventDestinationState {
  readonly enabled: boolean;
  readonly eventTypes: readonly string[];
  /** Absent only when the service reports a destination without a target. */
  readonly target?: EventDestinationTarget;
}

/** Event destination name → state. */
export type EventDestinations = ReadonlyMap<string, EventDestinationState>;

/**
 * The calls that turn the actual event destinations into the desired ones: deletes first (a
 * configuration set holds at most 5), then updates, then creates. The service cannot change a
 * destination's kind, so a new kind is a delete and a create. CreateEventDestination cannot set
 * `Enabled`, so a disabled destination is created, then updated.
 */
export function planEventDestinations(
  configurationSetName: string,
  desired: EventDestinations,
  actual: EventDestinations,
  previouslyDeclared: ReadonlySet<string>,
  clientToken: ClientTokens,
): PlannedCall[] {
  const ConfigurationSetName = configurationSetName;
  const diff = diffKeyed(desired, actual, previouslyDeclared, sameEventDestination);
  const retargeted = diff.update.filter(name => targetKind(valueOf(desired, name).target) !== targetKind(valueOf(actual, name).target));
  const updated = diff.update.filter(name => !retargeted.includes(name));

  const remove = (name: string): PlannedCall => ({ action: 'DeleteEventDestination', input: { ConfigurationSetName, EventDestinationName: name } });
  const update = (name: string, state: EventDestinationState): PlannedCall => ({
    action: 'UpdateEventDestination',
    input: { ConfigurationSetName, EventDestinationName: name, Enabled: state.enabled, MatchingEventTypes: eventTypes(state), ...state.target },
  });
  const create = (name: string, state: EventDestinationState): PlannedCall[] => [
    {
      action: 'CreateEventDestination',
      input: {
        ConfigurationSetName,
        EventDestinationName: name,
        MatchingEventTypes: eventTypes(state),
        ...state.target,
        ClientToken: clientToken('CreateEventDestination', name),
      },
    },
    ...state.enabled ? [] : [{ action: 'UpdateEventDestination' as const, input: { ConfigurationSetName, EventDestinationName: name, Enabled: false } }],
  ];

  return [
    ...[...diff.delete, ...retargeted].map(remove),
    ...updated.map(name => update(name, valueOf(desired, name))),
    ...[...retargeted, ...diff.create].flatMap(name => create(name, valueOf(desired, name))),
  ];
}

export function sameEventDestination(a: EventDestinationState, b: EventDestinationState): boolean {
  return a.enabled === b.enabled && sameItems(a.eventTypes, b.eventTypes) && sameTarget(a.target, b.target);
}

function targetKind(target: EventDestinationTarget | undefined): string | undefined {
  return target && Object.keys(target)[0];
}

function sameTarget(a: EventDestinationTarget | undefined, b: EventDestinationTarget | undefined): boolean {
  if (!a || !b) return false;
  const [kindA, fieldsA] = Object.entries(a)[0];
  const [kindB, fieldsB] = Object.entries(b)[0];
  return kindA === kindB && sameFields(fieldsA, fieldsB);
}

function sameFields(a: object, b: object): boolean {
  const left: { [key: string]: unknown } = { ...a };
  const right: { [key: string]: unknown } = { ...b };
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every(key => left[key] === right[key]);
}

/** Validated against the service model's EventType enum before planning. */
function eventTypes(state: EventDestinationState): EventType[] {
  return [...state.eventTypes] as EventType[];
}
