import { idFromNameOrArn, parseArn } from '../arns';
import { invalidField, notFound } from '../errors';
import type { ResourceKind } from '../options';
import { OriginationRecord, PhoneNumberRecord, PoolRecord, senderIdKey, SenderIdRecord } from '../state';
import type { ActionContext } from './context';
import { statusOf } from './lifecycle';
import { lookup } from './lookup';

/** A phone number or a sender ID: what a pool is made of. */
export type OriginationIdentity =
  | { readonly kind: 'phone-number'; readonly record: PhoneNumberRecord }
  | { readonly kind: 'sender-id'; readonly record: SenderIdRecord };

/**
 * The phone number an id or ARN names; ResourceNotFoundException if there is none. A released
 * number (status DELETED) is only found for describing it.
 */
export function findPhoneNumber(context: ActionContext, idOrArn: string, includeReleased = false): PhoneNumberRecord {
  const record = lookup(context, context.state.phoneNumbers, 'phone-number', idOrArn);
  if (!includeReleased && statusOf(context, record) === 'DELETED') throw notFound('phone-number', idOrArn);
  return record;
}

export function findPool(context: ActionContext, idOrArn: string): PoolRecord {
  return lookup(context, context.state.pools, 'pool', idOrArn);
}

/** The sender ID a SenderId and country, or a SenderIdArn (of that country, when one is given), name. */
export function findSenderId(context: ActionContext, senderIdOrArn: string, isoCountryCode: string | undefined): SenderIdRecord {
  const key = senderIdOrArn.startsWith('arn:')
    ? idFromNameOrArn(context.scope, 'sender-id', senderIdOrArn)
    : senderIdKey(senderIdOrArn, requireCountry(isoCountryCode));
  const record = key === undefined ? undefined : context.state.senderIds.get(key);
  if (!record || (isoCountryCode !== undefined && record.isoCountryCode !== isoCountryCode)) throw notFound('sender-id', senderIdOrArn);
  return record;
}

/** A PhoneNumberId, PhoneNumberArn, SenderId (with its country) or SenderIdArn. */
export function findPhoneNumberOrSenderId(context: ActionContext, value: string, isoCountryCode: string | undefined): OriginationIdentity {
  if (names(value, 'phone-number', /^phone-[0-9a-f]{32}$/)) return { kind: 'phone-number', record: findPhoneNumber(context, value) };
  return { kind: 'sender-id', record: findSenderId(context, value, isoCountryCode) };
}

/** A PhoneNumberId, PhoneNumberArn, PoolId or PoolArn: what keywords are put on. */
export function findPhoneNumberOrPool(context: ActionContext, value: string): OriginationRecord {
  return names(value, 'pool', /^pool-/) ? findPool(context, value) : findPhoneNumber(context, value);
}

/** The PhoneNumberId or SenderId that responses name an identity by. */
export function identityName(identity: OriginationIdentity): string {
  return identity.kind === 'phone-number' ? identity.record.id : identity.record.senderId;
}

export function identityCountry(identity: OriginationIdentity): string {
  return identity.record.isoCountryCode;
}

/** Whether a value is an id or ARN of the given kind. */
function names(value: string, kind: ResourceKind, idPattern: RegExp): boolean {
  return value.startsWith('arn:') ? parseArn(value)?.resourceType === kind : idPattern.test(value);
}

function requireCountry(isoCountryCode: string | undefined): string {
  if (isoCountryCode === undefined) throw invalidField('MISSING_PARAMETER', 'IsoCountryCode', 'IsoCountryCode is required to name a sender ID.');
  return isoCountryCode;
}
