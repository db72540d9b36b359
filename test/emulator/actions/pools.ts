import type {
  CreatePoolRequest,
  CreatePoolResult,
  DeletePoolRequest,
  DeletePoolResult,
  DescribePoolsRequest,
  DescribePoolsResult,
  PoolFilterName,
  PoolInformation,
  UpdatePoolRequest,
  UpdatePoolResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf } from '../arns';
import { quotaExceeded } from '../errors';
import { generatedId } from '../ids';
import type { PoolRecord } from '../state';
import { GONE } from '../status';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, flag } from './filters';
import { mandatoryKeywords } from './keywords';
import { isLeaving, requireStatus, requireUnprotected, statusOf } from './lifecycle';
import { findPhoneNumberOrSenderId, findPool, OriginationIdentity } from './origination-identities';
import { defaultSettings, originationFilterValues, settingsInformation, settingsOf, updatedSettings } from './origination-settings';
import { checkAvailable, checkMatches, join, leave, membersOf } from './pool-associations';
import { addTags, tagListOf } from './tags';

function poolInformation(context: ActionContext, record: PoolRecord): Wire<PoolInformation> {
  return {
    PoolArn: record.arn,
    PoolId: record.id,
    Status: statusOf(context, record) as PoolInformation['Status'],
    MessageType: record.messageType,
    ...settingsInformation(record),
    SharedRoutesEnabled: record.sharedRoutesEnabled,
    CreatedTimestamp: epochSeconds(record.createdAt),
  };
}

function checkPoolQuota(context: ActionContext): void {
  const limit = context.limits.poolsPerAccount;
  const held = [...context.state.pools.values()].filter(p => !isLeaving(context, p)).length;
  if (held >= limit) throw quotaExceeded('POOLS_PER_ACCOUNT', limit);
}

/**
 * What a pool inherits from the identity it is created with. The reference: "The new pool
 * inherits its configuration from the specified origination identity. This includes keywords,
 * message type, opt-out list, two-way configuration, and self-managed opt-out configuration.
 * Deletion protection isn't inherited". A sender ID has none of these, so the defaults apply.
 */
function inheritance(identity: OriginationIdentity): Pick<PoolRecord, 'keywords'> & ReturnType<typeof settingsOf> {
  if (identity.kind === 'sender-id') return { ...defaultSettings(), keywords: mandatoryKeywords() };
  return { ...settingsOf(identity.record), deletionProtectionEnabled: false, keywords: new Map(identity.record.keywords) };
}

/** CREATING for the pool status delay, then ACTIVE; the identity joins at once. */
const createPool: ActionHandler<CreatePoolRequest, Wire<CreatePoolResult>> = (input, context) => {
  const identity = findPhoneNumberOrSenderId(context, input.OriginationIdentity!, input.IsoCountryCode);
  checkPoolQuota(context);
  const id = generatedId('pool');
  const record: PoolRecord = {
    kind: 'pool',
    id,
    arn: arnOf(context.scope, 'pool', id),
    messageType: input.MessageType!,
    ...inheritance(identity),
    deletionProtectionEnabled: input.DeletionProtectionEnabled ?? false,
    sharedRoutesEnabled: false,
    tags: new Map(),
    createdAt: context.now(),
    transition: context.statuses.start('pool', 'CREATING', 'ACTIVE'),
  };
  checkAvailable(context, record, identity, input.IsoCountryCode);
  checkMatches(record, identity);
  addTags(record, input.Tags, context.limits.tagsPerResource);
  context.state.pools.set(id, record);
  join(context, record, identity);
  return { ...poolInformation(context, record), Tags: tagListOf(record) };
};

/** Changes need an ACTIVE pool; the message type cannot change. */
const updatePool: ActionHandler<UpdatePoolRequest, Wire<UpdatePoolResult>> = (input, context) => {
  const record = findPool(context, input.PoolId!);
  requireStatus(context, record, ['ACTIVE']);
  Object.assign(record, updatedSettings(context, record, input));
  record.sharedRoutesEnabled = input.SharedRoutesEnabled ?? record.sharedRoutesEnabled;
  return poolInformation(context, record);
};

/**
 * The reference: "If the pool status isn't active or if deletion protection is enabled, an error is
 * returned", and "Deleting a pool disassociates all origination identities from that pool."
 * The pool is DELETING for the pool status delay, then gone; the response says DELETING even without a delay.
 */
const deletePool: ActionHandler<DeletePoolRequest, Wire<DeletePoolResult>> = (input, context) => {
  const record = findPool(context, input.PoolId!);
  requireStatus(context, record, ['ACTIVE']);
  requireUnprotected(record, 'pool', record.id);
  for (const identity of membersOf(context, record.id)) leave(context, record, identity);
  record.transition = context.statuses.start('pool', 'DELETING', GONE);
  return { ...poolInformation(context, record), Status: 'DELETING' };
};

const describePools: ActionHandler<DescribePoolsRequest, Wire<DescribePoolsResult>> = (input, context) => {
  const filterValues: FilterValues<PoolRecord, PoolFilterName> = {
    ...originationFilterValues(context),
    'shared-routes-enabled': r => flag(r.sharedRoutesEnabled),
  };
  const page = describePage(input, {
    byName: { member: 'PoolIds', names: input.PoolIds, find: id => findPool(context, id) },
    all: () => context.state.pools.values(),
    filterValues,
    keyOf: r => r.id,
  });
  return { Pools: page.items.map(r => poolInformation(context, r)), NextToken: page.nextToken };
};

export const POOL_ACTIONS = {
  CreatePool: createPool,
  UpdatePool: updatePool,
  DeletePool: deletePool,
  DescribePools: describePools,
};
