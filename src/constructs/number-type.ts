/**
 * The type of an origination phone number.
 */
export enum NumberType {
  /** A standard 10-digit number in most countries. */
  LONG_CODE = 'LONG_CODE',
  /** A toll-free number (US, Canada). */
  TOLL_FREE = 'TOLL_FREE',
  /** A 10DLC number (US), tied to a registered campaign. */
  TEN_DLC = 'TEN_DLC',
  /** A simulator number, to test sending without reaching real phones. */
  SIMULATOR = 'SIMULATOR',
  /**
   * A short code. Short codes are provisioned through an AWS Support case, not requested: use
   * `PhoneNumber.fromPhoneNumberId` to use one. Requesting one fails at synth.
   */
  SHORT_CODE = 'SHORT_CODE',
}

/**
 * What a phone number can be used for.
 */
export enum NumberCapability {
  /** Text messages. */
  SMS = 'SMS',
  /** Voice messages. */
  VOICE = 'VOICE',
  /** Media (MMS) messages. */
  MMS = 'MMS',
}
