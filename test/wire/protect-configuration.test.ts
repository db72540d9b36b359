import { PROTECT_CONFIGURATION } from '../../src/wire/protect-configuration-properties';
import { createOnlyChanges, decodeProperties } from '../../src/wire/resource-contract';
import { checkNumberOverrideExpiry, MAX_COUNTRY_RULES, PROTECT_STATUSES } from '../../src/wire/validate-protect-configuration';
import { Violations } from '../../src/wire/violations';
import { protectConfigurationProperties } from '../lambda/support/protect-configurations';

const invalid = (message: string) => `Invalid protect configuration: ${message}`;

describe('protect configuration', () => {
  test('decodes the strings CloudFormation sends; rule sets and overrides left out stay out', () => {
    expect(decodeProperties(PROTECT_CONFIGURATION, protectConfigurationProperties({
      sms: { countries: { US: 'ALLOW' }, others: 'BLOCK' },
      overrides: [{ number: '+12065550100', action: 'BLOCK', expiresAt: '2040-01-01T00:00:00.000Z' }],
      accountDefault: true,
      tags: { Name: 'otp' },
    }))).toEqual({
      CountryRuleSets: { SMS: { Countries: [{ IsoCountryCode: 'US', ProtectStatus: 'ALLOW' }], OtherCountries: 'BLOCK' } },
      NumberOverrides: [{ DestinationPhoneNumber: '+12065550100', Action: 'BLOCK', ExpirationTimestamp: '2040-01-01T00:00:00.000Z' }],
      AccountDefault: true,
      DeletionProtectionEnabled: false,
      Tags: [{ Key: 'Name', Value: 'otp' }],
    });
    expect(decodeProperties(PROTECT_CONFIGURATION, protectConfigurationProperties({})))
      .toEqual({ AccountDefault: false, DeletionProtectionEnabled: false });
  });

  test.each([
    ['an unknown capability', { CountryRuleSets: { RCS: {} } }, 'unknown property CountryRuleSets.RCS (allowed: SMS, VOICE, MMS)'],
    ['a country without a status', { CountryRuleSets: { SMS: { Countries: [{ IsoCountryCode: 'US' }] } } }, 'CountryRuleSets.SMS.Countries[0].ProtectStatus is required'],
    ['an account default that is no boolean', { AccountDefault: 'yes' }, 'AccountDefault must be a boolean ("true" or "false"), but is "yes"'],
    ['an override without an action', { NumberOverrides: [{ DestinationPhoneNumber: '+12065550100' }] }, 'NumberOverrides[0].Action is required'],
  ])('rejects %s, naming the property', (_title, overrides, message) => {
    expect(() => decodeProperties(PROTECT_CONFIGURATION, { ...protectConfigurationProperties({}), ...overrides }))
      .toThrow(`Invalid Custom::SmsVoiceProtectConfiguration properties: ${message}`);
  });

  test.each([
    ['an unknown status', { sms: { countries: { US: 'DENY' } } }, 'countryRuleSets.sms.US: "DENY" must be one of ALLOW, BLOCK, MONITOR, FILTER'],
    ['MONITOR for MMS', { mms: { others: 'MONITOR' } },
      'countryRuleSets.mms.otherCountries: "MONITOR" is not a status for MMS: MONITOR and FILTER evaluate text messages only (allowed: ALLOW, BLOCK)'],
    ['a code that is not assigned', { voice: { countries: { XK: 'BLOCK' } } }, 'countryRuleSets.voice: "XK" is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)'],
    ['an override action the API does not take', { overrides: [{ number: '+12065550100', action: 'MONITOR' as 'ALLOW' }] },
      'action of number override \'+12065550100\': "MONITOR" must be one of ALLOW, BLOCK'],
    ['an expiry that is not ISO 8601 UTC', { overrides: [{ number: '+12065550100', action: 'BLOCK' as const, expiresAt: '2040-01-01' }] },
      'expiresAt of number override \'+12065550100\': "2040-01-01" must be an ISO 8601 UTC time such as 2030-01-31T00:00:00.000Z'],
  ])('validates %s, with the message the construct gives', (_title, options, message) => {
    expect(() => decodeProperties(PROTECT_CONFIGURATION, protectConfigurationProperties(options))).toThrow(invalid(message));
  });

  test('a rule set holds at most 300 countries, as the service\'s map', () => {
    const countries = Object.fromEntries(Array.from({ length: MAX_COUNTRY_RULES + 1 }, (_, i) => [`A${String.fromCharCode(65 + (i % 26))}${i}`, 'BLOCK']));
    expect(PROTECT_CONFIGURATION.violations({
      AccountDefault: false,
      DeletionProtectionEnabled: false,
      CountryRuleSets: {
        SMS: { Countries: Object.keys(countries).map(IsoCountryCode => ({ IsoCountryCode, ProtectStatus: 'BLOCK' })) },
      },
    }).all).toContain('countryRuleSets.sms: 301 is more countries than a country rule set holds (at most 300)');
  });

  test('each capability takes its statuses: SMS all four, voice and MMS ALLOW and BLOCK', () => {
    expect(PROTECT_STATUSES).toEqual({ SMS: ['ALLOW', 'BLOCK', 'MONITOR', 'FILTER'], VOICE: ['ALLOW', 'BLOCK'], MMS: ['ALLOW', 'BLOCK'] });
  });

  test('an expiry in the past is refused at synth only: the handler accepts it, and leaves the override to the service', () => {
    const overrides = [{ DestinationPhoneNumber: '+12065550100', Action: 'BLOCK', ExpirationTimestamp: '2020-01-01T00:00:00.000Z' }];
    expect(checkNumberOverrideExpiry(new Violations(), overrides, Date.UTC(2025, 0, 1)).all).toEqual([
      'expiresAt of number override \'+12065550100\': "2020-01-01T00:00:00.000Z" must be in the future: the service removes an override once it expires',
    ]);
    expect(() => decodeProperties(PROTECT_CONFIGURATION, protectConfigurationProperties({
      overrides: [{ number: '+12065550100', action: 'BLOCK', expiresAt: '2020-01-01T00:00:00.000Z' }],
    }))).not.toThrow();
  });

  test('nothing is create-only', () => {
    const before = decodeProperties(PROTECT_CONFIGURATION, protectConfigurationProperties({}));
    const after = decodeProperties(PROTECT_CONFIGURATION, protectConfigurationProperties({ sms: { others: 'BLOCK' }, accountDefault: true, deletionProtection: true }));
    expect(createOnlyChanges(PROTECT_CONFIGURATION, before, after)).toEqual([]);
  });
});
