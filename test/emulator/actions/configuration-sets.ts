import type {
  ConfigurationSetFilter,
  ConfigurationSetFilterName,
  ConfigurationSetInformation,
  CreateConfigurationSetRequest,
  CreateConfigurationSetResult,
  DeleteConfigurationSetRequest,
  DeleteConfigurationSetResult,
  DeleteDefaultMessageTypeRequest,
  DeleteDefaultMessageTypeResult,
  DeleteDefaultSenderIdRequest,
  DeleteDefaultSenderIdResult,
  DescribeConfigurationSetsRequest,
  DescribeConfigurationSetsResult,
  SetDefaultMessageFeedbackEnabledRequest,
  SetDefaultMessageFeedbackEnabledResult,
  SetDefaultMessageTypeRequest,
  SetDefaultMessageTypeResult,
  SetDefaultSenderIdRequest,
  SetDefaultSenderIdResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf, idFromNameOrArn } from '../arns';
import { alreadyExists, notFound, quotaExceeded } from '../errors';
import { paginate } from '../pagination';
import type { ConfigurationSetRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { addTags, tagListOf } from './tags';

/** The configuration set a name or ARN names; ResourceNotFoundException if there is none. */
export function findConfigurationSet(context: ActionContext, nameOrArn: string): ConfigurationSetRecord {
  const name = idFromNameOrArn(context.scope, 'configuration-set', nameOrArn);
  const record = name === undefined ? undefined : context.state.configurationSets.get(name);
  if (!record) throw notFound('configuration-set', nameOrArn);
  return record;
}

export function configurationSetInformation(record: ConfigurationSetRecord): Wire<ConfigurationSetInformation> {
  return {
    ConfigurationSetArn: record.arn,
    ConfigurationSetName: record.name,
    EventDestinations: structuredClone(record.eventDestinations),
    DefaultMessageType: record.defaultMessageType,
    DefaultSenderId: record.defaultSenderId,
    DefaultMessageFeedbackEnabled: record.defaultMessageFeedbackEnabled,
    CreatedTimestamp: epochSeconds(record.createdAt),
    ProtectConfigurationId: record.protectConfigurationId,
  };
}

const createConfigurationSet: ActionHandler<CreateConfigurationSetRequest, Wire<CreateConfigurationSetResult>> = (input, context) => {
  const name = input.ConfigurationSetName!;
  const table = context.state.configurationSets;
  if (table.has(name)) throw alreadyExists('configuration-set', name);
  if (table.size >= context.limits.configurationSetsPerAccount) {
    throw quotaExceeded('CONFIGURATION_SETS_PER_ACCOUNT', context.limits.configurationSetsPerAccount);
  }
  const record: ConfigurationSetRecord = {
    name,
    arn: arnOf(context.scope, 'configuration-set', name),
    createdAt: context.now(),
    tags: new Map(),
    eventDestinations: [],
    defaultMessageFeedbackEnabled: false,
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  table.set(name, record);
  return {
    ConfigurationSetArn: record.arn,
    ConfigurationSetName: record.name,
    Tags: tagListOf(record),
    CreatedTimestamp: epochSeconds(record.createdAt),
  };
};

/** The values of a configuration set that each filter name looks at. */
const FILTER_VALUES: { readonly [name in ConfigurationSetFilterName]: (record: ConfigurationSetRecord) => readonly string[] } = {
  'event-destination-name': r => r.eventDestinations.map(d => d.EventDestinationName!),
  'matching-event-types': r => r.eventDestinations.flatMap(d => d.MatchingEventTypes ?? []),
  'default-message-type': r => (r.defaultMessageType ? [r.defaultMessageType] : []),
  'default-sender-id': r => (r.defaultSenderId ? [r.defaultSenderId] : []),
  'default-message-feedback-enabled': r => [String(r.defaultMessageFeedbackEnabled)],
  'protect-configuration-id': r => (r.protectConfigurationId ? [r.protectConfigurationId] : []),
};

/** Every filter matches (AND); a filter matches when the set has any of its values (OR). */
function matchesFilters(record: ConfigurationSetRecord, filters: readonly ConfigurationSetFilter[]): boolean {
  return filters.every(filter => {
    const values = FILTER_VALUES[filter.Name!](record);
    return filter.Values!.some(v => values.includes(v));
  });
}

const describeConfigurationSets: ActionHandler<DescribeConfigurationSetsRequest, Wire<DescribeConfigurationSetsResult>> = (input, context) => {
  const named = input.ConfigurationSetNames ?? [];
  const selected = named.length > 0
    ? [...new Set(named.map(n => findConfigurationSet(context, n)))]
    : [...context.state.configurationSets.values()];
  const matching = selected.filter(r => matchesFilters(r, input.Filters ?? []));
  const page = paginate(matching, r => r.name, input.NextToken, input.MaxResults);
  return {
    ConfigurationSets: page.items.map(configurationSetInformation),
    NextToken: page.nextToken,
  };
};

const deleteConfigurationSet: ActionHandler<DeleteConfigurationSetRequest, Wire<DeleteConfigurationSetResult>> = (input, context) => {
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  context.state.configurationSets.delete(record.name);
  const info = configurationSetInformation(record);
  return {
    ConfigurationSetArn: info.ConfigurationSetArn,
    ConfigurationSetName: info.ConfigurationSetName,
    EventDestinations: info.EventDestinations,
    DefaultMessageType: info.DefaultMessageType,
    DefaultSenderId: info.DefaultSenderId,
    DefaultMessageFeedbackEnabled: info.DefaultMessageFeedbackEnabled,
    CreatedTimestamp: info.CreatedTimestamp,
  };
};

const setDefaultSenderId: ActionHandler<SetDefaultSenderIdRequest, Wire<SetDefaultSenderIdResult>> = (input, context) => {
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  record.defaultSenderId = input.SenderId;
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, SenderId: record.defaultSenderId };
};

const deleteDefaultSenderId: ActionHandler<DeleteDefaultSenderIdRequest, Wire<DeleteDefaultSenderIdResult>> = (input, context) => {
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  const removed = record.defaultSenderId;
  record.defaultSenderId = undefined;
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, SenderId: removed };
};

