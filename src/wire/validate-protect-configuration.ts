import type {
  CountryRuleSetResourceProperties,
  NumberOverrideResourceProperties,
  ProtectCapability,
  ProtectConfigurationResourceProperties,
} from './protect-configuration-properties';
import { checkE164, checkHandlerTag, checkIsoCountryCode, checkTags } from './rules';
import { IsUnresolved, Violations } from './violations';

/**
 * The statuses each number capability's country rule set takes. The API reference lists ALLOW,
 * BLOCK, MONITOR and FILTER; the user guide's country rule modes say MONITOR and FILTER run the
 * SMS artificially-inflated-traffic (AIT) model, which evaluates text messages only, so voice and
 * media rule sets take ALLOW and BLOCK.
 */
export const PROTECT_STATUSES: { readonly [C in ProtectCapability]: readonly string[] } = {
  SMS: ['ALLOW', 'BLOCK', 'MONITOR', 'FILTER'],
  VOICE: ['ALLOW', 'BLOCK'],
  MMS: ['ALLOW', 'BLOCK'],
};

/** What every country of every capability has in a new protect configuration (the reference: "By default all country rule sets for each capability are set to ALLOW"). */
export const SERVICE_DEFAULT_PROTECT_STATUS = 'ALLOW';

/** The most entries a CountryRuleSet map holds (the service model's ProtectConfigurationCountryRuleSet). */
export const MAX_COUNTRY_RULES = 300;

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * The tag in which the handler remembers, on a protect configuration it made the account default,
 * which one was the default before (its id, or NO_PREVIOUS_DEFAULT), to restore it later. The tag
 * planner never touches it (no stack declares it), and the construct refuses it as a tag key.
 */
export const PREVIOUS_DEFAULT_TAG = 'sms-voice-cdk:previous-account-default';

/** The handler's own tag: how far a change of the number overrides got, for the next poll of the same event. */
export const NUMBER_OVERRIDE_PROGRESS_TAG = 'sms-voice-cdk:number-override-progress';
export const NO_PREVIOUS_DEFAULT = 'none';

export function protectConfigurationViolations(properties: ProtectConfigurationResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved);
  const ruleSets = properties.CountryRuleSets ?? {};
  for (const capability of Object.keys(PROTECT_STATUSES) as ProtectCapability[]) {
    const ruleSet = ruleSets[capability];
    if (ruleSet) checkCountryRuleSet(v, capability, ruleSet);
  }
  checkNumberOverrides(v, properties.NumberOverrides ?? []);
  checkTags(v, properties.Tags);
  checkHandlerTag(v, properties.Tags, PREVIOUS_DEFAULT_TAG, 'the previous account default protect configuration');
  return checkHandlerTag(v, properties.Tags, NUMBER_OVERRIDE_PROGRESS_TAG, 'how far a change of the number overrides got');
}

/** The construct property that declares a capability's rule set, such as `countryRuleSets.sms`. */
export function countryRuleSetProperty(capability: ProtectCapability): string {
  return `countryRuleSets.${capability.toLowerCase()}`;
}

/** Country codes are assigned ISO codes, each once; statuses are those the capability takes; at most MAX_COUNTRY_RULES countries. */
export function checkCountryRuleSet(v: Violations, capability: ProtectCapability, ruleSet: CountryRuleSetResourceProperties): Violations {
  const property = countryRuleSetProperty(capability);
  const countries = ruleSet.Countries ?? [];
  checkCountryCodes(v, property, countries.map(c => c.IsoCountryCode));
  v.require(property, countries.length, countries.length <= MAX_COUNTRY_RULES,
    `is more countries than a country rule set holds (at most ${MAX_COUNTRY_RULES})`);
  for (const country of countries) checkStatus(v, capability, `${property}.${country.IsoCountryCode}`, country.ProtectStatus);
  if (ruleSet.OtherCountries !== undefined) checkStatus(v, capability, `${property}.otherCountries`, ruleSet.OtherCountries);
  return v;
}

/** Codes of a country rule set: assigned ISO 3166-1 alpha-2 codes, each once. */
export function checkCountryCodes(v: Violations, property: string, codes: readonly string[]): Violations {
  v.unique(property, codes);
  codes.forEach(code => checkIsoCountryCode(v, property, code));
  return v;
}

function checkStatus(v: Violations, capability: ProtectCapability, property: string, status: string): void {
  const allowed = PROTECT_STATUSES[capability];
  v.shape(property, status, 'ProtectStatus');
  if (PROTECT_STATUSES.SMS.includes(status)) {
    v.require(property, status, allowed.includes(status),
      `is not a status for ${capability}: MONITOR and FILTER evaluate text messages only (allowed: ${allowed.join(', ')})`);
  }
}

/** Overrides are for unique E.164 numbers, with an action the API takes and an ISO 8601 UTC expiry. */
export function checkNumberOverrides(v: Violations, overrides: readonly NumberOverrideResourceProperties[]): Violations {
  v.unique('numberOverrides', overrides.map(o => o.DestinationPhoneNumber));
  for (const override of overrides) {
    const number = override.DestinationPhoneNumber;
    checkE164(v, 'numberOverrides', number);
    v.shape(`action of number override '${number}'`, override.Action, 'ProtectConfigurationRuleOverrideAction');
    const expiry = override.ExpirationTimestamp;
    if (expiry !== undefined) {
      v.require(`expiresAt of number override '${number}'`, expiry, ISO_TIMESTAMP.test(expiry) && Number.isFinite(Date.parse(expiry)),
        'must be an ISO 8601 UTC time such as 2030-01-31T00:00:00.000Z');
    }
  }
  return v;
}

/**
 * Expiry times are in the future, at `now`. Checked at synth only: once deployed, an override that
 * expires is removed by the service, and a later deployment must not fail because time has passed.
 */
export function checkNumberOverrideExpiry(v: Violations, overrides: readonly NumberOverrideResourceProperties[], now: number): Violations {
  for (const override of overrides) {
    const expiry = override.ExpirationTimestamp;
    if (expiry === undefined || !Number.isFinite(Date.parse(expiry))) continue;
    v.require(`expiresAt of number override '${override.DestinationPhoneNumber}'`, expiry, Date.parse(expiry) > now,
      'must be in the future: the service removes an override once it expires');
  }
  return v;
}
