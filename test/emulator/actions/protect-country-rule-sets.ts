import type {
  GetProtectConfigurationCountryRuleSetRequest,
  GetProtectConfigurationCountryRuleSetResult,
  NumberCapability,
  ProtectConfigurationCountryRuleSetInformation,
  ProtectStatus,
  UpdateProtectConfigurationCountryRuleSetRequest,
  UpdateProtectConfigurationCountryRuleSetResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PROTECT_STATUSES } from '../../../src/wire/validate-protect-configuration';
import { FieldError, validationError } from '../errors';
import type { ProtectConfigurationRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionHandler } from './context';
import { findProtectConfiguration } from './protect-configurations';

/** The rule set of a capability; RCS (in the model, not in the reference) has none: ValidationException. */
function ruleSetOf(record: ProtectConfigurationRecord, capability: NumberCapability): Map<string, ProtectStatus> {
  const ruleSet = record.countryRuleSets.get(capability);
  if (!ruleSet) {
    throw validationError('INVALID_PARAMETER', [{ Name: 'NumberCapability', Message: `${capability} has no country rule set; use SMS, VOICE or MMS` }]);
  }
  return ruleSet;
}

function wireRuleSet(ruleSet: ReadonlyMap<string, ProtectStatus>): { [code: string]: Wire<ProtectConfigurationCountryRuleSetInformation> } {
  return Object.fromEntries([...ruleSet].map(([code, status]) => [code, { ProtectStatus: status }]));
}

type GetHandler = ActionHandler<GetProtectConfigurationCountryRuleSetRequest, Wire<GetProtectConfigurationCountryRuleSetResult>>;

const getProtectConfigurationCountryRuleSet: GetHandler = (input, context) => {
  const record = findProtectConfiguration(context, input.ProtectConfigurationId!);
  const capability = input.NumberCapability!;
  return {
    ProtectConfigurationArn: record.arn,
    ProtectConfigurationId: record.id,
    NumberCapability: capability,
    CountryRuleSet: wireRuleSet(ruleSetOf(record, capability)),
  };
};

type UpdateHandler = ActionHandler<UpdateProtectConfigurationCountryRuleSetRequest, Wire<UpdateProtectConfigurationCountryRuleSetResult>>;

/**
 * Changes only the countries given. A country the capability's list lacks, or a status the
 * capability does not take (MONITOR and FILTER are for SMS), is ValidationException
 * INVALID_PARAMETER, and nothing changes. Returns the whole rule set.
 */
const updateProtectConfigurationCountryRuleSet: UpdateHandler = (input, context) => {
  const record = findProtectConfiguration(context, input.ProtectConfigurationId!);
  const capability = input.NumberCapability!;
  const ruleSet = ruleSetOf(record, capability);
  const allowed = PROTECT_STATUSES[capability as keyof typeof PROTECT_STATUSES];
  const updates = Object.entries(input.CountryRuleSetUpdates ?? {});
  const invalid: FieldError[] = [];
  for (const [code, { ProtectStatus: status }] of updates) {
    const name = `CountryRuleSetUpdates.${code}`;
    if (!ruleSet.has(code)) {invalid.push({ Name: name, Message: `${code} is not a country of the ${capability} country rule set` });} else if (!allowed.includes(status!)) {
      invalid.push({ Name: `${name}.ProtectStatus`, Message: `${status} is not a protect status for ${capability}; use ${allowed.join(' or ')}` });
    }
  }
  if (invalid.length > 0) throw validationError('INVALID_PARAMETER', invalid);
  for (const [code, { ProtectStatus: status }] of updates) ruleSet.set(code, status!);
  return {
    ProtectConfigurationArn: record.arn,
    ProtectConfigurationId: record.id,
    NumberCapability: capability,
    CountryRuleSet: wireRuleSet(ruleSet),
  };
};

export const PROTECT_COUNTRY_RULE_SET_ACTIONS = {
  GetProtectConfigurationCountryRuleSet: getProtectConfigurationCountryRuleSet,
  UpdateProtectConfigurationCountryRuleSet: updateProtectConfigurationCountryRuleSet,
};
