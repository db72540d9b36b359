import { EMULATOR_SENDER_ID_REGISTRATION } from './emulator-sender-id';
import type { RegistrationTypeDefinitions } from './fields';
import { US_TEN_DLC_BRAND_REGISTRATION } from './us-ten-dlc-brand';
import { US_TEN_DLC_CAMPAIGN_REGISTRATION } from './us-ten-dlc-campaign';
import { US_TOLL_FREE_REGISTRATION } from './us-toll-free';

export type { RegistrationTypeDefinitions } from './fields';
export { EMULATOR_SENDER_ID_REGISTRATION, US_TEN_DLC_BRAND_REGISTRATION, US_TEN_DLC_CAMPAIGN_REGISTRATION, US_TOLL_FREE_REGISTRATION };

/** The registration types the emulator ships, by type name. */
export const REGISTRATION_TYPES: { readonly [registrationType: string]: RegistrationTypeDefinitions } = {
  US_TOLL_FREE_REGISTRATION,
  US_TEN_DLC_BRAND_REGISTRATION,
  US_TEN_DLC_CAMPAIGN_REGISTRATION,
  EMULATOR_SENDER_ID_REGISTRATION,
};
