import { WireContract } from './resource-contract';
import { fields } from './schema';
import { accountSettingsViolations } from './validate-account-settings';

/**
 * The properties of a Custom::SmsVoiceAccountSettings: the account's monthly spend-limit overrides
 * in its region, in whole US dollars. Physical id: `account-settings:<account>:<region>`, one per
 * account and region. A limit left out has no override from the stack: the handler deletes the
 * override only when the previous properties declared it, and Delete deletes exactly the declared ones.
 */
export interface AccountSettingsResourceProperties {
  /** Set with SetTextMessageSpendLimitOverride. */
  readonly TextMessageMonthlySpendLimit?: number;
  /** Set with SetVoiceMessageSpendLimitOverride. */
  readonly VoiceMessageMonthlySpendLimit?: number;
  /** Set with SetMediaMessageSpendLimitOverride. */
  readonly MediaMessageMonthlySpendLimit?: number;
}

export const ACCOUNT_SETTINGS: WireContract<AccountSettingsResourceProperties> = {
  resourceType: 'Custom::SmsVoiceAccountSettings',
  noun: 'account settings',
  schemaVersions: ['1'],
  schema: {
    TextMessageMonthlySpendLimit: fields.optionalNumber,
    VoiceMessageMonthlySpendLimit: fields.optionalNumber,
    MediaMessageMonthlySpendLimit: fields.optionalNumber,
  },
  createOnly: {},
  /** The limits the service enforces once the resource converged (whole US dollars, as strings), declared or not: named as the properties. */
  attributes: {
    TextMessageMonthlySpendLimit: 'TextMessageMonthlySpendLimit',
    VoiceMessageMonthlySpendLimit: 'VoiceMessageMonthlySpendLimit',
    MediaMessageMonthlySpendLimit: 'MediaMessageMonthlySpendLimit',
  },
  violations: accountSettingsViolations,
};
