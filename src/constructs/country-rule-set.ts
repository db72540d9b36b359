import { Token } from 'aws-cdk-lib';
import { CountryRuleSetResourceProperties } from '../wire/protect-configuration-properties';
import { checkCountryCodes } from '../wire/validate-protect-configuration';
import { Violations } from '../wire/violations';

/**
 * What a protect configuration does with messages to a destination country.
 *
 * @see https://docs.aws.amazon.com/sms-voice/latest/userguide/filter-and-monitor-messages.html
 */
export enum ProtectStatus {
  /** Send messages to the country. What every country has in a new protect configuration. */
  ALLOW = 'ALLOW',
  /** Send no messages to the country. */
  BLOCK = 'BLOCK',
  /** Send messages, and report the ones the AIT risk model would block in metrics and events (SMS only; charged). */
  MONITOR = 'MONITOR',
  /** Send messages, but block the ones the AIT risk model suspects as artificially inflated traffic (SMS only; charged). */
  FILTER = 'FILTER',
}

/**
 * The country rules of one number capability (SMS, voice or MMS) of a protect configuration: the
 * status of each ISO 3166-1 alpha-2 country code it lists, and optionally of every other country.
 *
 * Countries it does not declare are left as they are. A country removed from it later goes back
 * to the service default, ALLOW.
 */
export class CountryRuleSet {
  /**
   * Allows only these countries: every other country of the capability is blocked.
   *
   * @param isoCountryCodes ISO 3166-1 alpha-2 codes, such as `['US', 'CA']`
   */
  public static allowOnly(isoCountryCodes: string[]): CountryRuleSet {
    return new CountryRuleSet(new Map(checked(isoCountryCodes).map(code => [code, ProtectStatus.ALLOW])), ProtectStatus.BLOCK);
  }

  /**
   * Blocks these countries, and changes no other.
   *
   * @param isoCountryCodes ISO 3166-1 alpha-2 codes
   */
  public static block(isoCountryCodes: string[]): CountryRuleSet {
    return new CountryRuleSet(new Map(checked(isoCountryCodes).map(code => [code, ProtectStatus.BLOCK])));
  }

  /**
   * The status of each of these countries, and optionally of every other country.
   *
   * @param statuses ISO 3166-1 alpha-2 code → status, such as `{ US: ProtectStatus.ALLOW, NG: ProtectStatus.FILTER }`
   * @param otherCountries the status of every country `statuses` does not list; by default, those are left as they are
   */
  public static of(statuses: { [isoCountryCode: string]: ProtectStatus }, otherCountries?: ProtectStatus): CountryRuleSet {
    checked(Object.keys(statuses));
    return new CountryRuleSet(new Map(Object.entries(statuses)), otherCountries);
  }

  private constructor(private readonly statuses: ReadonlyMap<string, ProtectStatus>, private readonly otherCountries?: ProtectStatus) {}

  /**
   * The rule set as the custom resource carries it.
   *
   * @internal
   */
  public _render(): CountryRuleSetResourceProperties {
    return {
      Countries: [...this.statuses].map(([code, status]) => ({ IsoCountryCode: code, ProtectStatus: status })),
      OtherCountries: this.otherCountries,
    };
  }
}

/** The codes, once checked: assigned ISO 3166-1 alpha-2 codes, each once (tokens are not checked). */
function checked(codes: string[]): string[] {
  checkCountryCodes(new Violations(Token.isUnresolved), 'isoCountryCodes', codes).throwIfAny('CountryRuleSet');
  return codes;
}

/**
 * The country rule sets of a protect configuration, one per number capability. A capability left
 * out is not managed: its countries stay as they are.
 */
export interface CountryRuleSets {
  /**
   * The rules for text messages.
   *
   * @default - not managed
   */
  readonly sms?: CountryRuleSet;

  /**
   * The rules for voice messages (ALLOW and BLOCK only).
   *
   * @default - not managed
   */
  readonly voice?: CountryRuleSet;

  /**
   * The rules for media messages (ALLOW and BLOCK only).
   *
   * @default - not managed
   */
  readonly mms?: CountryRuleSet;
}
