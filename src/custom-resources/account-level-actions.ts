const SPEND_LIMIT = 'a spend limit belongs to the account and region, not to a resource';
const DEFINITIONS = 'registration type, section and field definitions are the service\'s, not resources of the account';

/**
 * The SMS v2 actions the handler calls that take no resource, so that IAM allows them only on
 * `*`, each with the reason. The handler role grants no other action on `*`.
 */
export const ACCOUNT_LEVEL_ACTIONS: { readonly [action: string]: string } = {
  DescribeSpendLimits: SPEND_LIMIT,
  SetTextMessageSpendLimitOverride: SPEND_LIMIT,
  DeleteTextMessageSpendLimitOverride: SPEND_LIMIT,
  SetVoiceMessageSpendLimitOverride: SPEND_LIMIT,
  DeleteVoiceMessageSpendLimitOverride: SPEND_LIMIT,
  SetMediaMessageSpendLimitOverride: SPEND_LIMIT,
  DeleteMediaMessageSpendLimitOverride: SPEND_LIMIT,
  DeleteAccountDefaultProtectConfiguration: 'the account default is a setting of the account and region; the call names no protect configuration',
  DescribeRegistrationTypeDefinitions: DEFINITIONS,
  DescribeRegistrationSectionDefinitions: DEFINITIONS,
  DescribeRegistrationFieldDefinitions: DEFINITIONS,
};
