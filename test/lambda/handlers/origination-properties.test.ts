import { releaseOnDelete } from '../../../lambda/sms-provider/handlers/common-properties';
import { decodeOptOutList, declaredBy as optOutListDeclared } from '../../../lambda/sms-provider/handlers/opt-out-list-properties';
import { declaredBy as phoneNumberDeclared, decodePhoneNumber, requestChanges } from '../../../lambda/sms-provider/handlers/phone-number-properties';
import { createOnlyChanges, declaredBy as poolDeclared, decodePool } from '../../../lambda/sms-provider/handlers/pool-properties';
import { decodeSenderId } from '../../../lambda/sms-provider/handlers/sender-id-properties';
import { optOutListProperties } from '../support/opt-out-lists';
import { CHANNEL, CHANNEL_ROLE, phoneNumberProperties } from '../support/phone-numbers';
import { poolProperties } from '../support/pools';
import { senderIdProperties } from '../support/sender-ids';

const NUMBER_ARN = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef';

describe('decodePhoneNumber', () => {
  test('decodes the strings CloudFormation sends; settings left out are undefined (not declared)', () => {
    expect(decodePhoneNumber(phoneNumberProperties({
      selfManagedOptOuts: true,
      twoWay: { channelArn: CHANNEL, role: CHANNEL_ROLE },
      keywords: [{ keyword: 'promo', message: 'Deals', action: 'OPT_IN' }],
      waitForActive: false,
      releaseOnDelete: true,
      tags: { team: 'x' },
    }))).toEqual({
      request: { isoCountryCode: 'US', messageType: 'TRANSACTIONAL', numberCapabilities: ['SMS'], numberType: 'LONG_CODE', registrationId: undefined, poolId: undefined },
      settings: {
        optOutListName: undefined,
        selfManagedOptOutsEnabled: true,
        twoWay: { enabled: true, channelArn: CHANNEL, channelRole: CHANNEL_ROLE },
        deletionProtectionEnabled: false,
        internationalSendingEnabled: undefined,
      },
      keywords: [{ keyword: 'promo', message: 'Deals', action: 'OPT_IN' }],
      tags: [{ key: 'team', value: 'x' }],
      waitForActive: false,
      releaseOnDelete: true,
    });
  });

  test.each([
    ['an unknown property', { Colour: 'red' }, 'unknown property Colour'],
    ['a boolean that is no boolean', { WaitForActive: 'soon' }, 'WaitForActive must be a boolean ("true" or "false"), but is "soon"'],
    ['a missing ReleaseOnDelete', { ReleaseOnDelete: undefined }, 'ReleaseOnDelete is required'],
    ['an unknown two-way key', { TwoWay: { ChannelArn: CHANNEL, Topic: 'x' } }, 'unknown property TwoWay.Topic (allowed: ChannelArn, ChannelRole)'],
  ])('rejects %s', (_title, overrides, message) => {
    expect(() => decodePhoneNumber({ ...phoneNumberProperties(), ...overrides })).toThrow(`Invalid Custom::SmsVoicePhoneNumber properties: ${message}`);
  });

  test('validates with the construct\'s rules and messages: the settings of a number requested into a pool are the pool\'s', () => {
    const expected = [
      'optOutList: "orders" is a setting of the pool: a number in a pool takes the pool\'s settings, and UpdatePhoneNumber fails while it is in one;'
        + ' set it on the Pool instead',
      'keywords: ["A"] is a setting of the pool: a number in a pool takes the pool\'s settings, and UpdatePhoneNumber fails while it is in one;'
        + ' set it on the Pool instead',
    ];
    expect(() => decodePhoneNumber(phoneNumberProperties({ poolId: 'pool-1', optOutList: 'orders', keywords: [{ keyword: 'A', message: 'a' }] })))
      .toThrow(new Error(`Invalid phone number: ${expected.join('; ')}`));
  });

  test('declares its settings, keywords (upper case) and tags', () => {
    const declared = phoneNumberDeclared(decodePhoneNumber(phoneNumberProperties({ optOutList: 'orders', keywords: [{ keyword: 'promo', message: 'x' }], tags: { a: 'b' } })));
    expect(declared).toEqual({
      settings: new Set(['optOutListName', 'deletionProtectionEnabled']),
      keywords: new Set(['PROMO']),
      tags: new Set(['a']),
    });
  });

  test.each([
    ['nothing', {}, []],
    ['capabilities in another order', { numberCapabilities: ['VOICE', 'SMS'] }, []],
    ['the message type', { messageType: 'PROMOTIONAL' }, ['messageType']],
    ['the country and type', { isoCountryCode: 'CA', numberType: 'TOLL_FREE' }, ['isoCountryCode', 'numberType']],
    ['the capabilities', { numberCapabilities: ['SMS', 'MMS'] }, ['numberCapabilities']],
    ['the registration and pool', { registrationId: 'registration-1', poolId: 'pool-1' }, ['registration', 'pool']],
  ])('requestChanges: changing %s', (_title, changes, expected) => {
    const before = decodePhoneNumber(phoneNumberProperties({ numberCapabilities: ['SMS', 'VOICE'] }));
    const after = decodePhoneNumber(phoneNumberProperties({ numberCapabilities: ['SMS', 'VOICE'], ...changes }));
    expect(requestChanges(before.request, after.request)).toEqual(expected);
  });
});

