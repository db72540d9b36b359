import type { NumberCapability, ProtectStatus } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PlannedCall } from './calls';

/** ISO country code → protect status, as one capability's rule set has them. */
export type CountryStatuses = ReadonlyMap<string, string>;

/** What properties declare for one capability: these countries, and `otherCountries` for every other country of the rule set. */
export interface DeclaredCountryRules {
  readonly countries: CountryStatuses;
  readonly otherCountries?: string;
}

/** The status `rules` declare for a country; undefined when they do not declare it. */
export function declaredStatus(rules: DeclaredCountryRules | undefined, country: string): string | undefined {
  return rules?.countries.get(country) ?? rules?.otherCountries;
}

/**
 * The countries whose status must change, with their new status: each country the desired rules
 * declare gets its declared status; a country that only the previous properties declared goes back
 * to `serviceDefault` (what a new protect configuration has), so that nothing stays as the stack
 * left it and nothing is reopened by accident; a country neither declares is left alone. A
 * declared country that the service's rule set does not list is an error.
 */
export function countryRuleChanges(capability: string, desired: DeclaredCountryRules | undefined, actual: CountryStatuses,
  declaredBefore: DeclaredCountryRules | undefined, serviceDefault: string): Map<string, string> {
  const unknown = [...desired?.countries.keys() ?? []].filter(country => !actual.has(country));
  if (unknown.length > 0) {
    throw new Error(`the ${capability} country rule set of the protect configuration has no ${unknown.join(', ')}: the service lists`
      + ` ${actual.size} countries for ${capability}; remove ${unknown.length === 1 ? 'it' : 'them'} from countryRuleSets.${capability.toLowerCase()}`);
  }
  const changes = new Map<string, string>();
  for (const [country, status] of actual) {
    const target = declaredStatus(desired, country) ?? (declaredStatus(declaredBefore, country) === undefined ? undefined : serviceDefault);
    if (target !== undefined && target !== status) changes.set(country, target);
  }
  return changes;
}

/** At most one UpdateProtectConfigurationCountryRuleSet, holding only the countries whose status changes; none when none does. */
export function planCountryRuleSet(protectConfigurationId: string, capability: NumberCapability, desired: DeclaredCountryRules | undefined,
  actual: CountryStatuses, declaredBefore: DeclaredCountryRules | undefined, serviceDefault: string): PlannedCall[] {
  const changes = countryRuleChanges(capability, desired, actual, declaredBefore, serviceDefault);
  if (changes.size === 0) return [];
  return [{
    action: 'UpdateProtectConfigurationCountryRuleSet',
    input: {
      ProtectConfigurationId: protectConfigurationId,
      NumberCapability: capability,
      CountryRuleSetUpdates: Object.fromEntries([...changes].map(([country, status]) => [country, { ProtectStatus: status as ProtectStatus }])),
    },
  }];
}
