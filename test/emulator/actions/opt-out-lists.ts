import type {
  CreateOptOutListRequest,
  CreateOptOutListResult,
  DeleteOptOutListRequest,
  DeleteOptOutListResult,
  DescribeOptOutListsRequest,
  DescribeOptOutListsResult,
  OptOutListInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf } from '../arns';
import { alreadyExists, conflict, quotaExceeded } from '../errors';
import { DEFAULT_OPT_OUT_LIST, OptOutListRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { isLeaving } from './lifecycle';
import { lookup } from './lookup';
import { addTags, tagListOf } from './tags';

/** The opt-out list a name or ARN names; ResourceNotFoundException if there is none. */
export function findOptOutList(context: ActionContext, nameOrArn: string): OptOutListRecord {
  return lookup(context, context.state.optOutLists, 'opt-out-list', nameOrArn);
}

function optOutListInformation(record: OptOutListRecord): Wire<OptOutListInformation> {
  return { OptOutListArn: record.arn, OptOutListName: record.name, CreatedTimestamp: epochSeconds(record.createdAt) };
}

const createOptOutList: ActionHandler<CreateOptOutListRequest, Wire<CreateOptOutListResult>> = (input, context) => {
  const name = input.OptOutListName!;
  const table = context.state.optOutLists;
  if (table.has(name)) throw alreadyExists('opt-out-list', name);
  if (table.size >= context.limits.optOutListsPerAccount) throw quotaExceeded('OPT_OUT_LISTS_PER_ACCOUNT', context.limits.optOutListsPerAccount);
  const record: OptOutListRecord = {
    name,
    arn: arnOf(context.scope, 'opt-out-list', name),
    createdAt: context.now(),
    tags: new Map(),
    numbers: new Map(),
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  table.set(name, record);
  return { ...optOutListInformation(record), Tags: tagListOf(record) };
};

/** The phone numbers and pools that use an opt-out list (those on their way out do not count). */
function usersOf(context: ActionContext, name: string): string[] {
  return [...context.state.phoneNumbers.values(), ...context.state.pools.values()]
    .filter(r => r.optOutListName === name && !isLeaving(context, r))
    .map(r => r.id);
}

const deleteOptOutList: ActionHandler<DeleteOptOutListRequest, Wire<DeleteOptOutListResult>> = (input, context) => {
  const record = findOptOutList(context, input.OptOutListName!);
  if (record.name === DEFAULT_OPT_OUT_LIST) {
    throw conflict('RESOURCE_DELETION_NOT_ALLOWED', 'opt-out-list', record.name, `The ${DEFAULT_OPT_OUT_LIST} opt-out list cannot be deleted.`);
  }
  const users = usersOf(context, record.name);
  if (users.length > 0) {
    throw conflict('RESOURCE_NOT_EMPTY', 'opt-out-list', record.name, `The opt-out list ${record.name} is used by ${users.join(', ')}.`);
  }
  context.state.optOutLists.delete(record.name);
  return optOutListInformation(record);
};

const describeOptOutLists: ActionHandler<DescribeOptOutListsRequest, Wire<DescribeOptOutListsResult>> = (input, context) => {
  const page = describePage(input, {
    byName: { member: 'OptOutListNames', names: input.OptOutListNames, find: name => findOptOutList(context, name) },
    all: () => context.state.optOutLists.values(),
    filterValues: {},
    keyOf: r => r.name,
  });
  return { OptOutLists: page.items.map(optOutListInformation), NextToken: page.nextToken };
};

export const OPT_OUT_LIST_ACTIONS = {
  CreateOptOutList: createOptOutList,
  DeleteOptOutList: deleteOptOutList,
  DescribeOptOutLists: describeOptOutLists,
};
