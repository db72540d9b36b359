import { CONFIGURATION_SET } from '../../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../../src/wire/opted-out-numbers-properties';
import { PHONE_NUMBER } from '../../src/wire/phone-number-properties';
import { POOL } from '../../src/wire/pool-properties';
import { createOnlyChanges, decodeProperties } from '../../src/wire/resource-contract';
import { SENDER_ID } from '../../src/wire/sender-id-properties';
import { configurationSetProperties } from '../lambda/support/events';
import { optedOutNumbersProperties, optOutListArn, optOutListProperties } from '../lambda/support/opt-out-lists';
import { CHANNEL, CHANNEL_ROLE, phoneNumberProperties } from '../lambda/support/phone-numbers';
import { poolProperties } from '../lambda/support/pools';
import { senderIdProperties } from '../lambda/support/sender-ids';

const NUMBER_ARN = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef';
const LOG_ROLE = 'arn:aws:iam::123456789012:role/sms-events';

describe('configuration set', () => {
  test('decodes the strings CloudFormation sends into typed values', () => {
    expect(decodeProperties(CONFIGURATION_SET, configurationSetProperties({
      name: 'orders',
      defaultSenderId: 'ORDERS',
      messageFeedbackEnabled: true,
      eventDestinations: [{ name: 'audit', eventTypes: ['ALL'], enabled: false, target: 'logs' }],
      tags: { team: 'payments' },
    }))).toEqual({
      ConfigurationSetName: 'orders',
      DefaultSenderId: 'ORDERS',
      MessageFeedbackEnabled: true,
      EventDestinations: [{
        EventDestinationName: 'audit',
        Enabled: false,
        MatchingEventTypes: ['ALL'],
        CloudWatchLogsDestination: { IamRoleArn: LOG_ROLE, LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:sms-events' },
      }],
      Tags: [{ Key: 'team', Value: 'payments' }],
    });
  });

  test('version 2 adds the protect configuration, and version 1 properties still decode without one', () => {
    expect(decodeProperties(CONFIGURATION_SET, configurationSetProperties({ name: 'orders', protectConfigurationId: 'protect-1' })))
      .toEqual(expect.objectContaining({ ConfigurationSetName: 'orders', ProtectConfigurationId: 'protect-1' }));
    expect(decodeProperties(CONFIGURATION_SET, configurationSetProperties({ name: 'orders' })).ProtectConfigurationId).toBeUndefined();
  });

  test('treats properties without SchemaVersion as the first shape', () => {
    expect(decodeProperties(CONFIGURATION_SET, configurationSetProperties({ name: 'orders', withoutSchemaVersion: true })))
      .toEqual(decodeProperties(CONFIGURATION_SET, configurationSetProperties({ name: 'orders' })));
  });

  test.each([
    ['a SchemaVersion never shipped', { SchemaVersion: '99' }, 'SchemaVersion "99" is not one this handler knows (1, 2)'],
    ['an unknown property', { DeletionProtection: 'true' }, 'unknown property DeletionProtection (allowed: ConfigurationSetName, DefaultSenderId,'
      + ' DefaultMessageType, MessageFeedbackEnabled, EventDestinations, ProtectConfigurationId, Tags, SchemaVersion)'],
    ['a boolean that is no boolean', { MessageFeedbackEnabled: 'yes' }, 'MessageFeedbackEnabled must be a boolean ("true" or "false"), but is "yes"'],
    ['a missing name', { ConfigurationSetName: undefined }, 'ConfigurationSetName is required'],
    ['event destinations that are no list', { EventDestinations: { EventDestinationName: 'a' } }, 'EventDestinations must be a list, but is {"EventDestinationName":"a"}'],
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
    expect(() => decodeProperties(CONFIGURATION_SET, properties)).toThrow(`Invalid Custom::SmsVoiceConfigurationSet properties: ${message}`);
  });

  test('reports every violation at once, with the messages the construct gives at synth time', () => {
    expect(() => decodeProperties(CONFIGURATION_SET, configurationSetProperties({
      name: 'orders!',
      defaultMessageType: 'URGENT',
      eventDestinations: [{ name: 'a', eventTypes: ['TEXT_SENT'] }, { name: 'a', eventTypes: ['ALL'] }],
    }))).toThrow('Invalid configuration set \'orders!\': '
      + 'configurationSetName: "orders!" may contain only letters, digits, _ and -; '
      + 'defaultMessageType: "URGENT" must be one of TRANSACTIONAL, PROMOTIONAL; '
      + 'eventDestinationName: "a" must be unique, but appears more than once; '
      + 'events of event destination \'a\': "TEXT_SENT" is not supported by the service (the API reference: "The TEXT_SENT event type is not supported");'
      + ' use TEXT_SUCCESSFUL or TEXT_DELIVERED');
  });

  test('a new name is a new configuration set; nothing else is create-only', () => {
    const before = decodeProperties(CONFIGURATION_SET, configurationSetProperties({ name: 'orders' }));
    const settings = decodeProperties(CONFIGURATION_SET, configurationSetProperties({ name: 'orders', defaultSenderId: 'ORDERS' }));
    const renamed = decodeProperties(CONFIGURATION_SET, configurationSetProperties({ name: 'payments' }));
    expect([createOnlyChanges(CONFIGURATION_SET, before, settings), createOnlyChanges(CONFIGURATION_SET, before, renamed)])
      .toEqual([[], ['configurationSetName']]);
  });
});

describe('phone number', () => {
  test('decodes the strings CloudFormation sends; settings left out stay out (not declared)', () => {
    expect(decodeProperties(PHONE_NUMBER, phoneNumberProperties({
      selfManagedOptOuts: true,
      twoWay: { channelArn: CHANNEL, role: CHANNEL_ROLE },
      keywords: [{ keyword: 'promo', message: 'Deals', action: 'OPT_IN' }],
      waitForActive: false,
      releaseOnDelete: true,
      tags: { team: 'x' },
    }))).toEqual({
      IsoCountryCode: 'US',
      MessageType: 'TRANSACTIONAL',
      NumberCapabilities: ['SMS'],
      NumberType: 'LONG_CODE',
      DeletionProtectionEnabled: false,
      SelfManagedOptOutsEnabled: true,
      TwoWay: { ChannelArn: CHANNEL, ChannelRole: CHANNEL_ROLE },
      Keywords: [{ Keyword: 'promo', KeywordMessage: 'Deals', KeywordAction: 'OPT_IN' }],
      WaitForActive: false,
      ReleaseOnDelete: true,
      Tags: [{ Key: 'team', Value: 'x' }],
    });
  });

  test.each([
    ['a boolean that is no boolean', { WaitForActive: 'soon' }, 'WaitForActive must be a boolean ("true" or "false"), but is "soon"'],
    ['a missing ReleaseOnDelete', { ReleaseOnDelete: undefined }, 'ReleaseOnDelete is required'],
    ['an unknown two-way key', { TwoWay: { ChannelArn: CHANNEL, Topic: 'x' } }, 'unknown property TwoWay.Topic (allowed: ChannelArn, ChannelRole)'],
  ])('rejects %s', (_title, overrides, message) => {
    expect(() => decodeProperties(PHONE_NUMBER, { ...phoneNumberProperties(), ...overrides }))
      .toThrow(`Invalid Custom::SmsVoicePhoneNumber properties: ${message}`);
  });

  test('validates with the construct\'s rules and messages: the settings of a number requested into a pool are the pool\'s', () => {
    expect(() => decodeProperties(PHONE_NUMBER, phoneNumberProperties({ poolId: 'pool-1', optOutList: 'orders', keywords: [{ keyword: 'A', message: 'a' }] })))
      .toThrow('Invalid phone number: '
        + 'optOutList: "orders" is a setting of the pool: a number in a pool takes the pool\'s settings, and UpdatePhoneNumber fails while it is in one;'
        + ' set it on the Pool instead; '
        + 'keywords: ["A"] is a setting of the pool: a number in a pool takes the pool\'s settings, and UpdatePhoneNumber fails while it is in one;'
        + ' set it on the Pool instead');
  });

  test.each([
    ['nothing', {}, []],
    ['capabilities in another order', { numberCapabilities: ['VOICE', 'SMS'] }, []],
    ['a setting', { deletionProtection: true, internationalSendingEnabled: true }, []],
    ['the message type', { messageType: 'PROMOTIONAL' }, ['messageType']],
    ['the country and type', { isoCountryCode: 'CA', numberType: 'TOLL_FREE' }, ['isoCountryCode', 'numberType']],
    ['the capabilities', { numberCapabilities: ['SMS', 'MMS'] }, ['numberCapabilities']],
    ['the registration and pool', { registrationId: 'registration-1', poolId: 'pool-1' }, ['registration', 'pool']],
  ])('create-only: changing %s', (_title, changes, expected) => {
    const before = decodeProperties(PHONE_NUMBER, phoneNumberProperties({ numberCapabilities: ['SMS', 'VOICE'] }));
    const after = decodeProperties(PHONE_NUMBER, phoneNumberProperties({ numberCapabilities: ['SMS', 'VOICE'], ...changes }));
    expect(createOnlyChanges(PHONE_NUMBER, before, after)).toEqual(expected);
  });
});

describe('pool', () => {
  test('decodes the strings CloudFormation sends', () => {
    const properties = poolProperties({ identities: [NUMBER_ARN], sharedRoutes: false, selfManagedOptOuts: true, twoWay: { channelArn: CHANNEL } });
    expect(decodeProperties(POOL, properties))
      .toEqual({
        OriginationIdentities: [NUMBER_ARN],
        IsoCountryCode: 'US',
        MessageType: 'TRANSACTIONAL',
        SelfManagedOptOutsEnabled: true,
        SharedRoutesEnabled: false,
        TwoWay: { ChannelArn: CHANNEL },
        DeletionProtectionEnabled: false,
      });
  });

  test('validates with the construct\'s rules and messages', () => {
    const properties = poolProperties({ identities: [NUMBER_ARN, NUMBER_ARN], isoCountryCode: 'UK' });
    expect(() => decodeProperties(POOL, properties)).toThrow('Invalid pool: '
      + `originationIdentities: "${NUMBER_ARN}" must be unique, but appears more than once; `
      + 'isoCountryCode: "UK" is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)');
  });

  test.each([
    ['nothing', {}, []],
    ['the settings', { sharedRoutes: true, optOutList: 'orders' }, []],
    ['the message type', { messageType: 'PROMOTIONAL' }, ['messageType']],
    ['the country', { isoCountryCode: 'CA' }, ['isoCountryCode']],
  ])('create-only: changing %s', (_title, changes, expected) => {
    const before = decodeProperties(POOL, poolProperties({ identities: [NUMBER_ARN] }));
    expect(createOnlyChanges(POOL, before, decodeProperties(POOL, poolProperties({ identities: [NUMBER_ARN], ...changes })))).toEqual(expected);
  });
});

describe('opt-out list and sender ID', () => {
  test('an opt-out list decodes its tags; a new name is a new list', () => {
    const decoded = decodeProperties(OPT_OUT_LIST, optOutListProperties({ name: 'orders', tags: { a: 'b' } }));
    expect(decoded).toEqual({ OptOutListName: 'orders', Tags: [{ Key: 'a', Value: 'b' }] });
    expect(createOnlyChanges(OPT_OUT_LIST, decoded, { ...decoded, OptOutListName: 'payments' })).toEqual(['optOutListName']);
  });

  test('opted-out numbers decode their list and numbers; another list is a new resource', () => {
    const decoded = decodeProperties(OPTED_OUT_NUMBERS, optedOutNumbersProperties({ list: 'orders', numbers: ['+12065550100'] }));
    expect(decoded).toEqual({ OptOutListArn: optOutListArn('orders'), OptedOutNumbers: ['+12065550100'] });
    expect(createOnlyChanges(OPTED_OUT_NUMBERS, decoded, { ...decoded, OptOutListArn: optOutListArn('payments') })).toEqual(['optOutList']);
    expect(createOnlyChanges(OPTED_OUT_NUMBERS, decoded, { ...decoded, OptedOutNumbers: [] })).toEqual([]);
  });

  test('opted-out numbers validate their numbers and list, and take no tags', () => {
    expect(() => decodeProperties(OPTED_OUT_NUMBERS, optedOutNumbersProperties({ list: 'orders', numbers: ['2065550100', '+12065550100', '+12065550100'] })))
      .toThrow('Invalid opted-out numbers: optedOutNumbers: "+12065550100" must be unique, but appears more than once;'
        + ' optedOutNumbers: "2065550100" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)');
    expect(() => decodeProperties(OPTED_OUT_NUMBERS, { SchemaVersion: '1', OptOutListArn: 'arn:aws:sms-voice:us-east-1:123456789012:pool/orders' }))
      .toThrow('optOutList: "arn:aws:sms-voice:us-east-1:123456789012:pool/orders" must be the ARN of an opt-out list');
    expect(() => decodeProperties(OPTED_OUT_NUMBERS, { ...optedOutNumbersProperties({ list: 'orders' }), Tags: [{ Key: 'a', Value: 'b' }] }))
      .toThrow('opted-out numbers have no tags (tag their opt-out list)');
  });

  test('a sender ID without message types leaves them to the service; a new sender ID or country is a new sender ID', () => {
    const decoded = decodeProperties(SENDER_ID, senderIdProperties({ deletionProtection: true }));
    expect(decoded.MessageTypes).toBeUndefined();
    expect(decoded.DeletionProtectionEnabled).toBe(true);
    expect(createOnlyChanges(SENDER_ID, decoded, { ...decoded, IsoCountryCode: 'IE', MessageTypes: ['PROMOTIONAL'] })).toEqual(['isoCountryCode']);
  });
});
