/**
 * Whether a requested number stays PENDING until its registration is approved, which takes days:
 * US toll-free and 10DLC numbers.
 */
export function isRegistrationGated(isoCountryCode: string, numberType: string): boolean {
  return isoCountryCode === 'US' && (numberType === 'TOLL_FREE' || numberType === 'TEN_DLC');
}
