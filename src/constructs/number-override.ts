/**
 * A rule for one destination phone number of a protect configuration, which overrides the rule of
 * its country.
 *
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_PutProtectConfigurationRuleSetNumberOverride.html
 */
export interface NumberOverride {
  /** The destination number, in E.164 format (`+12065550100`). */
  readonly destinationPhoneNumber: string;

  /** Whether messages to the number are allowed or blocked. */
  readonly action: NumberOverrideAction;

  /**
   * When the override expires. It must be in the future at synth; once it has passed, the service
   * removes the override, and later deployments do not put it back.
   *
   * @default - it never expires
   */
  readonly expiresAt?: Date;
}

/**
 * What a number override does with messages to its destination number, whatever its country's rule.
 */
export enum NumberOverrideAction {
  /** Send messages to the number, even if its country is blocked. */
  ALLOW = 'ALLOW',
  /** Send no messages to the number. */
  BLOCK = 'BLOCK',
}
