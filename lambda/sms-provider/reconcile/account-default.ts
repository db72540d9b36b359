import { PlannedCall } from './calls';
import { NO_PREVIOUS_DEFAULT, PREVIOUS_DEFAULT_TAG } from '../../../src/wire/protect-configuration-properties';

/** What the account default is, as far as one protect configuration's reconcile needs to know. */
export interface AccountDefaultState {
  /** Whether this protect configuration is the account default. */
  readonly isDefault: boolean;
  /** When it is not, and is to become it: the account's default now (its id), or undefined when there is none. */
  readonly current?: string;
  /**
   * When it is, and is to stop being it: the protect configuration to make the default again (the
   * one it replaced, if that still exists), or undefined for none.
   */
  readonly restore?: string;
}

/**
 * The calls that give the account default to this protect configuration, or give it back.
 * - Declared: first remember the current default (a tag on this protect configuration, which
 *   survives between deployments), then SetAccountDefaultProtectConfiguration.
 * - No longer declared, while it still is the default: restore the one it replaced, or none.
 *   Only when the previous properties declared it, and only while it is still the default: one
 *   that another protect configuration took over from is left alone.
 */
export function planAccountDefault(protectConfigurationId: string, arn: string, desired: boolean, declaredBefore: boolean,
  state: AccountDefaultState): PlannedCall[] {
  if (desired && !state.isDefault) {
    return [
      { action: 'TagResource', input: { ResourceArn: arn, Tags: [{ Key: PREVIOUS_DEFAULT_TAG, Value: state.current ?? NO_PREVIOUS_DEFAULT }] } },
      { action: 'SetAccountDefaultProtectConfiguration', input: { ProtectConfigurationId: protectConfigurationId } },
    ];
  }
  if (!desired && declaredBefore && state.isDefault) return restoreAccountDefault(state.restore);
  return [];
}

/** The call that makes `previous` the account default again, or leaves the account with none. */
export function restoreAccountDefault(previous: string | undefined): PlannedCall[] {
  return [previous === undefined
    ? { action: 'DeleteAccountDefaultProtectConfiguration', input: {} }
    : { action: 'SetAccountDefaultProtectConfiguration', input: { ProtectConfigurationId: previous } }];
}
