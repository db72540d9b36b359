import { accountSettingsProperties } from './account-settings';
import { configurationSetProperties } from './events';
import { optedOutNumbersProperties, optOutListProperties } from './opt-out-lists';
import { phoneNumberProperties } from './phone-numbers';
import { poolProperties } from './pools';
import { protectConfigurationProperties } from './protect-configurations';
import { registrationAttachmentProperties } from './registration-attachments';
import { registrationProperties } from './registrations';
import { resourcePolicyProperties } from './resource-policies';
import { senderIdProperties } from './sender-ids';
import { verifiedDestinationNumberProperties } from './verified-destination-numbers';
import { RawProperties } from '../../../lambda/sms-provider/events';
import { ACCOUNT_SETTINGS } from '../../../src/wire/account-settings-properties';
import { CONFIGURATION_SET } from '../../../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../../../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../../../src/wire/opted-out-numbers-properties';
import { PHONE_NUMBER } from '../../../src/wire/phone-number-properties';
import { POOL } from '../../../src/wire/pool-properties';
import { PROTECT_CONFIGURATION } from '../../../src/wire/protect-configuration-properties';
import { REGISTRATION_ATTACHMENT } from '../../../src/wire/registration-attachment-properties';
import { REGISTRATION } from '../../../src/wire/registration-properties';
import { RESOURCE_POLICY } from '../../../src/wire/resource-policy-properties';
import { SENDER_ID } from '../../../src/wire/sender-id-properties';
import { VERIFIED_DESTINATION_NUMBER } from '../../../src/wire/verified-destination-number-properties';

/** Valid properties of every resource type the provider handles, as CloudFormation delivers them. */
export const VALID_PROPERTIES: { readonly [resourceType: string]: RawProperties } = {
  [ACCOUNT_SETTINGS.resourceType]: accountSettingsProperties({ text: 1 }),
  [CONFIGURATION_SET.resourceType]: configurationSetProperties({
    name: 'orders', defaultSenderId: 'ORDERS', eventDestinations: [{ name: 'logs', eventTypes: ['ALL'], target: 'logs' }], tags: { team: 'payments' },
  }),
  [OPT_OUT_LIST.resourceType]: optOutListProperties({ name: 'orders', tags: { team: 'payments' } }),
  [OPTED_OUT_NUMBERS.resourceType]: optedOutNumbersProperties({ list: 'orders', numbers: ['+12065550100'] }),
  [PHONE_NUMBER.resourceType]: phoneNumberProperties({ optOutList: 'orders', keywords: [{ keyword: 'PROMO', message: 'Deals' }] }),
  [POOL.resourceType]: poolProperties({ identities: ['phone-0123456789abcdef0123456789abcdef'], keywords: [{ keyword: 'PROMO', message: 'Deals' }] }),
  [PROTECT_CONFIGURATION.resourceType]: protectConfigurationProperties({
    sms: { countries: { US: 'ALLOW' }, others: 'BLOCK' }, overrides: [{ number: '+12065550100', action: 'ALLOW' }], tags: { team: 'payments' },
  }),
  [REGISTRATION_ATTACHMENT.resourceType]: registrationAttachmentProperties(),
  [REGISTRATION.resourceType]: registrationProperties(),
  [RESOURCE_POLICY.resourceType]: resourcePolicyProperties(),
  [SENDER_ID.resourceType]: senderIdProperties(),
  [VERIFIED_DESTINATION_NUMBER.resourceType]: verifiedDestinationNumberProperties(),
};
