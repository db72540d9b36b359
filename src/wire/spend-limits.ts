import type { AccountSettingsResourceProperties } from './account-settings-properties';

/**
 * The account's monthly spend limits that AccountSettings declares, by the property of
 * Custom::SmsVoiceAccountSettings that carries each: the construct property that sets it, the
 * service's SpendLimit name (DescribeSpendLimits) and what it limits, in the order messages list them.
 */
export const SPEND_LIMITS = {
  TextMessageMonthlySpendLimit: { prop: 'textMessageMonthlySpendLimit', name: 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT', what: 'text messages' },
  VoiceMessageMonthlySpendLimit: { prop: 'voiceMessageMonthlySpendLimit', name: 'VOICE_MESSAGE_MONTHLY_SPEND_LIMIT', what: 'voice messages' },
  MediaMessageMonthlySpendLimit: { prop: 'mediaMessageMonthlySpendLimit', name: 'MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT', what: 'media messages' },
} as const satisfies { readonly [K in keyof Required<AccountSettingsResourceProperties>]: SpendLimitInfo };

export interface SpendLimitInfo {
  readonly prop: string;
  readonly name: 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT' | 'VOICE_MESSAGE_MONTHLY_SPEND_LIMIT' | 'MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT';
  readonly what: string;
}

export type SpendLimitKey = keyof typeof SPEND_LIMITS;

export const SPEND_LIMIT_KEYS = Object.keys(SPEND_LIMITS) as SpendLimitKey[];
