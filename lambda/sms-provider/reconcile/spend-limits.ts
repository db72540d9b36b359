import { PlannedCall } from './calls';
import { Settings, settingsToChange } from './settings';
import { SPEND_LIMIT_KEYS, SpendLimitKey } from '../../../src/wire/spend-limits';

/** The account's override of each monthly spend limit (whole US dollars); undefined when there is none and the MaxLimit applies. */
export type SpendLimitOverrides = { readonly [K in SpendLimitKey]?: number };

/** The calls that set and delete each limit's override. */
const CALLS: { readonly [K in SpendLimitKey]: { readonly set: (MonthlyLimit: number) => PlannedCall; readonly remove: PlannedCall } } = {
  TextMessageMonthlySpendLimit: {
    set: MonthlyLimit => ({ action: 'SetTextMessageSpendLimitOverride', input: { MonthlyLimit } }),
    remove: { action: 'DeleteTextMessageSpendLimitOverride', input: {} },
  },
  VoiceMessageMonthlySpendLimit: {
    set: MonthlyLimit => ({ action: 'SetVoiceMessageSpendLimitOverride', input: { MonthlyLimit } }),
    remove: { action: 'DeleteVoiceMessageSpendLimitOverride', input: {} },
  },
  MediaMessageMonthlySpendLimit: {
    set: MonthlyLimit => ({ action: 'SetMediaMessageSpendLimitOverride', input: { MonthlyLimit } }),
    remove: { action: 'DeleteMediaMessageSpendLimitOverride', input: {} },
  },
};

/**
 * One Set call for each declared limit whose override differs (or is missing: a declared limit
 * is always an override, even when it equals the MaxLimit, so a later raise of the MaxLimit does
 * not lift it); one Delete call for each limit declared before, no longer declared and still
 * overridden. An override the stack never declared is left as it is. Text, voice, then media.
 */
export function planSpendLimits(
  desired: SpendLimitOverrides,
  actual: SpendLimitOverrides,
  declaredBefore: ReadonlySet<SpendLimitKey>,
): PlannedCall[] {
  const settings = Object.fromEntries(SPEND_LIMIT_KEYS.map(key => [key, {
    desired: desired[key],
    actual: actual[key],
    wasDeclared: declaredBefore.has(key),
    serviceDefault: undefined,
  }])) as Settings<SpendLimitOverrides>;
  const changes = settingsToChange(settings);
  return SPEND_LIMIT_KEYS.filter(key => key in changes).map(key => {
    const limit = changes[key];
    return limit === undefined ? CALLS[key].remove : CALLS[key].set(limit);
  });
}

/** What Delete does: a Delete call for each limit `declared` that is still overridden, nothing else. */
export function planOverrideRemoval(declared: ReadonlySet<SpendLimitKey>, actual: SpendLimitOverrides): PlannedCall[] {
  return planSpendLimits({}, actual, declared);
}
