import { ACCOUNT_SETTINGS } from '../../src/wire/account-settings-properties';
import { decodeProperties } from '../../src/wire/resource-contract';
import { SPEND_LIMIT_KEYS, SPEND_LIMITS } from '../../src/wire/spend-limits';
import { Violations } from '../../src/wire/violations';
import { accountSettingsProperties } from '../lambda/support/account-settings';

describe('account settings', () => {
  test('decodes the strings CloudFormation sends into whole numbers of US dollars', () => {
    expect(decodeProperties(ACCOUNT_SETTINGS, accountSettingsProperties({ text: 5, voice: 0, media: 1_000_000_000 }))).toEqual({
      TextMessageMonthlySpendLimit: 5,
      VoiceMessageMonthlySpendLimit: 0,
      MediaMessageMonthlySpendLimit: 1_000_000_000,
    });
  });

  test('leaves an undeclared limit out, and treats properties without SchemaVersion as the first shape', () => {
    expect(decodeProperties(ACCOUNT_SETTINGS, accountSettingsProperties({ voice: 3, withoutSchemaVersion: true })))
      .toEqual({ VoiceMessageMonthlySpendLimit: 3 });
  });

  test.each([
    ['a limit that is no number', { TextMessageMonthlySpendLimit: 'ten' }, 'TextMessageMonthlySpendLimit must be a number, but is "ten"'],
    ['an unknown property', { Tags: [] }, 'unknown property Tags (allowed: TextMessageMonthlySpendLimit, VoiceMessageMonthlySpendLimit,'
      + ' MediaMessageMonthlySpendLimit, SchemaVersion)'],
  ])('rejects %s, naming the property', (_title, overrides, message) => {
    const properties = { ...accountSettingsProperties({ text: 5 }), ...overrides };
    expect(() => decodeProperties(ACCOUNT_SETTINGS, properties)).toThrow(`Invalid Custom::SmsVoiceAccountSettings properties: ${message}`);
  });

  test.each([
    ['a fraction', { TextMessageMonthlySpendLimit: 0.5 }, ['textMessageMonthlySpendLimit: 0.5 must be a whole number of US dollars from 0 to 1000000000']],
    ['a negative limit', { VoiceMessageMonthlySpendLimit: -3 }, ['voiceMessageMonthlySpendLimit: -3 must be a whole number of US dollars from 0 to 1000000000']],
    ['a limit above the model\'s maximum', { MediaMessageMonthlySpendLimit: 1_000_000_001 },
      ['mediaMessageMonthlySpendLimit: 1000000001 must be a whole number of US dollars from 0 to 1000000000']],
    ['no limit at all', {}, ['at least one of textMessageMonthlySpendLimit, voiceMessageMonthlySpendLimit and mediaMessageMonthlySpendLimit must be set']],
    ['0 and the model\'s maximum', { TextMessageMonthlySpendLimit: 0, VoiceMessageMonthlySpendLimit: 1_000_000_000 }, []],
  ])('%s', (_title, properties, expected) => {
    expect(ACCOUNT_SETTINGS.violations(properties).all).toEqual(expected);
  });

  test('skips tokens, as the construct does at synth time', () => {
    const token = -1.8881545897087626e+289;
    expect(ACCOUNT_SETTINGS.violations({ TextMessageMonthlySpendLimit: token }, value => value === token).all).toEqual([]);
  });

  test('every limit has a schema key, an attribute and a construct property of its own', () => {
    expect(Object.keys(ACCOUNT_SETTINGS.schema)).toEqual(SPEND_LIMIT_KEYS);
    expect(Object.keys(ACCOUNT_SETTINGS.attributes)).toEqual(SPEND_LIMIT_KEYS);
    expect(new Set(SPEND_LIMIT_KEYS.map(key => SPEND_LIMITS[key].prop)).size).toBe(3);
  });

  test('atLeastOne counts 0 as declared', () => {
    expect(new Violations().atLeastOne(['a', 'b'], [0, undefined]).all).toEqual([]);
  });
});
