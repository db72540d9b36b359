import type {
  DescribePhoneNumbersRequest,
  DescribePhoneNumbersResult,
  PhoneNumberFilterName,
  PhoneNumberInformation,
  ReleasePhoneNumberRequest,
  ReleasePhoneNumberResult,
  RequestPhoneNumberRequest,
  RequestPhoneNumberResult,
  UpdatePhoneNumberRequest,
  UpdatePhoneNumberResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf } from '../arns';
import { conflict, invalidField, quotaExceeded } from '../errors';
import { generatedId } from '../ids';
import { e164Of, isRegistrationGated, monthlyLeasingPriceOf, supportsCountry, supportsTollFree } from '../numbering';
import type { PhoneNumberRecord, PoolRecord } from '../state';
import { GONE } from '../status';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, optional } from './filters';
import { mandatoryKeywords } from './keywords';
import { isLeaving, requireStatus, requireUnprotected, statusOf } from './lifecycle';
import { findPhoneNumber, findPool } from './origination-identities';
import { defaultSettings, originationFilterValues, settingsInformation, settingsOf, updatedSettings } from './origination-settings';
import { checkMatches, checkRoom } from './pool-associations';
import { dropRegistrationAssociations } from './registration-records';
import { addTags, tagListOf } from './tags';

export function phoneNumberInformation(context: ActionContext, record: PhoneNumberRecord): Wire<PhoneNumberInformation> {
  return {
    PhoneNumberArn: record.arn,
    PhoneNumberId: record.id,
    PhoneNumber: record.phoneNumber,
    Status: statusOf(context, record) as PhoneNumberInformation['Status'],
    IsoCountryCode: record.isoCountryCode,
    MessageType: record.messageType,
    NumberCapabilities: [...record.numberCapabilities],
    NumberType: record.numberType,
    MonthlyLeasingPrice: record.monthlyLeasingPrice,
    ...settingsInformation(record),
    InternationalSendingEnabled: record.internationalSendingEnabled,
    PoolId: record.poolId,
    RegistrationId: record.registrationId,
    CreatedTimestamp: epochSeconds(record.createdAt),
  };
}

/** The rules the reference states (SIMULATOR numbers are TRANSACTIONAL), and where the emulator has numbers of a type. */
function checkAvailability(input: RequestPhoneNumberRequest): void {
  const country = input.IsoCountryCode!;
  if (!supportsCountry(country)) throw invalidField('INVALID_PARAMETER', 'IsoCountryCode', `There are no phone numbers in ${country}.`);
  if (input.NumberType === 'TEN_DLC' && country !== 'US') throw invalidField('INVALID_PARAMETER', 'NumberType', '10DLC numbers exist in US only.');
  if (input.NumberType === 'TOLL_FREE' && !supportsTollFree(country)) {
    throw invalidField('INVALID_PARAMETER', 'NumberType', `There are no toll-free numbers in ${country}.`);
  }
  if (input.NumberType === 'SIMULATOR' && input.MessageType !== 'TRANSACTIONAL') {
    throw invalidField('INVALID_PARAMETER', 'MessageType', 'A SIMULATOR phone number must have MessageType TRANSACTIONAL.');
  }
}

function checkPhoneNumberQuota(context: ActionContext): void {
  const limit = context.limits.phoneNumbersPerAccount;
  const held = [...context.state.phoneNumbers.values()].filter(p => !isLeaving(context, p)).length;
  if (held >= limit) throw quotaExceeded('PHONE_NUMBERS_PER_ACCOUNT', limit);
}

/** The pool a new number joins: it must be ACTIVE, have room, and match the number. */
function poolToJoin(context: ActionContext, poolIdOrArn: string | undefined): PoolRecord | undefined {
  if (poolIdOrArn === undefined) return undefined;
  const pool = findPool(context, poolIdOrArn);
  requireStatus(context, pool, ['ACTIVE']);
  checkRoom(context, pool);
  return pool;
}

/**
 * A new number is PENDING for the phone-number status delay, then ACTIVE; a registration-gated
 * one (US 10DLC and toll-free) stays PENDING until a test moves it on with setStatus().
 * In a pool, it takes the pool's settings.
 */