const setDefaultMessageType: ActionHandler<SetDefaultMessageTypeRequest, Wire<SetDefaultMessageTypeResult>> = (input, context) => {
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  record.defaultMessageType = input.MessageType;
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, MessageType: record.defaultMessageType };
};

const deleteDefaultMessageType: ActionHandler<DeleteDefaultMessageTypeRequest, Wire<DeleteDefaultMessageTypeResult>> = (input, context) => {
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  const removed = record.defaultMessageType;
  record.defaultMessageType = undefined;
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, MessageType: removed };
};

type SetFeedbackHandler = ActionHandler<SetDefaultMessageFeedbackEnabledRequest, Wire<SetDefaultMessageFeedbackEnabledResult>>;

const setDefaultMessageFeedbackEnabled: SetFeedbackHandler = (input, context) => {
  const record = findConfigurationSet(context, input.ConfigurationSetName!);
  record.defaultMessageFeedbackEnabled = input.MessageFeedbackEnabled!;
  return { ConfigurationSetArn: record.arn, ConfigurationSetName: record.name, MessageFeedbackEnabled: record.defaultMessageFeedbackEnabled };
};

export const CONFIGURATION_SET_ACTIONS = {
  CreateConfigurationSet: createConfigurationSet,
  DescribeConfigurationSets: describeConfigurationSets,
  DeleteConfigurationSet: deleteConfigurationSet,
  SetDefaultSenderId: setDefaultSenderId,
  DeleteDefaultSenderId: deleteDefaultSenderId,
  SetDefaultMessageType: setDefaultMessageType,
  DeleteDefaultMessageType: deleteDefaultMessageType,
  SetDefaultMessageFeedbackEnabled: setDefaultMessageFeedbackEnabled,
};
