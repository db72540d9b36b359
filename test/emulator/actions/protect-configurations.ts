import type {
  CreateProtectConfigurationRequest,
  CreateProtectConfigurationResult,
  DeleteAccountDefaultProtectConfigurationRequest,
  DeleteAccountDefaultProtectConfigurationResult,
  DeleteProtectConfigurationRequest,
  DeleteProtectConfigurationResult,
  DescribeProtectConfigurationsRequest,
  DescribeProtectConfigurationsResult,
  ProtectConfigurationFilterName,
  ProtectConfigurationInformation,
  SetAccountDefaultProtectConfigurationRequest,
  SetAccountDefaultProtectConfigurationResult,
  UpdateProtectConfigurationRequest,
  UpdateProtectConfigurationResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf } from '../arns';
import { conflict, notFound, quotaExceeded } from '../errors';
import { generatedId } from '../ids';
import { newCountryRuleSets } from '../protect-countries';
import type { ProtectConfigurationRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, flag } from './filters';
import { requireUnprotected } from './lifecycle';
import { lookup } from './lookup';
import { addTags, tagListOf } from './tags';

/** The protect configuration an id or ARN names; ResourceNotFoundException if there is none. */
export function findProtectConfiguration(context: ActionContext, idOrArn: string): ProtectConfigurationRecord {
  return lookup(context, context.state.protectConfigurations, 'protect-configuration', idOrArn);
}

function isAccountDefault(context: ActionContext, record: ProtectConfigurationRecord): boolean {
  return context.state.accountDefaultProtectConfigurationId === record.id;
}

function protectConfigurationInformation(context: ActionContext, record: ProtectConfigurationRecord): Wire<ProtectConfigurationInformation> {
  return {
    ProtectConfigurationArn: record.arn,
    ProtectConfigurationId: record.id,
    CreatedTimestamp: epochSeconds(record.createdAt),
    AccountDefault: isAccountDefault(context, record),
    DeletionProtectionEnabled: record.deletionProtectionEnabled,
  };
}

/** A new protect configuration: every country of every capability ALLOW, as the reference says. */
const createProtectConfiguration: ActionHandler<CreateProtectConfigurationRequest, Wire<CreateProtectConfigurationResult>> = (input, context) => {
  const table = context.state.protectConfigurations;
  if (table.size >= context.limits.protectConfigurationsPerAccount) {
    throw quotaExceeded('PROTECT_CONFIGURATIONS_PER_ACCOUNT', context.limits.protectConfigurationsPerAccount);
  }
  const id = generatedId('protect');
  const record: ProtectConfigurationRecord = {
    id,
    arn: arnOf(context.scope, 'protect-configuration', id),
    createdAt: context.now(),
    tags: new Map(),
    deletionProtectionEnabled: input.DeletionProtectionEnabled ?? false,
    countryRuleSets: newCountryRuleSets(),
    numberOverrides: new Map(),
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  table.set(id, record);
  return { ...protectConfigurationInformation(context, record), Tags: tagListOf(record) };
};

type DescribeHandler = ActionHandler<DescribeProtectConfigurationsRequest, Wire<DescribeProtectConfigurationsResult>>;

const describeProtectConfigurations: DescribeHandler = (input, context) => {
  const filterValues: FilterValues<ProtectConfigurationRecord, ProtectConfigurationFilterName> = {
    'account-default': r => flag(isAccountDefault(context, r)),
    'deletion-protection-enabled': r => flag(r.deletionProtectionEnabled),
  };
  const page = describePage(input, {
    byName: { member: 'ProtectConfigurationIds', names: input.ProtectConfigurationIds, find: id => findProtectConfiguration(context, id) },
    all: () => context.state.protectConfigurations.values(),
    filterValues,
    keyOf: r => r.id,
  });
  return { ProtectConfigurations: page.items.map(r => protectConfigurationInformation(context, r)), NextToken: page.nextToken };
};

const updateProtectConfiguration: ActionHandler<UpdateProtectConfigurationRequest, Wire<UpdateProtectConfigurationResult>> = (input, context) => {
  const record = findProtectConfiguration(context, input.ProtectConfigurationId!);
  if (input.DeletionProtectionEnabled !== undefined) record.deletionProtectionEnabled = input.DeletionProtectionEnabled;
  return protectConfigurationInformation(context, record);
};

/** The configuration sets that a protect configuration is associated with. */
function configurationSetsOf(context: ActionContext, record: ProtectConfigurationRecord): string[] {
  return [...context.state.configurationSets.values()].filter(set => set.protectConfigurationId === record.id).map(set => set.name);
}

/** The reference: deletion protection disabled, not the account default, not associated with a configuration set. */
const deleteProtectConfiguration: ActionHandler<DeleteProtectConfigurationRequest, Wire<DeleteProtectConfigurationResult>> = (input, context) => {
  const record = findProtectConfiguration(context, input.ProtectConfigurationId!);
  requireUnprotected(record, 'protect-configuration', record.id);
  if (isAccountDefault(context, record)) {
    throw conflict('PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT', 'protect-configuration', record.id,
      `The protect configuration ${record.id} is the account default protect configuration.`);
  }
  const sets = configurationSetsOf(context, record);
  if (sets.length > 0) {
    throw conflict('PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET', 'protect-configuration', record.id,
      `The protect configuration ${record.id} is associated with the configuration sets ${sets.join(', ')}.`);
  }
  context.state.protectConfigurations.delete(record.id);
  return protectConfigurationInformation(context, record);
};

type SetDefaultHandler = ActionHandler<SetAccountDefaultProtectConfigurationRequest, Wire<SetAccountDefaultProtectConfigurationResult>>;

/** Replaces the account default, if there is one. */
const setAccountDefaultProtectConfiguration: SetDefaultHandler = (input, context) => {
  const record = findProtectConfiguration(context, input.ProtectConfigurationId!);
  context.state.accountDefaultProtectConfigurationId = record.id;
  return { DefaultProtectConfigurationArn: record.arn, DefaultProtectConfigurationId: record.id };
};

type DeleteDefaultHandler = ActionHandler<DeleteAccountDefaultProtectConfigurationRequest, Wire<DeleteAccountDefaultProtectConfigurationResult>>;

/** ResourceNotFoundException when the account has no default. */
const deleteAccountDefaultProtectConfiguration: DeleteDefaultHandler = (_input, context) => {
  const id = context.state.accountDefaultProtectConfigurationId;
  const record = id === undefined ? undefined : context.state.protectConfigurations.get(id);
  if (!record) throw notFound('protect-configuration', 'account-default');
  context.state.accountDefaultProtectConfigurationId = undefined;
  return { DefaultProtectConfigurationArn: record.arn, DefaultProtectConfigurationId: record.id };
};

export const PROTECT_CONFIGURATION_ACTIONS = {
  CreateProtectConfiguration: createProtectConfiguration,
  DescribeProtectConfigurations: describeProtectConfigurations,
  UpdateProtectConfiguration: updateProtectConfiguration,
  DeleteProtectConfiguration: deleteProtectConfiguration,
  SetAccountDefaultProtectConfiguration: setAccountDefaultProtectConfiguration,
  DeleteAccountDefaultProtectConfiguration: deleteAccountDefaultProtectConfiguration,
};
