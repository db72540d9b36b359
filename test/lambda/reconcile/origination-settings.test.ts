import {
  declaredSettings,
  fieldsOf,
  fitsPool,
  OriginationSettings,
  optOutListNameOf,
  SettingName,
  settingChanges,
} from '../../../lambda/sms-provider/reconcile/origination-settings';

const LIST_ARN = 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/orders';
const CHANNEL = 'arn:aws:sns:us-east-1:123456789012:inbound';
const ROLE = 'arn:aws:iam::123456789012:role/inbound';
const number: OriginationSettings = {
  optOutListName: 'Default',
  selfManagedOptOutsEnabled: false,
  twoWay: { enabled: false },
  deletionProtectionEnabled: false,
  internationalSendingEnabled: false,
};
const pool: OriginationSettings = { ...number, internationalSendingEnabled: undefined, sharedRoutesEnabled: false };
const twoWay = { enabled: true, channelArn: CHANNEL, channelRole: ROLE };

describe('settingChanges, as the fields of UpdatePhoneNumber and UpdatePool', () => {
  test.each<[string, Partial<OriginationSettings>, OriginationSettings, SettingName[], unknown]>([
    ['nothing declared, nothing to change', {}, number, [], {}],
    ['a declared value equal to the actual one', { deletionProtectionEnabled: false, optOutListName: 'Default' }, number, [], {}],
    ['every changed setting goes in one set of fields', { deletionProtectionEnabled: true, selfManagedOptOutsEnabled: true, twoWay },
      number, [],
      { DeletionProtectionEnabled: true, SelfManagedOptOutsEnabled: true, TwoWayEnabled: true, TwoWayChannelArn: CHANNEL, TwoWayChannelRole: ROLE }],
    ['an opt-out list ARN equals its name', { optOutListName: LIST_ARN }, { ...number, optOutListName: 'orders' }, [], {}],
    ['a new opt-out list is sent as declared', { optOutListName: LIST_ARN }, number, [], { OptOutListName: LIST_ARN }],
    ['a setting declared before returns to the service default', {}, { ...number, optOutListName: 'orders', internationalSendingEnabled: true },
      ['optOutListName', 'internationalSendingEnabled'], { OptOutListName: 'Default', InternationalSendingEnabled: false }],
    ['a setting never declared is left as it is (set outside, or inherited)', {}, { ...number, optOutListName: 'orders', twoWay }, [], {}],
    ['two-way declared before and no longer is turned off', {}, { ...number, twoWay }, ['twoWay'], { TwoWayEnabled: false }],
    ['two-way without a declared role accepts any role', { twoWay: { enabled: true, channelArn: CHANNEL } }, { ...number, twoWay }, [], {}],
    ['another channel is a change', { twoWay: { ...twoWay, channelArn: `${CHANNEL}-2` } }, { ...number, twoWay }, [],
      { TwoWayEnabled: true, TwoWayChannelArn: `${CHANNEL}-2`, TwoWayChannelRole: ROLE }],
    ['a pool reconciles shared routes', { sharedRoutesEnabled: true }, pool, [], { SharedRoutesEnabled: true }],
    ['a pool has no international sending to reconcile', { internationalSendingEnabled: true }, pool, [], {}],
    ['a number has no shared routes to reconcile', { sharedRoutesEnabled: true }, number, [], {}],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(fieldsOf(settingChanges(desired, actual, new Set(declared)))).toEqual(expected);
  });
});

describe('fitsPool', () => {
  test.each<[string, Partial<OriginationSettings>, boolean]>([
    ['the same configuration', {}, true],
    ['the opt-out list by ARN', { optOutListName: 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default' }, true],
    ['another opt-out list', { optOutListName: 'orders' }, false],
    ['self-managed opt-outs differ', { selfManagedOptOutsEnabled: true }, false],
    ['two-way differs', { twoWay }, false],
    ['deletion protection and international sending do not count', { deletionProtectionEnabled: true, internationalSendingEnabled: true }, true],
  ])('%s', (_title, numberChanges, expected) => {
    expect(fitsPool({ ...number, ...numberChanges }, pool)).toBe(expected);
  });

  test('two-way numbers fit a two-way pool of the same channel, whatever the role', () => {
    expect(fitsPool({ ...number, twoWay }, { ...pool, twoWay: { enabled: true, channelArn: CHANNEL } })).toBe(true);
    expect(fitsPool({ ...number, twoWay }, { ...pool, twoWay: { enabled: true, channelArn: `${CHANNEL}-2` } })).toBe(false);
  });
});

describe('declaredSettings', () => {
  test('names the settings a version of the properties declares', () => {
    expect(declaredSettings({ deletionProtectionEnabled: false, optOutListName: undefined, twoWay })).toEqual(new Set(['deletionProtectionEnabled', 'twoWay']));
  });
});

describe('optOutListNameOf', () => {
  test.each([['orders', 'orders'], [LIST_ARN, 'orders']])('%s → %s', (value, expected) => {
    expect(optOutListNameOf(value)).toBe(expected);
  });
});
