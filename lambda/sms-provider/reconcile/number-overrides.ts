import type { ProtectConfigurationRuleOverrideAction } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { ClientTokens } from '../idempotency';
import { PlannedStep } from './calls';

export interface NumberOverrideState {
  readonly action: string;
  /** ms since the epoch; undefined: it never expires. */
  readonly expiresAt?: number;
}

/** E.164 number → override. */
export type NumberOverrides = ReadonlyMap<string, NumberOverrideState>;

/**
 * What an update changes on the overrides, each in a fixed order, so that every poll of the same
 * event sees the same work: first the puts (declared now, and not so before), then the removals
 * (declared before and not now). Its items are numbered 0 to `puts.length + removals.length`.
 */
export interface NumberOverrideChange {
  readonly puts: readonly (readonly [string, NumberOverrideState])[];
  readonly removals: readonly string[];
}

/** The declared overrides that have expired by `now`: the service removes those, and the handler does not put them back. */
export function expiredOverrides(desired: NumberOverrides, now: number): string[] {
  return [...desired].filter(([, override]) => hasExpired(override, now)).map(([number]) => number);
}

/**
 * The change from what the previous properties declared to what is declared now: a put for each
 * override that is new or differs (action or expiry, to the second the API keeps), a removal for
 * each one no longer declared. With nothing declared before (a create, a replacement, old
 * properties that do not decode), every declared override is a put and nothing is removed.
 * Overrides declared the same both times are not looked at, nor is what the service has: the
 * change is proportional to what changed, never to the number of overrides.
 */
export function numberOverrideChange(desired: NumberOverrides, declaredBefore: NumberOverrides): NumberOverrideChange {
  const byNumber = (a: readonly [string, unknown], b: readonly [string, unknown]) => a[0].localeCompare(b[0]);
  return {
    puts: [...desired].filter(([number, override]) => !sameOverride(override, declaredBefore.get(number))).sort(byNumber),
    removals: [...declaredBefore.keys()].filter(number => !desired.has(number)).sort(),
  };
}

/** The number of items of a change. */
export function overrideChangeSize(change: NumberOverrideChange): number {
  return change.puts.length + change.removals.length;
}

/**
 * The calls for the items of the change from `done` on: a Put for each override to put
 * (PutProtectConfigurationRuleSetNumberOverride is idempotent, so nothing is read first), then a
 * Delete for each removal (one already gone is done). An override the stack never declared is
 * never in the change, so it is left alone; a declared one that has expired by `now` is neither
 * put back nor removed.
 */
export function planNumberOverrides(protectConfigurationId: string, change: NumberOverrideChange, done: number, now: number,
  clientToken: ClientTokens): PlannedStep[] {
  const ProtectConfigurationId = protectConfigurationId;
  const { puts, removals } = change;
  const steps: PlannedStep[] = [];
  for (let item = done; item < puts.length; item++) {
    const [number, override] = puts[item];
    if (hasExpired(override, now)) continue;
    steps.push({
      call: {
        action: 'PutProtectConfigurationRuleSetNumberOverride',
        input: {
          ProtectConfigurationId,
          DestinationPhoneNumber: number,
          Action: override.action as ProtectConfigurationRuleOverrideAction,
          ...override.expiresAt === undefined ? {} : { ExpirationTimestamp: new Date(override.expiresAt) },
          ClientToken: clientToken('PutProtectConfigurationRuleSetNumberOverride', `${number}|${override.action}|${override.expiresAt ?? ''}`),
        },
      },
      done: item + 1,
    });
  }
  for (let item = Math.max(done, puts.length); item < overrideChangeSize(change); item++) {
    const call: PlannedStep['call'] = {
      action: 'DeleteProtectConfigurationRuleSetNumberOverride',
      input: { ProtectConfigurationId, DestinationPhoneNumber: removals[item - puts.length] },
    };
    steps.push({ call, done: item + 1 });
  }
  return steps;
}

function hasExpired(override: NumberOverrideState, now: number): boolean {
  return override.expiresAt !== undefined && override.expiresAt <= now;
}

function sameOverride(a: NumberOverrideState, b: NumberOverrideState | undefined): boolean {
  const seconds = (ms: number | undefined) => ms === undefined ? undefined : Math.floor(ms / 1000);
  return b !== undefined && a.action === b.action && seconds(a.expiresAt) === seconds(b.expiresAt);
}
