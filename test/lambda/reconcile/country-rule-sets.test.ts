import { countryRuleChanges, DeclaredCountryRules, planCountryRuleSet } from '../../../lambda/sms-provider/reconcile/country-rule-sets';

const rules = (countries: { [code: string]: string }, otherCountries?: string): DeclaredCountryRules => ({
  countries: new Map(Object.entries(countries)),
  otherCountries,
});
const actual = (statuses: { [code: string]: string }) => new Map(Object.entries(statuses));
const ALL_ALLOW = actual({ US: 'ALLOW', CA: 'ALLOW', RU: 'ALLOW', NG: 'ALLOW' });

describe('countryRuleChanges', () => {
  test.each<[string, DeclaredCountryRules | undefined, Map<string, string>, DeclaredCountryRules | undefined, { [code: string]: string }]>([
    ['nothing declared, now or before: nothing changes', undefined, ALL_ALLOW, undefined, {}],
    ['a declared country that differs changes', rules({ RU: 'BLOCK' }), ALL_ALLOW, undefined, { RU: 'BLOCK' }],
    ['a declared country that is already so: nothing', rules({ RU: 'BLOCK' }), actual({ RU: 'BLOCK', US: 'ALLOW' }), rules({ RU: 'BLOCK' }), {}],
    ['allow-only: every other country blocked', rules({ US: 'ALLOW', CA: 'ALLOW' }, 'BLOCK'), ALL_ALLOW, undefined, { RU: 'BLOCK', NG: 'BLOCK' }],
    ['a country removed from the map goes back to the service default', rules({ RU: 'BLOCK' }), actual({ RU: 'BLOCK', NG: 'FILTER', US: 'ALLOW' }),
      rules({ RU: 'BLOCK', NG: 'FILTER' }), { NG: 'ALLOW' }],
    ['a country never declared is left as it is', rules({ RU: 'BLOCK' }), actual({ RU: 'ALLOW', NG: 'BLOCK' }), undefined, { RU: 'BLOCK' }],
    ['a rule set no longer declared puts back every country it declared', undefined, actual({ US: 'ALLOW', RU: 'BLOCK', NG: 'BLOCK' }),
      rules({ US: 'ALLOW' }, 'BLOCK'), { RU: 'ALLOW', NG: 'ALLOW' }],
    ['allow-only of fewer countries blocks the one dropped', rules({ US: 'ALLOW' }, 'BLOCK'), actual({ US: 'ALLOW', CA: 'ALLOW', RU: 'BLOCK' }),
      rules({ US: 'ALLOW', CA: 'ALLOW' }, 'BLOCK'), { CA: 'BLOCK' }],
  ])('%s', (_title, desired, statuses, before, expected) => {
    expect(Object.fromEntries(countryRuleChanges('SMS', desired, statuses, before, 'ALLOW'))).toEqual(expected);
  });

  test('a declared country the service does not list fails, naming it and the property', () => {
    expect(() => countryRuleChanges('VOICE', rules({ XK: 'BLOCK' }), ALL_ALLOW, undefined, 'ALLOW'))
      .toThrow('the VOICE country rule set of the protect configuration has no XK: the service lists 4 countries for VOICE; remove it from countryRuleSets.voice');
  });
});

describe('planCountryRuleSet', () => {
  test('one call with only the countries that change; none when none does', () => {
    expect(planCountryRuleSet('protect-1', 'SMS', rules({ US: 'ALLOW' }, 'BLOCK'), ALL_ALLOW, undefined, 'ALLOW')).toEqual([{
      action: 'UpdateProtectConfigurationCountryRuleSet',
      input: {
        ProtectConfigurationId: 'protect-1',
        NumberCapability: 'SMS',
        CountryRuleSetUpdates: { CA: { ProtectStatus: 'BLOCK' }, RU: { ProtectStatus: 'BLOCK' }, NG: { ProtectStatus: 'BLOCK' } },
      },
    }]);
    expect(planCountryRuleSet('protect-1', 'SMS', rules({ US: 'ALLOW' }), ALL_ALLOW, undefined, 'ALLOW')).toEqual([]);
  });
});
