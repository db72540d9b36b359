import { DescribePhoneNumbersCommand, PhoneNumberInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { smsResourceId } from '../arn';
import { SmsClient } from '../client';
import { readKeywords, unlessNotFound } from './shared-reads';
import { Keywords } from '../reconcile/keywords';
import { OriginationSettings } from '../reconcile/origination-settings';

/** A phone number as the service has it. */
export interface PhoneNumberActual {
  readonly arn: string;
  readonly id: string;
  readonly phoneNumber: string;
  readonly status: string;
  readonly poolId?: string;
  readonly settings: OriginationSettings;
  readonly keywords: Keywords;
}

/** A released number: it counts as gone. */
export const RELEASED = 'DELETED';
/** Statuses a number passes through on its way into or out of a pool. */
export const POOL_TRANSITIONS: readonly string[] = ['ASSOCIATING', 'DISASSOCIATING'];

/** The phone number `id` names, released ones included; undefined when there is none. */
export async function describePhoneNumber(client: SmsClient, id: string): Promise<PhoneNumberInformation | undefined> {
  return (await describePhoneNumbers(client, [id])).find(number => number.PhoneNumberId === id);
}

/** DescribePhoneNumbers takes at most 5 ids. */
const DESCRIBE_BATCH = 5;

/**
 * The phone numbers of `ids` that exist, five a call. The service fails a whole call for an id
 * that does not exist, so the ids of such a call are then described one by one.
 */
export async function describePhoneNumbers(client: SmsClient, ids: readonly string[]): Promise<PhoneNumberInformation[]> {
  const found: PhoneNumberInformation[] = [];
  for (let start = 0; start < ids.length; start += DESCRIBE_BATCH) {
    const batch = ids.slice(start, start + DESCRIBE_BATCH);
    const response = await unlessNotFound(() => client.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: batch })));
    if (response) found.push(...response.PhoneNumbers ?? []);
    else if (batch.length > 1) for (const id of batch) found.push(...await describePhoneNumbers(client, [id]));
  }
  return found;
}

/** Everything the handler reconciles (its keywords only `withKeywords`, else none); undefined when the number is gone or released. */
export async function readPhoneNumber(client: SmsClient, id: string, withKeywords: boolean): Promise<PhoneNumberActual | undefined> {
  const info = await describePhoneNumber(client, id);
  if (!info?.PhoneNumberArn || info.Status === RELEASED) return undefined;
  return {
    arn: info.PhoneNumberArn,
    id,
    phoneNumber: info.PhoneNumber ?? '',
    status: info.Status ?? '',
    poolId: info.PoolId,
    settings: numberSettings(info),
    keywords: withKeywords ? await readKeywords(client, id) : new Map(),
  };
}

/** The settings of a phone number as the service describes it. */
export function numberSettings(info: PhoneNumberInformation): OriginationSettings {
  return {
    optOutListName: info.OptOutListName ?? '',
    selfManagedOptOutsEnabled: info.SelfManagedOptOutsEnabled ?? false,
    twoWay: { enabled: info.TwoWayEnabled ?? false, channelArn: info.TwoWayChannelArn, channelRole: info.TwoWayChannelRole },
    deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
    internationalSendingEnabled: info.InternationalSendingEnabled ?? false,
  };
}

/**
 * The phone numbers among `identities` (ARNs or ids, as declared), each described once, keyed by
 * the identity as declared; sender IDs and numbers that do not exist are left out.
 */
export async function describeNumbersAmong(client: SmsClient, identities: readonly string[]): Promise<Map<string, PhoneNumberInformation>> {
  const numbers = identities.map(identity => ({ identity, id: phoneNumberIdOf(identity) }));
  const described = await describePhoneNumbers(client, numbers.map(n => n.id).filter((id): id is string => id !== undefined));
  const found = new Map<string, PhoneNumberInformation>();
  for (const { identity, id } of numbers) {
    const info = described.find(d => d.PhoneNumberId === id);
    if (info) found.set(identity, info);
  }
  return found;
}

/** The phone number id an origination identity (ARN or id) names, or undefined for a sender ID. */
export function phoneNumberIdOf(identity: string): string | undefined {
  return smsResourceId(identity, 'phone-number') ?? (/^phone-[0-9a-f]+$/.test(identity) ? identity : undefined);
}
