import type { ProtectConfigurationRuleOverrideAction } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { ClientTokens } from '../idempotency';
import { PlannedCall } from './calls';
import { diffKeyed, valueOf } from './keyed-diff';

export interface NumberOverrideState {
  readonly action: string;
  /** ms since the epoch; undefined: it never expires. */
  readonly expiresAt?: number;
}

/** E.164 number → override. */
export type NumberOverrides = ReadonlyMap<string, NumberOverrideState>;

/** The declared overrides that have expired by `now`: the service removes those, and the handler does not put them back. */
export function expiredOverrides(desired: NumberOverrides, now: number): string[] {
  return [...desired].filter(([, o]) => o.expiresAt !== undefined && o.expiresAt <= now).map(([number]) => number);
}

/**
 * A Put for each declared override that is missing or differs (action or expiry, to the second the
 * API keeps), then a Delete for each override that the previous properties declared and the
 * desired ones do not. An override the stack never declared is never removed, and a declared one
 * that has expired is neither put back nor removed.
 */
export function planNumberOverrides(protectConfigurationId: string, desired: NumberOverrides, actual: NumberOverrides,
  previouslyDeclared: ReadonlySet<string>, now: number, clientToken: ClientTokens): PlannedCall[] {
  const expired = new Set(expiredOverrides(desired, now));
  const live = new Map([...desired].filter(([number]) => !expired.has(number)));
  const diff = diffKeyed(live, actual, new Set([...previouslyDeclared].filter(number => !desired.has(number))), sameOverride);
  const ProtectConfigurationId = protectConfigurationId;
  return [
    ...[...diff.create, ...diff.update].map((number): PlannedCall => {
      const override = valueOf(live, number);
      return {
        action: 'PutProtectConfigurationRuleSetNumberOverride',
        input: {
          ProtectConfigurationId,
          DestinationPhoneNumber: number,
          Action: override.action as ProtectConfigurationRuleOverrideAction,
          ...override.expiresAt === undefined ? {} : { ExpirationTimestamp: new Date(override.expiresAt) },
          ClientToken: clientToken('PutProtectConfigurationRuleSetNumberOverride', `${number}|${override.action}|${override.expiresAt ?? ''}`),
        },
      };
    }),
    ...diff.delete.map((number): PlannedCall => ({
      action: 'DeleteProtectConfigurationRuleSetNumberOverride',
      input: { ProtectConfigurationId, DestinationPhoneNumber: number },
    })),
  ];
}

function sameOverride(a: NumberOverrideState, b: NumberOverrideState): boolean {
  const seconds = (ms: number | undefined) => ms === undefined ? undefined : Math.floor(ms / 1000);
  return a.action === b.action && seconds(a.expiresAt) === seconds(b.expiresAt);
}
