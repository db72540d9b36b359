import type { RequestableNumberType } from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** How a country's phone numbers look, for handing out plausible ones. */
interface NumberingPlan {
  readonly dialingCode: string;
  /** Digits after the dialing code. */
  readonly nationalLength: number;
  /** The national prefix of long codes (and 10DLC and simulator numbers). */
  readonly longCode: string;
  /** The national prefix of toll-free numbers, where the emulator offers them. */
  readonly tollFree?: string;
}

/**
 * The countries whose phone numbers the emulator hands out. Long codes use ranges set aside for
 * fiction or testing where there is one (US 555-01xx is too small, so 206-555).
 */
const PLANS: { readonly [isoCountryCode: string]: NumberingPlan } = {
  US: { dialingCode: '1', nationalLength: 10, longCode: '206555', tollFree: '833555' },
  CA: { dialingCode: '1', nationalLength: 10, longCode: '604555', tollFree: '844555' },
  GB: { dialingCode: '44', nationalLength: 10, longCode: '7700900', tollFree: '800' },
  AU: { dialingCode: '61', nationalLength: 9, longCode: '491570', tollFree: '1800' },
  NZ: { dialingCode: '64', nationalLength: 9, longCode: '2155', tollFree: '800' },
  DE: { dialingCode: '49', nationalLength: 11, longCode: '15510', tollFree: '800' },
  FR: { dialingCode: '33', nationalLength: 9, longCode: '6399', tollFree: '805' },
  ES: { dialingCode: '34', nationalLength: 9, longCode: '6', tollFree: '900' },
  IE: { dialingCode: '353', nationalLength: 9, longCode: '85', tollFree: '1800' },
  JP: { dialingCode: '81', nationalLength: 10, longCode: '90', tollFree: '120' },
  SG: { dialingCode: '65', nationalLength: 8, longCode: '8' },
  IN: { dialingCode: '91', nationalLength: 10, longCode: '9' },
  BR: { dialingCode: '55', nationalLength: 11, longCode: '119' },
  MX: { dialingCode: '52', nationalLength: 10, longCode: '55', tollFree: '800' },
  ZA: { dialingCode: '27', nationalLength: 9, longCode: '71', tollFree: '800' },
};

/** Number types that carriers only deliver from once a registration is complete (US 10DLC and toll-free). */
const REGISTRATION_GATED: { readonly [isoCountryCode: string]: readonly RequestableNumberType[] } = {
  US: ['TEN_DLC', 'TOLL_FREE'],
};

/** Emulator list prices, in US dollars a month. */
const MONTHLY_LEASING_PRICES: { readonly [type in RequestableNumberType]: string } = {
  LONG_CODE: '1.00',
  TEN_DLC: '2.00',
  TOLL_FREE: '2.00',
  SIMULATOR: '0.00',
};

export function supportsCountry(isoCountryCode: string): boolean {
  return isoCountryCode in PLANS;
}

export function supportsTollFree(isoCountryCode: string): boolean {
  return PLANS[isoCountryCode]?.tollFree !== undefined;
}

export function isRegistrationGated(isoCountryCode: string, numberType: RequestableNumberType): boolean {
  return REGISTRATION_GATED[isoCountryCode]?.includes(numberType) ?? false;
}

export function monthlyLeasingPriceOf(numberType: RequestableNumberType): string {
  return MONTHLY_LEASING_PRICES[numberType];
}

/** The E.164 number of the `sequence`-th number handed out in a country (the country must be supported). */
export function e164Of(isoCountryCode: string, numberType: RequestableNumberType, sequence: number): string {
  const plan = PLANS[isoCountryCode];
  const prefix = numberType === 'TOLL_FREE' ? plan.tollFree! : plan.longCode;
  const subscriberLength = plan.nationalLength - prefix.length;
  const subscriber = String(sequence % 10 ** subscriberLength).padStart(subscriberLength, '0');
  return `+${plan.dialingCode}${prefix}${subscriber}`;
}

/**
 * The country of an E.164 number, for the countries of the table: the plan whose dialing code and
 * national prefix the number starts with, else the first plan with its dialing code (US for +1);
 * undefined for any other number.
 */
export function countryOfNumber(e164: string): string | undefined {
  const plans = Object.entries(PLANS);
  const byPrefix = plans.find(([, plan]) => [plan.longCode, plan.tollFree].some(prefix => prefix !== undefined
    && e164.startsWith(`+${plan.dialingCode}${prefix}`)));
  return (byPrefix ?? plans.find(([, plan]) => e164.startsWith(`+${plan.dialingCode}`)))?.[0];
}