const requestPhoneNumber: ActionHandler<RequestPhoneNumberRequest, Wire<RequestPhoneNumberResult>> = (input, context) => {
  checkAvailability(input);
  checkPhoneNumberQuota(context);
  const pool = poolToJoin(context, input.PoolId);
  const settings = updatedSettings(context, pool ? settingsOf(pool) : defaultSettings(), {
    OptOutListName: input.OptOutListName,
    DeletionProtectionEnabled: input.DeletionProtectionEnabled ?? false,
  });
  const id = generatedId('phone');
  const country = input.IsoCountryCode!;
  const numberType = input.NumberType!;
  const record: PhoneNumberRecord = {
    kind: 'phone-number',
    id,
    arn: arnOf(context.scope, 'phone-number', id),
    phoneNumber: e164Of(country, numberType, context.state.phoneNumbersIssued + 1),
    isoCountryCode: country,
    messageType: input.MessageType!,
    numberCapabilities: [...input.NumberCapabilities!],
    numberType,
    monthlyLeasingPrice: monthlyLeasingPriceOf(numberType),
    registrationId: input.RegistrationId,
    internationalSendingEnabled: input.InternationalSendingEnabled ?? false,
    ...settings,
    poolId: pool?.id,
    keywords: mandatoryKeywords(),
    tags: new Map(),
    createdAt: context.now(),
    transition: isRegistrationGated(country, numberType)
      ? context.statuses.hold('PENDING')
      : context.statuses.start('phone-number', 'PENDING', 'ACTIVE'),
  };
  if (pool) checkMatches(pool, { kind: 'phone-number', record });
  addTags(record, input.Tags, context.limits.tagsPerResource);
  context.state.phoneNumbersIssued += 1;
  context.state.phoneNumbers.set(id, record);
  return { ...phoneNumberInformation(context, record), NumberType: numberType, Tags: tagListOf(record) };
};

function requireNotInPool(record: PhoneNumberRecord): void {
  if (record.poolId !== undefined) {
    throw conflict('PHONE_NUMBER_ASSOCIATED_TO_POOL', 'phone-number', record.id,
      `The phone number ${record.id} is in the pool ${record.poolId}; disassociate it first.`);
  }
}

/** The reference: "If the origination phone number is associated with a pool, an error is returned." */
const updatePhoneNumber: ActionHandler<UpdatePhoneNumberRequest, Wire<UpdatePhoneNumberResult>> = (input, context) => {
  const record = findPhoneNumber(context, input.PhoneNumberId!);
  requireNotInPool(record);
  requireStatus(context, record);
  Object.assign(record, updatedSettings(context, record, input));
  record.internationalSendingEnabled = input.InternationalSendingEnabled ?? record.internationalSendingEnabled;
  return phoneNumberInformation(context, record);
};

/** A released number is DELETED for the phone-number status delay, then gone; the response says DELETED even without a delay. */
const releasePhoneNumber: ActionHandler<ReleasePhoneNumberRequest, Wire<ReleasePhoneNumberResult>> = (input, context) => {
  const record = findPhoneNumber(context, input.PhoneNumberId!);
  requireUnprotected(record, 'phone-number', record.id);
  requireNotInPool(record);
  requireStatus(context, record);
  record.transition = context.statuses.start('phone-number', 'DELETED', GONE);
  dropRegistrationAssociations(context, record.arn);
  return { ...phoneNumberInformation(context, record), Status: 'DELETED' };
};

const describePhoneNumbers: ActionHandler<DescribePhoneNumbersRequest, Wire<DescribePhoneNumbersResult>> = (input, context) => {
  const filterValues: FilterValues<PhoneNumberRecord, PhoneNumberFilterName> = {
    ...originationFilterValues(context),
    'iso-country-code': r => [r.isoCountryCode],
    'number-capability': r => r.numberCapabilities,
    'number-type': r => [r.numberType],
    'two-way-channel-arn': r => optional(r.twoWayChannelArn),
  };
  const page = describePage(input, {
    byName: { member: 'PhoneNumberIds', names: input.PhoneNumberIds, find: id => findPhoneNumber(context, id, true) },
    all: () => context.state.phoneNumbers.values(),
    filterValues,
    keyOf: r => r.id,
  });
  return { PhoneNumbers: page.items.map(r => phoneNumberInformation(context, r)), NextToken: page.nextToken };
};

export const PHONE_NUMBER_ACTIONS = {
  RequestPhoneNumber: requestPhoneNumber,
  UpdatePhoneNumber: updatePhoneNumber,
  ReleasePhoneNumber: releasePhoneNumber,
  DescribePhoneNumbers: describePhoneNumbers,
};
