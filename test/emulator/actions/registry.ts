import { CONFIGURATION_SET_ACTIONS } from './configuration-sets';
import type { ActionHandler } from './context';
import { EVENT_DESTINATION_ACTIONS } from './event-destinations';
import { KEYWORD_ACTIONS } from './keywords';
import { OPT_OUT_LIST_ACTIONS } from './opt-out-lists';
import { OPTED_OUT_NUMBER_ACTIONS } from './opted-out-numbers';
import { PHONE_NUMBER_ACTIONS } from './phone-numbers';
import { POOL_ASSOCIATION_ACTIONS } from './pool-associations';
import { POOL_ACTIONS } from './pools';
import { PROTECT_CONFIGURATION_ASSOCIATION_ACTIONS } from './protect-configuration-associations';
import { PROTECT_CONFIGURATION_ACTIONS } from './protect-configurations';
import { PROTECT_COUNTRY_RULE_SET_ACTIONS } from './protect-country-rule-sets';
import { PROTECT_NUMBER_OVERRIDE_ACTIONS } from './protect-number-overrides';
import { REGISTRATION_ASSOCIATION_ACTIONS } from './registration-associations';
import { REGISTRATION_ATTACHMENT_ACTIONS } from './registration-attachments';
import { REGISTRATION_DEFINITION_ACTIONS } from './registration-definitions';
import { REGISTRATION_FIELD_VALUE_ACTIONS } from './registration-field-values';
import { REGISTRATION_VERSION_ACTIONS } from './registration-versions';
import { REGISTRATION_ACTIONS } from './registrations';
import { RESOURCE_POLICY_ACTIONS } from './resource-policies';
import { SENDER_ID_ACTIONS } from './sender-ids';
import { SPEND_LIMIT_ACTIONS } from './spend-limits';
import { TAG_ACTIONS } from './tags';
import { VERIFIED_DESTINATION_NUMBER_ACTIONS } from './verified-destination-numbers';

/** Every action the emulator implements. Add a resource's actions here. */
export const ACTIONS: { readonly [action: string]: ActionHandler } = {
  ...CONFIGURATION_SET_ACTIONS,
  ...EVENT_DESTINATION_ACTIONS,
  ...OPT_OUT_LIST_ACTIONS,
  ...OPTED_OUT_NUMBER_ACTIONS,
  ...PHONE_NUMBER_ACTIONS,
  ...SENDER_ID_ACTIONS,
  ...POOL_ACTIONS,
  ...POOL_ASSOCIATION_ACTIONS,
  ...KEYWORD_ACTIONS,
  ...TAG_ACTIONS,
  ...SPEND_LIMIT_ACTIONS,
  ...PROTECT_CONFIGURATION_ACTIONS,
  ...PROTECT_COUNTRY_RULE_SET_ACTIONS,
  ...PROTECT_NUMBER_OVERRIDE_ACTIONS,
  ...PROTECT_CONFIGURATION_ASSOCIATION_ACTIONS,
  ...RESOURCE_POLICY_ACTIONS,
  ...REGISTRATION_ATTACHMENT_ACTIONS,
  ...REGISTRATION_ACTIONS,
  ...REGISTRATION_VERSION_ACTIONS,
  ...REGISTRATION_FIELD_VALUE_ACTIONS,
  ...REGISTRATION_DEFINITION_ACTIONS,
  ...REGISTRATION_ASSOCIATION_ACTIONS,
  ...VERIFIED_DESTINATION_NUMBER_ACTIONS,
};
