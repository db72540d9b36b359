import {
  declaredBy,
  decodeConfigurationSet,
  validateConfigurationSet,
} from '../../../lambda/sms-provider/handlers/configuration-set-properties';
import { configurationSetProperties } from '../support/events';

describe('decodeConfigurationSet', () => {
  test('decodes the strings CloudFormation sends into typed values', () => {
    const decoded = decodeConfigurationSet(configurationSetProperties({
      name: 'orders',
      defaultSenderId: 'ORDERS',
      defaultMessageType: 'TRANSACTIONAL',
      messageFeedbackEnabled: true,
      eventDestinations: [
        { name: 'audit', eventTypes: ['ALL'], enabled: false, target: 'logs' },
        { name: 'alerts', eventTypes: ['TEXT_BLOCKED'], target: 'sns' },
      ],
      tags: { team: 'payments' },
    }));
    expect(decoded).toEqual({
      name: 'orders',
      settings: { defaultSenderId: 'ORDERS', defaultMessageType: 'TRANSACTIONAL', messageFeedbackEnabled: true },
      eventDestinations: [
        {
          name: 'audit',
          state: {
            enabled: false,
            eventTypes: ['ALL'],
            target: {
              CloudWatchLogsDestination: {
                IamRoleArn: 'arn:aws:iam::123456789012:role/sms-events',
                LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:sms-events',
              },
            },
          },
        },
        { name: 'alerts', state: { enabled: true, eventTypes: ['TEXT_BLOCKED'], target: { SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:sms-events' } } } },
      ],
      tags: [{ key: 'team', value: 'payments' }],
    });
  });

  test('treats properties without SchemaVersion as the first shape', () => {
    const withVersion = decodeConfigurationSet(configurationSetProperties({ name: 'orders', messageFeedbackEnabled: true }));
    const without = decodeConfigurationSet(configurationSetProperties({ name: 'orders', messageFeedbackEnabled: true, withoutSchemaVersion: true }));
    expect(without).toEqual(withVersion);
  });

  test.each([
    ['a SchemaVersion never shipped', { SchemaVersion: '99' }, 'SchemaVersion "99" is not one this handler knows (1)'],
    ['an unknown property', { DeletionProtection: 'true' }, 'unknown property DeletionProtection'],
    ['a boolean that is no boolean', { MessageFeedbackEnabled: 'yes' }, 'MessageFeedbackEnabled must be a boolean ("true" or "false"), but is "yes"'],
    ['a missing name', { ConfigurationSetName: undefined }, 'ConfigurationSetName is required'],
    ['event destinations that are no list', { EventDestinations: { EventDestinationName: 'a' } }, 'EventDestinations must be a list'],
    ['a destination with two targets', {
      EventDestinations: [{
        EventDestinationName: 'a',
        Enabled: 'true',
        MatchingEventTypes: ['ALL'],
        SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' },
        CloudWatchLogsDestination: { IamRoleArn: 'arn:aws:iam::123456789012:role/r', LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g' },
      }],
    }, 'EventDestinations[0] must have exactly one of CloudWatchLogsDestination, KinesisFirehoseDestination and SnsDestination, but has 2'],
    ['a destination without a target', { EventDestinations: [{ EventDestinationName: 'a', Enabled: 'true', MatchingEventTypes: ['ALL'] }] },
      'EventDestinations[0] must have exactly one of CloudWatchLogsDestination, KinesisFirehoseDestination and SnsDestination, but has 0'],
    ['an unknown key in a target', {
      EventDestinations: [{ EventDestinationName: 'a', Enabled: 'true', MatchingEventTypes: ['ALL'], SnsDestination: { TopicArn: 'x', Region: 'y' } }],
    }, 'unknown property EventDestinations[0].SnsDestination.Region (allowed: TopicArn)'],
    ['a tag without a value', { Tags: [{ Key: 'team' }] }, 'Tags[0].Value is required'],
  ])('rejects %s, naming the property', (_title, overrides, message) => {
    const properties = { ...configurationSetProperties({ name: 'orders' }), ...overrides };
    expect(() => decodeConfigurationSet(properties)).toThrow(`Invalid Custom::SmsVoiceConfigurationSet properties: ${message}`);
  });
});

describe('validateConfigurationSet', () => {
  test('reports every violation at once, with the messages the construct gives at synth time', () => {
    const decoded = decodeConfigurationSet(configurationSetProperties({
      name: 'orders!',
      defaultMessageType: 'URGENT',
      eventDestinations: [{ name: 'a', eventTypes: ['TEXT_SENT'] }, { name: 'a', eventTypes: ['ALL'] }],
    }));
    const expected = [
      'configurationSetName: "orders!" must match the pattern [A-Za-z0-9_-]+',
      'defaultMessageType: "URGENT" must be one of TRANSACTIONAL, PROMOTIONAL',
      'eventDestinationName: "a" must be unique, but appears more than once',
      'events of event destination \'a\': "TEXT_SENT" is not supported by the service'
        + ' (the API reference: "The TEXT_SENT event type is not supported"); use TEXT_SUCCESSFUL or TEXT_DELIVERED',
    ];
    expect(() => validateConfigurationSet(decoded)).toThrow(new Error(`Invalid configuration set 'orders!': ${expected.join('; ')}`));
  });

  test('passes valid properties through', () => {
    const decoded = decodeConfigurationSet(configurationSetProperties({ name: 'orders', eventDestinations: [{ name: 'a', eventTypes: ['ALL'] }] }));
    expect(validateConfigurationSet(decoded)).toBe(decoded);
  });
});

describe('declaredBy', () => {
  test('lists the defaults, destinations and tags the properties declare', () => {
    const declared = declaredBy(decodeConfigurationSet(configurationSetProperties({
      name: 'orders',
      defaultSenderId: 'ORDERS',
      eventDestinations: [{ name: 'a', eventTypes: ['ALL'] }],
      tags: { team: 'x' },
    })));
    expect(declared).toEqual({ settings: new Set(['defaultSenderId']), eventDestinations: new Set(['a']), tags: new Set(['team']) });
  });
});
