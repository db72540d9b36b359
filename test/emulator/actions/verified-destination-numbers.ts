import { randomInt, randomUUID } from 'crypto';
import type {
  CreateVerifiedDestinationNumberRequest,
  CreateVerifiedDestinationNumberResult,
  DeleteVerifiedDestinationNumberRequest,
  DeleteVerifiedDestinationNumberResult,
  DescribeVerifiedDestinationNumbersRequest,
  DescribeVerifiedDestinationNumbersResult,
  SendDestinationNumberVerificationCodeRequest,
  SendDestinationNumberVerificationCodeResult,
  VerifiedDestinationNumberFilterName,
  VerifiedDestinationNumberInformation,
  VerifyDestinationNumberRequest,
  VerifyDestinationNumberResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf, parseArn } from '../arns';
import { alreadyExists, conflict, invalidField, notFound, quotaExceeded } from '../errors';
import { generatedId } from '../ids';
import type { VerifiedDestinationNumberRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import { findConfigurationSet } from './configuration-sets';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues } from './filters';
import { lookup } from './lookup';
import { findPhoneNumber, findPool, findSenderId } from './origination-identities';
import { addTags, tagListOf } from './tags';

/** The verified destination number an id or ARN names; ResourceNotFoundException if there is none. */
export function findVerifiedDestinationNumber(context: ActionContext, idOrArn: string): VerifiedDestinationNumberRecord {
  return lookup(context, context.state.verifiedDestinationNumbers, 'verified-destination-number', idOrArn);
}

/** The verified destination number an id, ARN or E.164 number names, or undefined. */
export function verifiedDestinationNumberOf(context: ActionContext, idArnOrNumber: string): VerifiedDestinationNumberRecord | undefined {
  const records = [...context.state.verifiedDestinationNumbers.values()];
  return records.find(r => [r.id, r.arn, r.destinationPhoneNumber].includes(idArnOrNumber));
}

function statusOf(record: VerifiedDestinationNumberRecord): 'PENDING' | 'VERIFIED' {
  return record.verified ? 'VERIFIED' : 'PENDING';
}

function verifiedDestinationNumberInformation(record: VerifiedDestinationNumberRecord): Wire<VerifiedDestinationNumberInformation> {
  return {
    VerifiedDestinationNumberArn: record.arn,
    VerifiedDestinationNumberId: record.id,
    DestinationPhoneNumber: record.destinationPhoneNumber,
    Status: statusOf(record),
    CreatedTimestamp: epochSeconds(record.createdAt),
  };
}

/** The model's pattern allows the `+` to be left out; the emulator stores numbers with it. */
function e164(phoneNumber: string): string {
  return phoneNumber.startsWith('+') ? phoneNumber : `+${phoneNumber}`;
}

type CreateHandler = ActionHandler<CreateVerifiedDestinationNumberRequest, Wire<CreateVerifiedDestinationNumberResult>>;

