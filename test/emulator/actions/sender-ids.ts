import type {
  DescribeSenderIdsRequest,
  DescribeSenderIdsResult,
  ReleaseSenderIdRequest,
  ReleaseSenderIdResult,
  RequestSenderIdRequest,
  RequestSenderIdResult,
  SenderIdFilterName,
  SenderIdInformation,
  UpdateSenderIdRequest,
  UpdateSenderIdResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf } from '../arns';
import { alreadyExists, conflict, invalidField, quotaExceeded } from '../errors';
import { senderIdKey, SenderIdRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, flag } from './filters';
import { requireUnprotected } from './lifecycle';
import { findSenderId } from './origination-identities';
import { dropRegistrationAssociations } from './registration-records';
import { addTags, tagListOf } from './tags';

/** The model's documentation: "The sender ID must contain at least one letter and cannot start or end with a hyphen." */
function checkSenderId(senderId: string): void {
  if (!/[A-Za-z]/.test(senderId) || senderId.startsWith('-') || senderId.endsWith('-')) {
    throw invalidField('INVALID_PARAMETER', 'SenderId', `${senderId} must contain a letter and cannot start or end with a hyphen.`);
  }
}

function senderIdInformation(record: SenderIdRecord): Wire<SenderIdInformation> {
  return {
    SenderIdArn: record.arn,
    SenderId: record.senderId,
    IsoCountryCode: record.isoCountryCode,
    MessageTypes: [...record.messageTypes],
    MonthlyLeasingPrice: record.monthlyLeasingPrice,
    DeletionProtectionEnabled: record.deletionProtectionEnabled,
    // Sender IDs that need a registration are out of the emulator's scope.
    Registered: false,
  };
}

const requestSenderId: ActionHandler<RequestSenderIdRequest, Wire<RequestSenderIdResult>> = (input, context) => {
  checkSenderId(input.SenderId!);
  const key = senderIdKey(input.SenderId!, input.IsoCountryCode!);
  const table = context.state.senderIds;
  if (table.has(key)) throw alreadyExists('sender-id', key);
  if (table.size >= context.limits.senderIdsPerAccount) throw quotaExceeded('SENDER_IDS_PER_ACCOUNT', context.limits.senderIdsPerAccount);
  const record: SenderIdRecord = {
    senderId: input.SenderId!,
    isoCountryCode: input.IsoCountryCode!,
    arn: arnOf(context.scope, 'sender-id', key),
    messageTypes: [...input.MessageTypes ?? []],
    monthlyLeasingPrice: '0.00',
    deletionProtectionEnabled: input.DeletionProtectionEnabled ?? false,
    poolIds: new Set(),
    tags: new Map(),
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  table.set(key, record);
  return { ...senderIdInformation(record), Tags: tagListOf(record) };
};

const updateSenderId: ActionHandler<UpdateSenderIdRequest, Wire<UpdateSenderIdResult>> = (input, context) => {
  const record = findSenderId(context, input.SenderId!, input.IsoCountryCode);
  record.deletionProtectionEnabled = input.DeletionProtectionEnabled ?? record.deletionProtectionEnabled;
  return senderIdInformation(record);
};

/** Fails while deletion protection is on, and (as for phone numbers) while the sender ID is in a pool. */
const releaseSenderId: ActionHandler<ReleaseSenderIdRequest, Wire<ReleaseSenderIdResult>> = (input, context) => {
  const record = findSenderId(context, input.SenderId!, input.IsoCountryCode);
  const key = senderIdKey(record.senderId, record.isoCountryCode);
  requireUnprotected(record, 'sender-id', key);
  if (record.poolIds.size > 0) {
    throw conflict('SENDER_ID_ASSOCIATED_TO_POOL', 'sender-id', key, `The sender ID ${key} is in the pools ${[...record.poolIds].join(', ')}.`);
  }
  context.state.senderIds.delete(key);
  dropRegistrationAssociations(context, record.arn);
  return senderIdInformation(record);
};

const FILTER_VALUES: FilterValues<SenderIdRecord, SenderIdFilterName> = {
  'sender-id': r => [r.senderId],
  'iso-country-code': r => [r.isoCountryCode],
  'message-type': r => r.messageTypes,
  'deletion-protection-enabled': r => flag(r.deletionProtectionEnabled),
  'registered': () => flag(false),
};

const describeSenderIds: ActionHandler<DescribeSenderIdsRequest, Wire<DescribeSenderIdsResult>> = (input, context) => {
  const page = describePage(input, {
    byName: { member: 'SenderIds', names: input.SenderIds, find: s => findSenderId(context, s.SenderId!, s.IsoCountryCode) },
    all: () => context.state.senderIds.values(),
    filterValues: FILTER_VALUES,
    keyOf: r => senderIdKey(r.senderId, r.isoCountryCode),
  });
  return { SenderIds: page.items.map(senderIdInformation), NextToken: page.nextToken };
};

export const SENDER_ID_ACTIONS = {
  RequestSenderId: requestSenderId,
  UpdateSenderId: updateSenderId,
  ReleaseSenderId: releaseSenderId,
  DescribeSenderIds: describeSenderIds,
};
