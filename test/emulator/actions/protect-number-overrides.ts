import type {
  DeleteProtectConfigurationRuleSetNumberOverrideRequest,
  DeleteProtectConfigurationRuleSetNumberOverrideResult,
  ListProtectConfigurationRuleSetNumberOverridesRequest,
  ListProtectConfigurationRuleSetNumberOverridesResult,
  ProtectConfigurationRuleSetNumberOverride,
  ProtectConfigurationRuleSetNumberOverrideFilterItem,
  PutProtectConfigurationRuleSetNumberOverrideRequest,
  PutProtectConfigurationRuleSetNumberOverrideResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { invalidField, notFound, validationError } from '../errors';
import { countryOfNumber } from '../numbering';
import { paginate } from '../pagination';
import type { NumberOverrideRecord, ProtectConfigurationRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { findProtectConfiguration } from './protect-configurations';

/** The model's pattern allows a number without its `+`; the emulator keeps them all with it. */
function e164(number: string): string {
  return number.startsWith('+') ? number : `+${number}`;
}

/** The protect configuration an id or ARN names, without the overrides that have expired: they are gone. */
function withLiveOverrides(context: ActionContext, idOrArn: string): ProtectConfigurationRecord {
  const record = findProtectConfiguration(context, idOrArn);
  const now = context.now();
  for (const [number, override] of record.numberOverrides) {
    if (override.expiresAt !== undefined && override.expiresAt <= now) record.numberOverrides.delete(number);
  }
  return record;
}

function overrideInformation(record: NumberOverrideRecord): Wire<ProtectConfigurationRuleSetNumberOverride> {
  return {
    DestinationPhoneNumber: record.number,
    Action: record.action,
    CreatedTimestamp: epochSeconds(record.createdAt),
    ...record.expiresAt === undefined ? {} : { ExpirationTimestamp: epochSeconds(record.expiresAt) },
    ...record.isoCountryCode === undefined ? {} : { IsoCountryCode: record.isoCountryCode },
  };
}

type PutHandler = ActionHandler<PutProtectConfigurationRuleSetNumberOverrideRequest, Wire<PutProtectConfigurationRuleSetNumberOverrideResult>>;

/**
 * Creates or replaces the override of a number (a replaced one keeps its creation time). An
 * ExpirationTimestamp that is not in the future is ValidationException INVALID_PARAMETER.
 */
const putNumberOverride: PutHandler = (input, context) => {
  const record = withLiveOverrides(context, input.ProtectConfigurationId!);
  const now = context.now();
  // Wire<> gives the SDK's Date as the epoch seconds the body carries.
  const expiration = input.ExpirationTimestamp as unknown as number | undefined;
  const expiresAt = expiration === undefined ? undefined : expiration * 1000;
  if (expiresAt !== undefined && expiresAt <= now) {
    throw invalidField('INVALID_PARAMETER', 'ExpirationTimestamp', `${new Date(expiresAt).toISOString()} is not in the future.`);
  }
  const number = e164(input.DestinationPhoneNumber!);
  const override: NumberOverrideRecord = {
    number,
    action: input.Action!,
    createdAt: record.numberOverrides.get(number)?.createdAt ?? now,
    expiresAt,
    isoCountryCode: countryOfNumber(number),
  };
  record.numberOverrides.set(number, override);
  return { ProtectConfigurationArn: record.arn, ProtectConfigurationId: record.id, ...overrideInformation(override) };
};

type DeleteResult = Wire<DeleteProtectConfigurationRuleSetNumberOverrideResult>;
type DeleteHandler = ActionHandler<DeleteProtectConfigurationRuleSetNumberOverrideRequest, DeleteResult>;

/** An unknown (or expired) number is ResourceNotFoundException. */
const deleteNumberOverride: DeleteHandler = (input, context) => {
  const record = withLiveOverrides(context, input.ProtectConfigurationId!);
  const number = e164(input.DestinationPhoneNumber!);
  const override = record.numberOverrides.get(number);
  if (!override) throw notFound('protect-configuration', `${record.id}/${number}`);
  record.numberOverrides.delete(number);
  return { ProtectConfigurationArn: record.arn, ProtectConfigurationId: record.id, ...overrideInformation(override) };
};

type FilterItem = ProtectConfigurationRuleSetNumberOverrideFilterItem;

/** A time filter value: epoch seconds, or an ISO 8601 time; anything else is INVALID_FILTER_VALUES. */
function timeOf(filter: FilterItem, value: string): number {
  const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw validationError('INVALID_FILTER_VALUES', [{ Name: 'Filters', Message: `${value} is not a time for the filter ${filter.Name}` }]);
  }
  return ms;
}

/**
 * Whether an override passes a filter (any of its values). An override that never expires counts
 * as expiring after every time, and before none.
 */
function matches(override: NumberOverrideRecord, filter: FilterItem): boolean {
  return filter.Values!.some(value => {
    switch (filter.Name!) {
      case 'iso-country-code': return override.isoCountryCode === value;
      case 'destination-phone-number-begins-with': return override.number.startsWith(e164(value));
      case 'action': return override.action === value;
      case 'expires-before': return override.expiresAt !== undefined && override.expiresAt < timeOf(filter, value);
      case 'expires-after': return override.expiresAt === undefined || override.expiresAt > timeOf(filter, value);
      case 'created-before': return override.createdAt < timeOf(filter, value);
      case 'created-after': return override.createdAt > timeOf(filter, value);
    }
  });
}

type ListHandler = ActionHandler<ListProtectConfigurationRuleSetNumberOverridesRequest, Wire<ListProtectConfigurationRuleSetNumberOverridesResult>>;

/** The live overrides that pass every filter, ordered by number, in pages (default 100). */
const listNumberOverrides: ListHandler = (input, context) => {
  const record = withLiveOverrides(context, input.ProtectConfigurationId!);
  const selected = [...record.numberOverrides.values()].filter(o => (input.Filters ?? []).every(f => matches(o, f)));
  const page = paginate(selected, o => o.number, input.NextToken, input.MaxResults);
  return {
    ProtectConfigurationArn: record.arn,
    ProtectConfigurationId: record.id,
    RuleSetNumberOverrides: page.items.map(overrideInformation),
    NextToken: page.nextToken,
  };
};

export const PROTECT_NUMBER_OVERRIDE_ACTIONS = {
  PutProtectConfigurationRuleSetNumberOverride: putNumberOverride,
  DeleteProtectConfigurationRuleSetNumberOverride: deleteNumberOverride,
  ListProtectConfigurationRuleSetNumberOverrides: listNumberOverrides,
};
