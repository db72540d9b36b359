import { TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields, Schema } from './schema';
import { protectConfigurationViolations } from './validate-protect-configuration';

/**
 * The properties of a Custom::SmsVoiceProtectConfiguration. Physical id: the protect configuration's
 * ARN. Nothing is create-only: every property is reconciled in place.
 */
export interface ProtectConfigurationResourceProperties extends TaggableResourceProperties {
  /** By number capability; a capability left out is not declared, and its countries are left as they are. */
  readonly CountryRuleSets?: CountryRuleSetsResourceProperties;
  /** Reconcile removes only overrides that the previous properties declared. */
  readonly NumberOverrides?: NumberOverrideResourceProperties[];
  /** Whether it is the account's default protect configuration (SetAccountDefaultProtectConfiguration). */
  readonly AccountDefault: boolean;
  readonly DeletionProtectionEnabled: boolean;
}

/** The country rule set of each number capability, keyed as the API names them. */
export interface CountryRuleSetsResourceProperties {
  readonly SMS?: CountryRuleSetResourceProperties;
  readonly VOICE?: CountryRuleSetResourceProperties;
  readonly MMS?: CountryRuleSetResourceProperties;
}

/**
 * The statuses one capability's rule set declares: those of `Countries`, and `OtherCountries` for
 * every other country the service lists for the capability (absent: the others are not declared).
 */
export interface CountryRuleSetResourceProperties {
  readonly Countries?: CountryRuleResourceProperties[];
  readonly OtherCountries?: string;
}

export interface CountryRuleResourceProperties {
  /** ISO 3166-1 alpha-2, as the keys of the API's CountryRuleSet map. */
  readonly IsoCountryCode: string;
  /** ALLOW, BLOCK, MONITOR or FILTER. */
  readonly ProtectStatus: string;
}

/** A rule for one destination number (PutProtectConfigurationRuleSetNumberOverride). */
export interface NumberOverrideResourceProperties {
  /** E.164. */
  readonly DestinationPhoneNumber: string;
  /** ALLOW or BLOCK. */
  readonly Action: string;
  /** ISO 8601 UTC (`2030-01-31T00:00:00.000Z`); absent: the override never expires. */
  readonly ExpirationTimestamp?: string;
}

/** The number capabilities that have a country rule set, as the API names them. */
export const PROTECT_CAPABILITIES = ['SMS', 'VOICE', 'MMS'] as const;
export type ProtectCapability = typeof PROTECT_CAPABILITIES[number];

export { NO_PREVIOUS_DEFAULT, NUMBER_OVERRIDE_PROGRESS_TAG, PREVIOUS_DEFAULT_TAG } from './validate-protect-configuration';

const COUNTRY_RULE_SET_SCHEMA: Schema<CountryRuleSetResourceProperties> = {
  Countries: fields.optionalObjectList({ IsoCountryCode: fields.string, ProtectStatus: fields.string }),
  OtherCountries: fields.optionalString,
};

export const PROTECT_CONFIGURATION: ResourceContract<ProtectConfigurationResourceProperties> = {
  resourceType: 'Custom::SmsVoiceProtectConfiguration',
  noun: 'protect configuration',
  schemaVersions: ['1'],
  schema: {
    CountryRuleSets: fields.optionalObject({
      SMS: fields.optionalObject(COUNTRY_RULE_SET_SCHEMA),
      VOICE: fields.optionalObject(COUNTRY_RULE_SET_SCHEMA),
      MMS: fields.optionalObject(COUNTRY_RULE_SET_SCHEMA),
    }),
    NumberOverrides: fields.optionalObjectList({
      DestinationPhoneNumber: fields.string,
      Action: fields.string,
      ExpirationTimestamp: fields.optionalString,
    }),
    AccountDefault: fields.boolean,
    DeletionProtectionEnabled: fields.boolean,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: {},
  arnResourceType: 'protect-configuration',
  attributes: { ID: 'ProtectConfigurationId', ARN: 'ProtectConfigurationArn' },
  violations: protectConfigurationViolations,
};
