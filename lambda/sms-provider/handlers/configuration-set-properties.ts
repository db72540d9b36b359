import { TagResourceProperties } from '../../../src/custom-resources/common-properties';
import {
  ConfigurationSetResourceProperties,
  EventDestinationResourceProperties,
} from '../../../src/custom-resources/configuration-set-properties';
import { ResourceTypes } from '../../../src/custom-resources/resource-types';
import { configurationSetViolations } from '../../../src/private/validate-configuration-set';
import { Fields, schemaVersion } from '../decode';
import { RawProperties } from '../events';
import { ConfigurationSetSettings, RemovableDefault } from '../reconcile/configuration-set-settings';
import { EventDestinationState, EventDestinationTarget } from '../reconcile/event-destinations';

const SUBJECT = ResourceTypes.CONFIGURATION_SET;

/** Every SchemaVersion of the properties ever shipped, oldest first. */
const SHIPPED_SCHEMA_VERSIONS: readonly ['1'] = ['1'];

type Keys<T> = readonly (keyof T & string)[];
const KEYS: Keys<ConfigurationSetResourceProperties> = [
  'ConfigurationSetName', 'DefaultSenderId', 'DefaultMessageType', 'MessageFeedbackEnabled', 'EventDestinations', 'Tags',
];
const DESTINATION_KEYS: Keys<EventDestinationResourceProperties> = [
  'EventDestinationName', 'Enabled', 'MatchingEventTypes', 'CloudWatchLogsDestination', 'KinesisFirehoseDestination', 'SnsDestination',
];
const TAG_KEYS: Keys<TagResourceProperties> = ['Key', 'Value'];

/** A configuration set's properties, decoded: in the order declared, duplicates kept for validation. */
export interface DecodedConfigurationSet {
  readonly name: string;
  readonly settings: ConfigurationSetSettings;
  readonly eventDestinations: readonly NamedEventDestination[];
  readonly tags: readonly { readonly key: string; readonly value: string }[];
}

export interface NamedEventDestination {
  readonly name: string;
  readonly state: EventDestinationState;
}

/** What a version of the properties declared: the children and defaults it may remove later. */
export interface Declared {
  readonly settings: ReadonlySet<RemovableDefault>;
  readonly eventDestinations: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

export const NOTHING_DECLARED: Declared = { settings: new Set(), eventDestinations: new Set(), tags: new Set() };

/** Decodes the properties of every shipped SchemaVersion; rejects unknown keys and wrong shapes. */
export function decodeConfigurationSet(properties: RawProperties): DecodedConfigurationSet {
  schemaVersion(properties, SUBJECT, SHIPPED_SCHEMA_VERSIONS);
  const fields = Fields.root(properties, SUBJECT, KEYS);
  return {
    name: fields.string('ConfigurationSetName'),
    settings: {
      defaultSenderId: fields.optionalString('DefaultSenderId'),
      defaultMessageType: fields.optionalString('DefaultMessageType'),
      messageFeedbackEnabled: fields.boolean('MessageFeedbackEnabled'),
    },
    eventDestinations: fields.optionalObjectList('EventDestinations', DESTINATION_KEYS, destination => ({
      name: destination.string('EventDestinationName'),
      state: {
        enabled: destination.boolean('Enabled'),
        eventTypes: destination.stringList('MatchingEventTypes'),
        target: target(destination),
      },
    })) ?? [],
    tags: fields.optionalObjectList('Tags', TAG_KEYS, tag => ({ key: tag.string('Key'), value: tag.string('Value') })) ?? [],
  };
}

/** Checks the decoded properties with the rules the construct applies at synth time, and the same messages. */
export function validateConfigurationSet(decoded: DecodedConfigurationSet): DecodedConfigurationSet {
  const violations = configurationSetViolations({
    configurationSetName: decoded.name,
    defaultSenderId: decoded.settings.defaultSenderId,
    defaultMessageType: decoded.settings.defaultMessageType,
    eventDestinations: decoded.eventDestinations.map(d => ({ eventDestinationName: d.name, eventTypes: d.state.eventTypes })),
    tags: decoded.tags,
  });
  if (violations.all.length > 0) throw new Error(`Invalid configuration set '${decoded.name}': ${violations.all.join('; ')}`);
  return decoded;
}

export function declaredBy(decoded: DecodedConfigurationSet): Declared {
  const settings = new Set<RemovableDefault>();
  if (decoded.settings.defaultSenderId !== undefined) settings.add('defaultSenderId');
  if (decoded.settings.defaultMessageType !== undefined) settings.add('defaultMessageType');
  return {
    settings,
    eventDestinations: new Set(decoded.eventDestinations.map(d => d.name)),
    tags: new Set(decoded.tags.map(t => t.key)),
  };
}

function target(destination: Fields): EventDestinationTarget {
  const targets: EventDestinationTarget[] = [];
  const cloudWatchLogs = destination.optionalObject('CloudWatchLogsDestination', ['IamRoleArn', 'LogGroupArn'],
    f => ({ IamRoleArn: f.string('IamRoleArn'), LogGroupArn: f.string('LogGroupArn') }));
  if (cloudWatchLogs) targets.push({ CloudWatchLogsDestination: cloudWatchLogs });
  const firehose = destination.optionalObject('KinesisFirehoseDestination', ['IamRoleArn', 'DeliveryStreamArn'],
    f => ({ IamRoleArn: f.string('IamRoleArn'), DeliveryStreamArn: f.string('DeliveryStreamArn') }));
  if (firehose) targets.push({ KinesisFirehoseDestination: firehose });
  const sns = destination.optionalObject('SnsDestination', ['TopicArn'], f => ({ TopicArn: f.string('TopicArn') }));
  if (sns) targets.push({ SnsDestination: sns });
  if (targets.length !== 1) {
    throw destination.invalid('must have exactly one of CloudWatchLogsDestination, KinesisFirehoseDestination and SnsDestination'
      + `, but has ${targets.length}`);
  }
  return targets[0];
}