/** The reference: "You can add up to 10 verified destination numbers." The same number twice is a conflict. */
const createVerifiedDestinationNumber: CreateHandler = (input, context) => {
  const destinationPhoneNumber = e164(input.DestinationPhoneNumber!);
  const table = context.state.verifiedDestinationNumbers;
  const existing = verifiedDestinationNumberOf(context, destinationPhoneNumber);
  if (existing) throw alreadyExists('verified-destination-number', existing.id);
  if (table.size >= context.limits.verifiedDestinationNumbersPerAccount) {
    throw quotaExceeded('VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT', context.limits.verifiedDestinationNumbersPerAccount);
  }
  const id = generatedId('verified');
  const record: VerifiedDestinationNumberRecord = {
    id,
    arn: arnOf(context.scope, 'verified-destination-number', id),
    destinationPhoneNumber,
    createdAt: context.now(),
    verified: false,
    tags: new Map(),
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  table.set(id, record);
  return { ...verifiedDestinationNumberInformation(record), Tags: tagListOf(record) };
};

const FILTER_VALUES: FilterValues<VerifiedDestinationNumberRecord, VerifiedDestinationNumberFilterName> = {
  'status': r => [statusOf(r)],
  // RCS agents are out of the emulator's scope.
  'rcs-agent-id': () => [],
};

type DescribeHandler = ActionHandler<DescribeVerifiedDestinationNumbersRequest, Wire<DescribeVerifiedDestinationNumbersResult>>;

/** Ids and DestinationPhoneNumbers select together: a number must pass both when both are given. */
const describeVerifiedDestinationNumbers: DescribeHandler = (input, context) => {
  const numbers = input.DestinationPhoneNumbers?.map(e164) ?? [];
  const isSelected = (r: VerifiedDestinationNumberRecord) => numbers.length === 0 || numbers.includes(r.destinationPhoneNumber);
  const page = describePage(input, {
    byName: { member: 'VerifiedDestinationNumberIds', names: input.VerifiedDestinationNumberIds, find: id => findVerifiedDestinationNumber(context, id) },
    all: () => [...context.state.verifiedDestinationNumbers.values()].filter(isSelected),
    filterValues: FILTER_VALUES,
    keyOf: r => r.id,
  });
  return { VerifiedDestinationNumbers: page.items.filter(isSelected).map(verifiedDestinationNumberInformation), NextToken: page.nextToken };
};

type DeleteHandler = ActionHandler<DeleteVerifiedDestinationNumberRequest, Wire<DeleteVerifiedDestinationNumberResult>>;

const deleteVerifiedDestinationNumber: DeleteHandler = (input, context) => {
  const record = findVerifiedDestinationNumber(context, input.VerifiedDestinationNumberId!);
  context.state.verifiedDestinationNumbers.delete(record.id);
  const { Status: _status, ...information } = verifiedDestinationNumberInformation(record);
  return information;
};

/** The reference: a PhoneNumber, PhoneNumberId, PhoneNumberArn, SenderId, SenderIdArn, PoolId or PoolArn. */
function requireOriginationIdentity(context: ActionContext, value: string): void {
  const kind = value.startsWith('arn:') ? parseArn(value)?.resourceType : undefined;
  if (kind === 'pool' || value.startsWith('pool-')) findPool(context, value);
  else if (kind === 'phone-number' || value.startsWith('phone-')) findPhoneNumber(context, value);
  else if (kind === 'sender-id') findSenderId(context, value, undefined);
  else if (value.startsWith('+')) requirePhoneNumber(context, value);
  else if (![...context.state.senderIds.values()].some(s => s.senderId === value)) throw notFound('sender-id', value);
}

function requirePhoneNumber(context: ActionContext, phoneNumber: string): void {
  if (![...context.state.phoneNumbers.values()].some(p => p.phoneNumber === phoneNumber)) throw notFound('phone-number', phoneNumber);
}

function requirePending(record: VerifiedDestinationNumberRecord): void {
  if (record.verified) {
    throw conflict('VERIFICATION_ALREADY_COMPLETE', 'verified-destination-number', record.id, `The number ${record.destinationPhoneNumber} is already verified.`);
  }
}

type SendCodeHandler = ActionHandler<SendDestinationNumberVerificationCodeRequest, Wire<SendDestinationNumberVerificationCodeResult>>;

/** Each call sends a new 6-digit code, which replaces the last one. */
const sendDestinationNumberVerificationCode: SendCodeHandler = (input, context) => {
  const record = findVerifiedDestinationNumber(context, input.VerifiedDestinationNumberId!);
  if (input.OriginationIdentity !== undefined) requireOriginationIdentity(context, input.OriginationIdentity);
  if (input.ConfigurationSetName !== undefined) findConfigurationSet(context, input.ConfigurationSetName);
  requirePending(record);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  record.lastCode = { code, channel: input.VerificationChannel!, sentAt: context.now() };
  return { MessageId: randomUUID() };
};

/** With no code sent yet, any code is a mismatch: the service has nothing to compare it with. */
const verifyDestinationNumber: ActionHandler<VerifyDestinationNumberRequest, Wire<VerifyDestinationNumberResult>> = (input, context) => {
  const record = findVerifiedDestinationNumber(context, input.VerifiedDestinationNumberId!);
  requirePending(record);
  if (record.lastCode?.code !== input.VerificationCode) {
    throw invalidField('VERIFICATION_CODE_MISMATCH', 'VerificationCode', 'The verification code does not match the last code sent.');
  }
  record.verified = true;
  return verifiedDestinationNumberInformation(record);
};

export const VERIFIED_DESTINATION_NUMBER_ACTIONS = {
  CreateVerifiedDestinationNumber: createVerifiedDestinationNumber,
  DescribeVerifiedDestinationNumbers: describeVerifiedDestinationNumbers,
  DeleteVerifiedDestinationNumber: deleteVerifiedDestinationNumber,
  SendDestinationNumberVerificationCode: sendDestinationNumberVerificationCode,
  VerifyDestinationNumber: verifyDestinationNumber,
};
