/**
 * The type of a registration form, as DescribeRegistrationTypeDefinitions lists them.
 *
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_DescribeRegistrationTypeDefinitions.html
 */
export class RegistrationType {
  /** Toll-free verification of a US toll-free number, which is associated before the registration is submitted. */
  public static readonly US_TOLL_FREE = new RegistrationType('US_TOLL_FREE_REGISTRATION');

  /** A US 10DLC brand: the company that sends. */
  public static readonly US_TEN_DLC_BRAND = new RegistrationType('US_TEN_DLC_BRAND_REGISTRATION');

  /** Vetting of a US 10DLC brand, for higher throughput; associated with its brand. */
  public static readonly US_TEN_DLC_BRAND_VETTING = new RegistrationType('US_TEN_DLC_BRAND_VETTING', 'US_TEN_DLC_BRAND_REGISTRATION');

  /** A US 10DLC campaign: what a brand sends, and why; associated with its brand, then with its 10DLC numbers once complete. */
  public static readonly US_TEN_DLC_CAMPAIGN = new RegistrationType('US_TEN_DLC_CAMPAIGN_REGISTRATION', 'US_TEN_DLC_BRAND_REGISTRATION');

  /**
   * Any registration type by name, such as a country's sender ID registration.
   */
  public static of(name: string): RegistrationType {
    return new RegistrationType(name);
  }

  /**
   * @param name The registration type, as the API names it.
   * @param associatedRegistrationType The type of registration this one is associated with, when it builds on another.
   */
  private constructor(public readonly name: string, public readonly associatedRegistrationType?: string) {}
}
