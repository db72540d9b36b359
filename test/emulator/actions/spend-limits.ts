import type {
  DeleteMediaMessageSpendLimitOverrideResult,
  DescribeSpendLimitsRequest,
  DescribeSpendLimitsResult,
  SetMediaMessageSpendLimitOverrideRequest,
  SetMediaMessageSpendLimitOverrideResult,
  SpendLimit,
  SpendLimitName,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { invalidField } from '../errors';
import type { ResourceLimits } from '../options';
import { paginate } from '../pagination';
import type { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';

/**
 * The monthly spend limits the API reference lists (SpendLimit.Name's valid values), each with the
 * account limit that holds its MaxLimit. The service model also names NOTIFY and RCS limits, which
 * the reference does not document and the emulator does not have.
 */
const SPEND_LIMITS = {
  TEXT_MESSAGE_MONTHLY_SPEND_LIMIT: 'textMessageMonthlySpendLimit',
  VOICE_MESSAGE_MONTHLY_SPEND_LIMIT: 'voiceMessageMonthlySpendLimit',
  MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT: 'mediaMessageMonthlySpendLimit',
} as const satisfies { readonly [name in SpendLimitName]?: keyof ResourceLimits };

type Name = keyof typeof SPEND_LIMITS;

function maxLimit(context: ActionContext, name: Name): number {
  return context.limits[SPEND_LIMITS[name]];
}

/**
 * One spend limit as DescribeSpendLimits reports it. Without an override the EnforcedLimit is the
 * MaxLimit (the reference: deleting an override "will set the EnforcedLimit to equal the MaxLimit").
 */
function spendLimit(context: ActionContext, name: Name): Wire<SpendLimit> {
  const override = context.state.spendLimitOverrides.get(name);
  const max = maxLimit(context, name);
  return { Name: name, EnforcedLimit: override ?? max, MaxLimit: max, Overridden: override !== undefined };
}

const describeSpendLimits: ActionHandler<DescribeSpendLimitsRequest, Wire<DescribeSpendLimitsResult>> = (input, context) => {
  const all = (Object.keys(SPEND_LIMITS) as Name[]).map(name => spendLimit(context, name));
  const page = paginate(all, limit => limit.Name!, input.NextToken, input.MaxResults);
  return { SpendLimits: page.items, NextToken: page.nextToken };
};

/**
 * Set<Kind>MessageSpendLimitOverride: the requested limit "must be less than or equal to the
 * MaxLimit, which is set by AWS"; above it, ValidationException
 * REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT (the model's range, 0 to 1,000,000,000, is checked before).
 */
function setOverride(name: Name): ActionHandler<SetMediaMessageSpendLimitOverrideRequest, Wire<SetMediaMessageSpendLimitOverrideResult>> {
  return (input, context) => {
    const limit = input.MonthlyLimit!;
    const max = maxLimit(context, name);
    if (limit > max) {
      throw invalidField('REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT', 'MonthlyLimit',
        `The requested ${name} of ${limit} is higher than the account's MaxLimit of ${max}.`);
    }
    context.state.spendLimitOverrides.set(name, limit);
    return { MonthlyLimit: limit };
  };
}

/** Delete<Kind>MessageSpendLimitOverride: the EnforcedLimit is the MaxLimit again, which it returns; no override is no error. */
function deleteOverride(name: Name): ActionHandler<object, Wire<DeleteMediaMessageSpendLimitOverrideResult>> {
  return (_input, context) => {
    context.state.spendLimitOverrides.delete(name);
    return { MonthlyLimit: maxLimit(context, name) };
  };
}

export const SPEND_LIMIT_ACTIONS = {
  DescribeSpendLimits: describeSpendLimits,
  SetTextMessageSpendLimitOverride: setOverride('TEXT_MESSAGE_MONTHLY_SPEND_LIMIT'),
  DeleteTextMessageSpendLimitOverride: deleteOverride('TEXT_MESSAGE_MONTHLY_SPEND_LIMIT'),
  SetVoiceMessageSpendLimitOverride: setOverride('VOICE_MESSAGE_MONTHLY_SPEND_LIMIT'),
  DeleteVoiceMessageSpendLimitOverride: deleteOverride('VOICE_MESSAGE_MONTHLY_SPEND_LIMIT'),
  SetMediaMessageSpendLimitOverride: setOverride('MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT'),
  DeleteMediaMessageSpendLimitOverride: deleteOverride('MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT'),
};
