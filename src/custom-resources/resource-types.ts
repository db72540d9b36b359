/**
 * The custom-resource types the shared provider handles. The handler dispatches on these.
 */
export const ResourceTypes = {
  CONFIGURATION_SET: 'Custom::SmsVoiceConfigurationSet',
  OPT_OUT_LIST: 'Custom::SmsVoiceOptOutList',
  PHONE_NUMBER: 'Custom::SmsVoicePhoneNumber',
  SENDER_ID: 'Custom::SmsVoiceSenderId',
  POOL: 'Custom::SmsVoicePool',
} as const;

export type ResourceTypeName = typeof ResourceTypes[keyof typeof ResourceTypes];
