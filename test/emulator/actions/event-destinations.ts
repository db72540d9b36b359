import type {
  CreateEventDestinationRequest,
  CreateEventDestinationResult,
  DeleteEventDestinationRequest,
  DeleteEventDestinationResult,
  EventDestination,
  EventType,
  UpdateEventDestinationRequest,
  UpdateEventDestinationResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { alreadyExists, conflict, invalidField, notFound, quotaExceeded, validationError } from '../errors';
import type { ConfigurationSetRecord } from '../state';
import type { Wire } from '../wire';
import { findConfigurationSet } from './configuration-sets';
import type { ActionHandler } from './context';

/** The API reference: "The TEXT_SENT event type is not supported." */
const UNSUPPORTED_EVENT_TYPES: readonly EventType[] = ['TEXT_SENT'];

const DESTINATION_MEMBERS = ['CloudWatchLogsDestination', 'KinesisFirehoseDestination', 'SnsDestination'] as const;
type DestinationMember = typeof DESTINATION_MEMBERS[number];
type Destinations = Pick<EventDestination, DestinationMember>;

function destinationsGiven(input: Destinations): DestinationMember[] {
  return DESTINATION_MEMBERS.filter(m => input[m] !== undefined && input[m] !== null);
}

/** At most one destination (exactly one when `required`). */
function checkDestinations(input: Destinations, required: boolean): void {
  const given = destinationsGiven(input);
  if (given.length > 1) {
    throw validationError('PARAMETERS_CANNOT_BE_USED_TOGETHER', given.map(m => ({ Name: m, Message: `${given.join(', ')} cannot be used together` })));
  }
  if (required && given.length === 0) {
    throw validationError('MISSING_PARAMETER', DESTINATION_MEMBERS.map(m => ({ Name: m, Message: `One of ${DESTINATION_MEMBERS.join(', ')} is required` })));
  }
}

function checkEventTypes(eventTypes: readonly EventType[] | undefined): void {
  const index = (eventTypes ?? []).findIndex(t => UNSUPPORTED_EVENT_TYPES.includes(t));
  if (index >= 0) {
    throw invalidField('INVALID_PARAMETER', `MatchingEventTypes[${index}]`, `The event type ${eventTypes![index]} is not supported.`);
  }
}

function findEventDestination(record: ConfigurationSetRecord, name: string): EventDestination {
  const destination = record.eventDestinations.find(d => d.EventDestinationName === name);
  if (!destination) throw notFound('event-destination', name);
  return destination;
}

const createEventDestination: ActionHandler<CreateEventDestinationRequest, Wire<CreateEventDestinationResult>> = (input, context) => {
  checkDestinations(input, true);
  checkEventTypes(input.MatchingEventTypes);
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  const name = input.EventDestinationName!;
  if (record.eventDestinations.some(d => d.EventDestinationName === name)) throw alreadyExists('event-destination', name);
  const limit = context.limits.eventDestinationsPerConfigurationSet;
  if (record.eventDestinations.length >= limit) throw quotaExceeded('EVENT_DESTINATIONS_PER_CONFIGURATION_SET', limit);
  const destination: EventDestination = {
    EventDestinationName: name,
    Enabled: true,
    MatchingEventTypes: [...input.MatchingEventTypes!],
    CloudWatchLogsDestination: input.CloudWatchLogsDestination,
    KinesisFirehoseDestination: input.KinesisFirehoseDestination,
    SnsDestination: input.SnsDestination,
  };
  record.eventDestinations.push(destination);
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, EventDestination: structuredClone(destination) };
};

const updateEventDestination: ActionHandler<UpdateEventDestinationRequest, Wire<UpdateEventDestinationResult>> = (input, context) => {
  checkDestinations(input, false);
  checkEventTypes(input.MatchingEventTypes);
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  const destination = findEventDestination(record, input.EventDestinationName!);
  const [newKind] = destinationsGiven(input);
  const [oldKind] = destinationsGiven(destination);
  if (newKind !== undefined && newKind !== oldKind) {
    throw conflict('EVENT_DESTINATION_MISMATCH', 'event-destination', destination.EventDestinationName!,
      `The event destination ${destination.EventDestinationName} is a ${oldKind}; its type cannot change to ${newKind}.`);
  }
  if (input.Enabled !== undefined) destination.Enabled = input.Enabled;
  if (input.MatchingEventTypes !== undefined) destination.MatchingEventTypes = [...input.MatchingEventTypes];
  if (newKind !== undefined) Object.assign(destination, { [newKind]: input[newKind] });
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, EventDestination: structuredClone(destination) };
};

const deleteEventDestination: ActionHandler<DeleteEventDestinationRequest, Wire<DeleteEventDestinationResult>> = (input, context) => {
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  const destination = findEventDestination(record, input.EventDestinationName!);
  record.eventDestinations = record.eventDestinations.filter(d => d !== destination);
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, EventDestination: destination };
};

export const EVENT_DESTINATION_ACTIONS = {
  CreateEventDestination: createEventDestination,
  UpdateEventDestination: updateEventDestination,
  DeleteEventDestination: deleteEventDestination,
};
