import {
  DescribeProtectConfigurationsCommand,
  GetProtectConfigurationCountryRuleSetCommand,
  ListProtectConfigurationRuleSetNumberOverridesCommand,
  PinpointSMSVoiceV2Client,
  ProtectConfigurationInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { readTags, tagProperties } from './phone-numbers';
import { RawProperties } from '../../../lambda/sms-provider/events';
import { ISO_COUNTRY_CODES } from '../../../src/wire/iso-country-codes';
import { PREVIOUS_DEFAULT_TAG } from '../../../src/wire/protect-configuration-properties';

export const PROTECT_ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/';

/** One capability's rule set: these countries, and `others` for every other country. */
export interface RuleSetOptions {
  readonly countries?: { readonly [code: string]: string };
  readonly others?: string;
}

export interface OverrideOptions {
  readonly number: string;
  readonly action: 'ALLOW' | 'BLOCK';
  /** ISO 8601 UTC. */
  readonly expiresAt?: string;
}

export interface ProtectConfigurationOptions {
  readonly sms?: RuleSetOptions;
  readonly voice?: RuleSetOptions;
  readonly mms?: RuleSetOptions;
  readonly overrides?: readonly OverrideOptions[];
  readonly accountDefault?: boolean;
  readonly deletionProtection?: boolean;
  readonly tags?: { readonly [key: string]: string };
  readonly withoutSchemaVersion?: boolean;
}

function ruleSetProperties(options: RuleSetOptions): RawProperties {
  return {
    ...options.countries
      ? { Countries: Object.entries(options.countries).map(([IsoCountryCode, ProtectStatus]) => ({ IsoCountryCode, ProtectStatus })) }
      : {},
    ...options.others ? { OtherCountries: options.others } : {},
  };
}

/** The properties of a Custom::SmsVoiceProtectConfiguration as CloudFormation delivers them: booleans as strings. */
export function protectConfigurationProperties(options: ProtectConfigurationOptions = {}): RawProperties {
  const ruleSets = Object.entries({ SMS: options.sms, VOICE: options.voice, MMS: options.mms }).filter(([, r]) => r !== undefined);
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    ...ruleSets.length > 0 ? { CountryRuleSets: Object.fromEntries(ruleSets.map(([c, r]) => [c, ruleSetProperties(r!)])) } : {},
    ...options.overrides ? {
      NumberOverrides: options.overrides.map(o => ({
        DestinationPhoneNumber: o.number, Action: o.action, ...o.expiresAt ? { ExpirationTimestamp: o.expiresAt } : {},
      })),
    } : {},
    AccountDefault: String(options.accountDefault ?? false),
    DeletionProtectionEnabled: String(options.deletionProtection ?? false),
    ...options.tags ? { Tags: tagProperties(options.tags) } : {},
  };
}

/**
 * A protect configuration as a test compares it: per capability, the countries that are not ALLOW
 * (the service default); overrides as `ACTION` or `ACTION until <ISO time>`; the tags the stack
 * sees (the handler's own tag apart, in `previousDefault`).
 */
export interface ProtectConfigurationView {
  readonly sms: { readonly [code: string]: string };
  readonly voice: { readonly [code: string]: string };
  readonly mms: { readonly [code: string]: string };
  readonly overrides: { readonly [number: string]: string };
  readonly accountDefault: boolean;
  readonly deletionProtection: boolean;
  readonly tags: { readonly [key: string]: string };
}

export async function describeProtectConfiguration(client: PinpointSMSVoiceV2Client, id: string):
Promise<ProtectConfigurationInformation | undefined> {
  try {
    return (await client.send(new DescribeProtectConfigurationsCommand({ ProtectConfigurationIds: [id] }))).ProtectConfigurations?.[0];
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

/** Per capability, the countries whose status is not ALLOW. */
export async function readRuleSet(client: PinpointSMSVoiceV2Client, id: string, capability: 'SMS' | 'VOICE' | 'MMS'): Promise<{ [code: string]: string }> {
  const get = new GetProtectConfigurationCountryRuleSetCommand({ ProtectConfigurationId: id, NumberCapability: capability });
  const { CountryRuleSet } = await client.send(get);
  return Object.fromEntries(Object.entries(CountryRuleSet!).filter(([, r]) => r.ProtectStatus !== 'ALLOW').map(([code, r]) => [code, r.ProtectStatus!]));
}

/** What the service has for the protect configuration a physical id names; undefined when there is none. */
export async function readProtectConfiguration(client: PinpointSMSVoiceV2Client, arn: string): Promise<ProtectConfigurationView | undefined> {
  const id = arn.slice(arn.lastIndexOf('/') + 1);
  const info = await describeProtectConfiguration(client, id);
  if (!info) return undefined;
  const overrides: { [number: string]: string } = {};
  let NextToken: string | undefined;
  do {
    const page = await client.send(new ListProtectConfigurationRuleSetNumberOverridesCommand({ ProtectConfigurationId: id, NextToken }));
    for (const o of page.RuleSetNumberOverrides ?? []) {
      overrides[o.DestinationPhoneNumber!] = o.ExpirationTimestamp ? `${o.Action} until ${o.ExpirationTimestamp.toISOString()}` : o.Action!;
    }
    NextToken = page.NextToken;
  } while (NextToken);
  const { [PREVIOUS_DEFAULT_TAG]: _handlerOwned, ...tags } = await readTags(client, arn);
  return {
    sms: await readRuleSet(client, id, 'SMS'),
    voice: await readRuleSet(client, id, 'VOICE'),
    mms: await readRuleSet(client, id, 'MMS'),
    overrides,
    accountDefault: info.AccountDefault!,
    deletionProtection: info.DeletionProtectionEnabled!,
    tags,
  };
}

function expectedRuleSet(options: RuleSetOptions | undefined): { [code: string]: string } {
  const statuses = [...ISO_COUNTRY_CODES].map(code => [code, options?.countries?.[code] ?? options?.others ?? 'ALLOW']);
  return Object.fromEntries(statuses.filter(([, status]) => status !== 'ALLOW'));
}

/** What reading back must show for these options, on a protect configuration never changed outside the stack. */
export function expectedProtectConfiguration(options: ProtectConfigurationOptions): ProtectConfigurationView {
  return {
    sms: expectedRuleSet(options.sms),
    voice: expectedRuleSet(options.voice),
    mms: expectedRuleSet(options.mms),
    overrides: Object.fromEntries((options.overrides ?? []).map(o => [o.number, o.expiresAt ? `${o.action} until ${o.expiresAt}` : o.action])),
    accountDefault: options.accountDefault ?? false,
    deletionProtection: options.deletionProtection ?? false,
    tags: { ...options.tags },
  };
}

/** The id of the account's default protect configuration, or undefined when there is none. */
export async function accountDefault(client: PinpointSMSVoiceV2Client): Promise<string | undefined> {
  const { ProtectConfigurations } = await client.send(new DescribeProtectConfigurationsCommand({ Filters: [{ Name: 'account-default', Values: ['true'] }] }));
  return ProtectConfigurations?.[0]?.ProtectConfigurationId;
}
