import {
  DescribeKeywordsCommand,
  DescribePhoneNumbersCommand,
  ListTagsForResourceCommand,
  PinpointSMSVoiceV2Client,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RawProperties } from '../../../lambda/sms-provider/events';

export interface KeywordOptions {
  readonly keyword: string;
  readonly message: string;
  readonly action?: string;
}

export interface TwoWayOptions {
  readonly channelArn: string;
  readonly role?: string;
}

export interface PhoneNumberOptions {
  readonly isoCountryCode?: string;
  readonly messageType?: string;
  readonly numberCapabilities?: readonly string[];
  readonly numberType?: string;
  readonly optOutList?: string;
  readonly registrationId?: string;
  readonly poolId?: string;
  readonly internationalSendingEnabled?: boolean;
  readonly deletionProtection?: boolean;
  readonly selfManagedOptOuts?: boolean;
  readonly twoWay?: TwoWayOptions;
  readonly keywords?: readonly KeywordOptions[];
  /** @default true */
  readonly waitForActive?: boolean;
  /** @default false, as RemovalPolicy.RETAIN */
  readonly releaseOnDelete?: boolean;
  readonly tags?: { readonly [key: string]: string };
  readonly withoutSchemaVersion?: boolean;
}

export const CHANNEL = 'arn:aws:sns:us-east-1:123456789012:inbound-sms';
export const CHANNEL_ROLE = 'arn:aws:iam::123456789012:role/inbound-sms';

/** The properties of a Custom::SmsVoicePhoneNumber as CloudFormation delivers them: booleans as strings. */
export function phoneNumberProperties(options: PhoneNumberOptions = {}): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    IsoCountryCode: options.isoCountryCode ?? 'US',
    MessageType: options.messageType ?? 'TRANSACTIONAL',
    NumberCapabilities: [...options.numberCapabilities ?? ['SMS']],
    NumberType: options.numberType ?? 'LONG_CODE',
    ...options.optOutList !== undefined ? { OptOutListName: options.optOutList } : {},
    ...options.registrationId !== undefined ? { RegistrationId: options.registrationId } : {},
    ...options.poolId !== undefined ? { PoolId: options.poolId } : {},
    ...options.internationalSendingEnabled !== undefined ? { InternationalSendingEnabled: String(options.internationalSendingEnabled) } : {},
    DeletionProtectionEnabled: String(options.deletionProtection ?? false),
    ...options.selfManagedOptOuts !== undefined ? { SelfManagedOptOutsEnabled: String(options.selfManagedOptOuts) } : {},
    ...options.twoWay ? { TwoWay: twoWayProperties(options.twoWay) } : {},
    ...options.keywords ? { Keywords: keywordProperties(options.keywords) } : {},
    WaitForActive: String(options.waitForActive ?? true),
    ReleaseOnDelete: String(options.releaseOnDelete ?? false),
    ...options.tags ? { Tags: tagProperties(options.tags) } : {},
  };
}

export function twoWayProperties(twoWay: TwoWayOptions): RawProperties {
  return { ChannelArn: twoWay.channelArn, ...twoWay.role ? { ChannelRole: twoWay.role } : {} };
}

export function keywordProperties(keywords: readonly KeywordOptions[]): RawProperties[] {
  return keywords.map(k => ({ Keyword: k.keyword, KeywordMessage: k.message, KeywordAction: k.action ?? 'AUTOMATIC_RESPONSE' }));
}

