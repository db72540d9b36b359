import type {
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
import { arnOf } from '../arns';
import { alreadyExists, quotaExceeded } from '../errors';
import type { ConfigurationSetRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, flag, optional } from './filters';
import { lookup } from './lookup';
import { addTags, tagListOf } from './tags';

/** The configuration set a name or ARN names; ResourceNotFoundException if there is none. */
export function findConfigurationSet(context: ActionContext, nameOrArn: string): ConfigurationSetRecord {
  return lookup(context, context.state.configurationSets, 'configuration-set', nameOrArn);
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
const FILTER_VALUES: FilterValues<ConfigurationSetRecord, ConfigurationSetFilterName> = {
  'event-destination-name': r => r.eventDestinations.map(d => d.EventDestinationName!),
  'matching-event-types': r => r.eventDestinations.flatMap(d => d.MatchingEventTypes ?? []),
  'default-message-type': r => optional(r.defaultMessageType),
  'default-sender-id': r => optional(r.defaultSenderId),
  'default-message-feedback-enabled': r => flag(r.defaultMessageFeedbackEnabled),
  'protect-configuration-id': r => optional(r.protectConfigurationId),
};

const describeConfigurationSets: ActionHandler<DescribeConfigurationSetsRequest, Wire<DescribeConfigurationSetsResult>> = (input, context) => {
  const page = describePage(input, {
    byName: { member: 'ConfigurationSetNames', names: input.ConfigurationSetNames, find: name => findConfigurationSet(context, name) },
    all: () => context.state.configurationSets.values(),
    filterValues: FILTER_VALUES,
    keyOf: r => r.name,
  });
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
