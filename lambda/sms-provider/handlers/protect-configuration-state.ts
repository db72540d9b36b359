import {
  DescribeProtectConfigurationsCommand,
  GetProtectConfigurationCountryRuleSetCommand,
  ProtectConfigurationInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { NO_PREVIOUS_DEFAULT, PREVIOUS_DEFAULT_TAG, ProtectCapability } from '../../../src/wire/protect-configuration-properties';
import { SmsClient } from '../client';
import { describeOne, readTags } from './shared-reads';
import { AccountDefaultState } from '../reconcile/account-default';
import { CountryStatuses } from '../reconcile/country-rule-sets';

/** A protect configuration as the service has it, with what the declared properties need read. */
export interface ProtectConfigurationActual {
  readonly arn: string;
  readonly id: string;
  readonly deletionProtectionEnabled: boolean;
  readonly accountDefault: AccountDefaultState;
  /** The rule sets of the capabilities that were read. */
  readonly countryRuleSets: ReadonlyMap<ProtectCapability, CountryStatuses>;
}

/** What to read besides the protect configuration itself (never its number overrides: the change says what to put and delete). */
export interface ProtectConfigurationReads {
  readonly capabilities: readonly ProtectCapability[];
  /** Whether the account default is to be taken (read the current one) or given back (read the one to restore). */
  readonly accountDefault?: 'take' | 'give back';
}

/** The protect configuration with this id, or undefined when there is none. */
export async function describeProtectConfiguration(client: SmsClient, id: string): Promise<ProtectConfigurationInformation | undefined> {
  const describe = new DescribeProtectConfigurationsCommand({ ProtectConfigurationIds: [id] });
  return describeOne(async () => (await client.send(describe)).ProtectConfigurations, info => info.ProtectConfigurationId === id);
}

/** Everything the handler reconciles, read from the service; undefined when it is gone. */
export async function readProtectConfiguration(client: SmsClient, id: string,
  reads: (info: ProtectConfigurationInformation) => ProtectConfigurationReads): Promise<ProtectConfigurationActual | undefined> {
  const info = await describeProtectConfiguration(client, id);
  if (!info?.ProtectConfigurationArn) return undefined;
  const arn = info.ProtectConfigurationArn;
  const wanted = reads(info);
  const countryRuleSets = new Map<ProtectCapability, CountryStatuses>();
  for (const capability of wanted.capabilities) countryRuleSets.set(capability, await readCountryRuleSet(client, id, capability));
  const isDefault = info.AccountDefault ?? false;
  return {
    arn,
    id,
    deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
    accountDefault: {
      isDefault,
      ...wanted.accountDefault === 'take' ? { current: await currentAccountDefault(client) } : {},
      ...wanted.accountDefault === 'give back' ? { restore: await defaultToRestore(client, arn, id) } : {},
    },
    countryRuleSets,
  };
}

async function readCountryRuleSet(client: SmsClient, id: string, capability: ProtectCapability): Promise<CountryStatuses> {
  const get = new GetProtectConfigurationCountryRuleSetCommand({ ProtectConfigurationId: id, NumberCapability: capability });
  const { CountryRuleSet } = await client.send(get);
  return new Map(Object.entries(CountryRuleSet ?? {}).map(([country, rule]) => [country, rule.ProtectStatus ?? '']));
}

/** The id of the account's default protect configuration, or undefined when there is none. */
export async function currentAccountDefault(client: SmsClient): Promise<string | undefined> {
  const { ProtectConfigurations } = await client.send(new DescribeProtectConfigurationsCommand({
    Filters: [{ Name: 'account-default', Values: ['true'] }],
  }));
  return ProtectConfigurations?.find(p => p.AccountDefault)?.ProtectConfigurationId;
}

/**
 * The protect configuration to make the account default again when this one (`arn`) gives it up:
 * the one its tag remembers, if that still exists; else undefined, for none.
 */
export async function defaultToRestore(client: SmsClient, arn: string, id: string): Promise<string | undefined> {
  const remembered = (await readTags(client, arn)).get(PREVIOUS_DEFAULT_TAG);
  if (remembered === undefined || remembered === NO_PREVIOUS_DEFAULT || remembered === id) return undefined;
  return (await describeProtectConfiguration(client, remembered))?.ProtectConfigurationId;
}