export function tagProperties(tags: { readonly [key: string]: string }): RawProperties[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

export interface KeywordView {
  readonly message: string;
  readonly action: string;
}

/** A phone number as a test compares it. */
export interface PhoneNumberView {
  readonly status: string;
  readonly poolId?: string;
  readonly optOutListName: string;
  readonly selfManagedOptOuts: boolean;
  readonly twoWay?: TwoWayOptions;
  readonly deletionProtection: boolean;
  readonly internationalSendingEnabled: boolean;
  readonly keywords: { readonly [keyword: string]: KeywordView };
  readonly tags: { readonly [key: string]: string };
}

/** What the service has for phone number `id` (released ones included); undefined when there is none. */
export async function readPhoneNumber(client: PinpointSMSVoiceV2Client, id: string): Promise<PhoneNumberView | undefined> {
  let number;
  try {
    [number] = (await client.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [id] }))).PhoneNumbers ?? [];
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  const released = number.Status === 'DELETED';
  return {
    status: number.Status!,
    poolId: number.PoolId,
    optOutListName: number.OptOutListName!,
    selfManagedOptOuts: number.SelfManagedOptOutsEnabled ?? false,
    twoWay: twoWayView(number),
    deletionProtection: number.DeletionProtectionEnabled ?? false,
    internationalSendingEnabled: number.InternationalSendingEnabled ?? false,
    keywords: released ? {} : await readKeywords(client, id),
    tags: released ? {} : await readTags(client, number.PhoneNumberArn!),
  };
}

/** Two-way messaging as the service describes it on a phone number or pool. */
export function twoWayView(described: { TwoWayEnabled?: boolean; TwoWayChannelArn?: string; TwoWayChannelRole?: string }): TwoWayOptions | undefined {
  if (!described.TwoWayEnabled) return undefined;
  return { channelArn: described.TwoWayChannelArn!, ...described.TwoWayChannelRole ? { role: described.TwoWayChannelRole } : {} };
}

export async function readKeywords(client: PinpointSMSVoiceV2Client, originationIdentity: string): Promise<{ [keyword: string]: KeywordView }> {
  const { Keywords } = await client.send(new DescribeKeywordsCommand({ OriginationIdentity: originationIdentity }));
  return Object.fromEntries((Keywords ?? []).map(k => [k.Keyword, { message: k.KeywordMessage!, action: k.KeywordAction! }]));
}

export async function readTags(client: PinpointSMSVoiceV2Client, arn: string): Promise<{ [key: string]: string }> {
  const { Tags } = await client.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return Object.fromEntries((Tags ?? []).map(t => [t.Key, t.Value]));
}

/** The keywords every new number and pool has (the emulator's messages). */
export const MANDATORY_KEYWORDS = ['HELP', 'STOP'];

const HELP_DEFAULT = 'Reply STOP to unsubscribe. Msg&data rates may apply.';
const STOP_DEFAULT = 'You have been unsubscribed and will receive no further messages.';

/**
 * The keywords reading back shows for a number or pool that declares `declared` and was never changed
 * outside the stack: HELP and STOP with the service's messages, and the declared ones by upper case
 * (a declared HELP or STOP sets its message only; the service keeps their actions).
 */
export function expectedKeywords(declared: readonly KeywordOptions[] = []): { [keyword: string]: KeywordView } {
  const keywords: { [keyword: string]: KeywordView } = {
    HELP: { message: HELP_DEFAULT, action: 'AUTOMATIC_RESPONSE' },
    STOP: { message: STOP_DEFAULT, action: 'OPT_OUT' },
  };
  for (const k of declared) {
    const key = k.keyword.toUpperCase();
    keywords[key] = { message: k.message, action: MANDATORY_KEYWORDS.includes(key) ? keywords[key].action : k.action ?? 'AUTOMATIC_RESPONSE' };
  }
  return keywords;
}

/** What numbers and pools share of what they declare. */
export interface OriginationOptions {
  readonly optOutList?: string;
  readonly selfManagedOptOuts?: boolean;
  readonly twoWay?: TwoWayOptions;
  readonly deletionProtection?: boolean;
  readonly keywords?: readonly KeywordOptions[];
  readonly tags?: { readonly [key: string]: string };
}

/** What reading back shows of the settings numbers and pools share, for options never changed outside the stack. */
export function expectedOrigination(options: OriginationOptions): Omit<PhoneNumberView, 'status' | 'poolId' | 'internationalSendingEnabled'> {
  return {
    optOutListName: options.optOutList ?? 'Default',
    selfManagedOptOuts: options.selfManagedOptOuts ?? false,
    twoWay: options.twoWay,
    deletionProtection: options.deletionProtection ?? false,
    keywords: expectedKeywords(options.keywords),
    tags: { ...options.tags },
  };
}

/** The id at the end of an ARN. */
export function idOf(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}
