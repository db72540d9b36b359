import type { ProtectStatus } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { ISO_COUNTRY_CODES } from '../../src/wire/iso-country-codes';
import { PROTECT_CAPABILITIES } from '../../src/wire/protect-configuration-properties';
import { SERVICE_DEFAULT_PROTECT_STATUS } from '../../src/wire/validate-protect-configuration';

/**
 * The countries of each capability's country rule set. The reference points every capability to
 * the list of supported countries; the emulator lists every assigned ISO 3166-1 alpha-2 code (249,
 * within the map's 300) for SMS, VOICE and MMS alike.
 */
export const PROTECT_COUNTRIES: { readonly [capability: string]: readonly string[] } = Object.fromEntries(
  PROTECT_CAPABILITIES.map(capability => [capability, [...ISO_COUNTRY_CODES].sort()]));

/** The rule sets of a new protect configuration: every country of every capability ALLOW, as the reference says. */
export function newCountryRuleSets(): Map<string, Map<string, ProtectStatus>> {
  return new Map(PROTECT_CAPABILITIES.map(capability => [capability,
    new Map(PROTECT_COUNTRIES[capability].map(code => [code, SERVICE_DEFAULT_PROTECT_STATUS as ProtectStatus]))]));
}
