/**
 * The custom-resource types the shared provider handles. The handler dispatches on these.
 */
export const ResourceTypes = {
  CONFIGURATION_SET: 'Custom::SmsVoiceConfigurationSet',
} as const;

export type ResourceTypeName = typeof ResourceTypes[keyof typeof ResourceTypes];
