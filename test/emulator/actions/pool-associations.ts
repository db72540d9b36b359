import type {
  AssociateOriginationIdentityRequest,
  AssociateOriginationIdentityResult,
  DisassociateOriginationIdentityRequest,
  DisassociateOriginationIdentityResult,
  ListPoolOriginationIdentitiesRequest,
  ListPoolOriginationIdentitiesResult,
  MessageType,
  OriginationIdentityMetadata,
  PoolOriginationIdentitiesFilterName,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { conflict, invalidField, quotaExceeded, ServiceError } from '../errors';
import type { OriginationSettings, PoolRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import type { FilterValues } from './filters';
import { passThrough, requireStatus } from './lifecycle';
import {
  findPhoneNumberOrSenderId,
  findPool,
  identityCountry,
  identityName,
  OriginationIdentity,
} from './origination-identities';
import { settingsMismatch } from './origination-settings';

/** The identities in a pool: its phone numbers, then its sender IDs. */
export function membersOf(context: ActionContext, poolId: string): OriginationIdentity[] {
  return [
    ...[...context.state.phoneNumbers.values()].filter(p => p.poolId === poolId).map(record => ({ kind: 'phone-number' as const, record })),
    ...[...context.state.senderIds.values()].filter(s => s.poolIds.has(poolId)).map(record => ({ kind: 'sender-id' as const, record })),
  ];
}

function isMember(pool: PoolRecord, identity: OriginationIdentity): boolean {
  return identity.kind === 'phone-number' ? identity.record.poolId === pool.id : identity.record.poolIds.has(pool.id);
}

function identityConflict(reason: Parameters<typeof conflict>[0], identity: OriginationIdentity, message: string): ServiceError {
  return conflict(reason, identity.kind, identityName(identity), message);
}

/** ValidationException COUNTRY_CODE_MISMATCH when a request names another country than the identity's. */
function checkCountry(identity: OriginationIdentity, isoCountryCode: string | undefined): void {
  if (isoCountryCode !== undefined && isoCountryCode !== identityCountry(identity)) {
    throw invalidField('COUNTRY_CODE_MISMATCH', 'IsoCountryCode', `${identityName(identity)} is in ${identityCountry(identity)}, not ${isoCountryCode}.`);
  }
}

/**
 * ConflictException unless the identity is free to join the pool: a phone number belongs to one
 * pool at most and must be ACTIVE; a sender ID can be in many pools, but in each once.
 */
export function checkAvailable(context: ActionContext, pool: PoolRecord, identity: OriginationIdentity, isoCountryCode: string | undefined): void {
  checkCountry(identity, isoCountryCode);
  if (isMember(pool, identity)) throw identityConflict('RESOURCE_ALREADY_ASSOCIATED', identity, `${identityName(identity)} is already in the pool ${pool.id}.`);
  if (identity.kind === 'phone-number') {
    const otherPool = identity.record.poolId;
    if (otherPool !== undefined) throw identityConflict('PHONE_NUMBER_ASSOCIATED_TO_POOL', identity, `${identity.record.id} is in the pool ${otherPool}.`);
    requireStatus(context, identity.record, ['ACTIVE']);
  }
}

/** ConflictException when the identity's configuration does not match the pool's. */
export function checkMatches(pool: OriginationSettings & { readonly messageType: MessageType }, identity: OriginationIdentity): void {
  const messageTypes = identity.kind === 'phone-number' ? [identity.record.messageType] : identity.record.messageTypes;
  if (messageTypes.length > 0 && !messageTypes.includes(pool.messageType)) {
    throw identityConflict('MESSAGE_TYPE_MISMATCH', identity, `${identityName(identity)} is for ${messageTypes.join(', ')} messages, the pool for ${pool.messageType}.`);
  }
  const mismatch = identity.kind === 'phone-number' ? settingsMismatch(identity.record, pool) : undefined;
  if (mismatch) throw identityConflict(mismatch, identity, `The configuration of ${identityName(identity)} does not match the pool's (${mismatch}).`);
}

/** ServiceQuotaExceededException ORIGINATION_IDENTITIES_PER_POOL when the pool is full. */
export function checkRoom(context: ActionContext, pool: PoolRecord): void {
  const limit = context.limits.originationIdentitiesPerPool;
  if (membersOf(context, pool.id).length >= limit) throw quotaExceeded('ORIGINATION_IDENTITIES_PER_POOL', limit);
}

/** A phone number passes through ASSOCIATING on its way in. */
export function join(context: ActionContext, pool: PoolRecord, identity: OriginationIdentity): void {
  if (identity.kind === 'sender-id') {
    identity.record.poolIds.add(pool.id);
    return;
  }
  identity.record.poolId = pool.id;
  passThrough(context, identity.record, 'ASSOCIATING');
}

/** A phone number passes through DISASSOCIATING on its way out. */
export function leave(context: ActionContext, pool: PoolRecord, identity: OriginationIdentity): void {
  if (identity.kind === 'sender-id') {
    identity.record.poolIds.delete(pool.id);
    return;
  }
  identity.record.poolId = undefined;
  passThrough(context, identity.record, 'DISASSOCIATING');
}

type AssociationResult = Wire<AssociateOriginationIdentityResult & DisassociateOriginationIdentityResult>;

function associationResult(pool: PoolRecord, identity: OriginationIdentity): AssociationResult {
  return {
    PoolArn: pool.arn,
    PoolId: pool.id,
    OriginationIdentityArn: identity.record.arn,
    OriginationIdentity: identityName(identity),
    IsoCountryCode: identityCountry(identity),
  };
}

type AssociateHandler = ActionHandler<AssociateOriginationIdentityRequest, Wire<AssociateOriginationIdentityResult>>;

const associateOriginationIdentity: AssociateHandler = (input, context) => {
  const pool = findPool(context, input.PoolId!);
  requireStatus(context, pool, ['ACTIVE']);
  const identity = findPhoneNumberOrSenderId(context, input.OriginationIdentity!, input.IsoCountryCode);
  checkAvailable(context, pool, identity, input.IsoCountryCode);
  checkMatches(pool, identity);
  checkRoom(context, pool);
  join(context, pool, identity);
  return associationResult(pool, identity);
};

type DisassociateHandler = ActionHandler<DisassociateOriginationIdentityRequest, Wire<DisassociateOriginationIdentityResult>>;

const disassociateOriginationIdentity: DisassociateHandler = (input, context) => {
  const pool = findPool(context, input.PoolId!);
  requireStatus(context, pool, ['ACTIVE']);
  const identity = findPhoneNumberOrSenderId(context, input.OriginationIdentity!, input.IsoCountryCode);
  checkCountry(identity, input.IsoCountryCode);
  if (!isMember(pool, identity)) {
    // The model has a Reason for phone numbers only.
    const reason = identity.kind === 'phone-number' ? 'PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL' : undefined;
    throw identityConflict(reason, identity, `${identityName(identity)} is not in the pool ${pool.id}.`);
  }
  if (identity.kind === 'phone-number') requireStatus(context, identity.record);
  if (membersOf(context, pool.id).length === 1) {
    throw identityConflict('LAST_PHONE_NUMBER', identity, `${identityName(identity)} is the last origination identity of the pool ${pool.id}; delete the pool instead.`);
  }
  leave(context, pool, identity);
  return associationResult(pool, identity);
};

function originationIdentityMetadata(identity: OriginationIdentity): Wire<OriginationIdentityMetadata> {
  return {
    OriginationIdentityArn: identity.record.arn,
    OriginationIdentity: identityName(identity),
    IsoCountryCode: identityCountry(identity),
    // Sender IDs carry SMS only.
    NumberCapabilities: identity.kind === 'phone-number' ? [...identity.record.numberCapabilities] : ['SMS'],
    PhoneNumber: identity.kind === 'phone-number' ? identity.record.phoneNumber : undefined,
  };
}

const FILTER_VALUES: FilterValues<OriginationIdentity, PoolOriginationIdentitiesFilterName> = {
  'iso-country-code': i => [identityCountry(i)],
  'number-capability': i => originationIdentityMetadata(i).NumberCapabilities!,
};

type ListHandler = ActionHandler<ListPoolOriginationIdentitiesRequest, Wire<ListPoolOriginationIdentitiesResult>>;

const listPoolOriginationIdentities: ListHandler = (input, context) => {
  const pool = findPool(context, input.PoolId!);
  const page = describePage(input, {
    all: () => membersOf(context, pool.id),
    filterValues: FILTER_VALUES,
    keyOf: i => i.record.arn,
  });
  return { PoolArn: pool.arn, PoolId: pool.id, OriginationIdentities: page.items.map(originationIdentityMetadata), NextToken: page.nextToken };
};

export const POOL_ASSOCIATION_ACTIONS = {
  AssociateOriginationIdentity: associateOriginationIdentity,
  DisassociateOriginationIdentity: disassociateOriginationIdentity,
  ListPoolOriginationIdentities: listPoolOriginationIdentities,
};