describe('decodePool', () => {
  test('decodes the strings CloudFormation sends', () => {
    const decoded = decodePool(poolProperties({
      identities: [NUMBER_ARN], sharedRoutes: false, selfManagedOptOuts: true, twoWay: { channelArn: CHANNEL },
    }));
    expect(decoded.settings).toEqual({
      optOutListName: undefined,
      selfManagedOptOutsEnabled: true,
      sharedRoutesEnabled: false,
      twoWay: { enabled: true, channelArn: CHANNEL, channelRole: undefined },
      deletionProtectionEnabled: false,
    });
    expect(poolDeclared(decoded).settings).toEqual(new Set(['selfManagedOptOutsEnabled', 'sharedRoutesEnabled', 'twoWay', 'deletionProtectionEnabled']));
  });

  test('validates with the construct\'s rules and messages', () => {
    const expected = [
      `originationIdentities: "${NUMBER_ARN}" must be unique, but appears more than once`,
      'isoCountryCode: "UK" is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)',
    ];
    expect(() => decodePool(poolProperties({ identities: [NUMBER_ARN, NUMBER_ARN], isoCountryCode: 'UK' }))).toThrow(new Error(`Invalid pool: ${expected.join('; ')}`));
  });

  test.each([
    ['nothing', {}, []],
    ['the settings', { sharedRoutes: true, optOutList: 'orders' }, []],
    ['the message type', { messageType: 'PROMOTIONAL' }, ['messageType']],
    ['the country', { isoCountryCode: 'CA' }, ['isoCountryCode']],
  ])('createOnlyChanges: changing %s', (_title, changes, expected) => {
    const before = decodePool(poolProperties({ identities: [NUMBER_ARN] }));
    expect(createOnlyChanges(before, decodePool(poolProperties({ identities: [NUMBER_ARN], ...changes })))).toEqual(expected);
  });
});

describe('decodeOptOutList and decodeSenderId', () => {
  test('an opt-out list declares its numbers and tags', () => {
    expect(optOutListDeclared(decodeOptOutList(optOutListProperties({ name: 'orders', numbers: ['+12065550100'], tags: { a: 'b' } }))))
      .toEqual({ optedOutNumbers: new Set(['+12065550100']), tags: new Set(['a']) });
  });

  test('a sender ID without message types leaves them to the service', () => {
    expect(decodeSenderId(senderIdProperties({ deletionProtection: true })).messageTypes).toBeUndefined();
    expect(decodeSenderId(senderIdProperties({ deletionProtection: true })).deletionProtectionEnabled).toBe(true);
  });
});

describe('releaseOnDelete', () => {
  test.each([
    [{ ReleaseOnDelete: 'true' }, true],
    [{ ReleaseOnDelete: true }, true],
    [{ ReleaseOnDelete: 'false' }, false],
    [{ ReleaseOnDelete: 'TRUE' }, false],
    [{}, false],
    [undefined, false],
  ])('%j → %s: anything but true keeps the resource', (properties, expected) => {
    expect(releaseOnDelete(properties)).toBe(expected);
  });
});
