import {
  DescribePoolsCommand,
  ListPoolOriginationIdentitiesCommand,
  PinpointSMSVoiceV2Client,
  RequestPhoneNumberCommand,
  RequestPhoneNumberCommandInput,
  RequestSenderIdCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  keywordProperties, KeywordView, OriginationOptions, readKeywords, readTags, tagProperties, TwoWayOptions, twoWayProperties, twoWayView,
} from './phone-numbers';
import { RawProperties } from '../../../lambda/sms-provider/events';

export interface PoolOptions extends OriginationOptions {
  readonly identities: readonly string[];
  readonly isoCountryCode?: string;
  readonly messageType?: string;
  readonly sharedRoutes?: boolean;
  readonly withoutSchemaVersion?: boolean;
}

/** The properties of a Custom::SmsVoicePool as CloudFormation delivers them: booleans as strings. */
export function poolProperties(options: PoolOptions): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    OriginationIdentities: [...options.identities],
    IsoCountryCode: options.isoCountryCode ?? 'US',
    MessageType: options.messageType ?? 'TRANSACTIONAL',
    ...options.optOutList !== undefined ? { OptOutListName: options.optOutList } : {},
    ...options.selfManagedOptOuts !== undefined ? { SelfManagedOptOutsEnabled: String(options.selfManagedOptOuts) } : {},
    ...options.sharedRoutes !== undefined ? { SharedRoutesEnabled: String(options.sharedRoutes) } : {},
    ...options.twoWay ? { TwoWay: twoWayProperties(options.twoWay) } : {},
    DeletionProtectionEnabled: String(options.deletionProtection ?? false),
    ...options.keywords ? { Keywords: keywordProperties(options.keywords) } : {},
    ...options.tags ? { Tags: tagProperties(options.tags) } : {},
  };
}

export interface PoolView {
  readonly status: string;
  readonly messageType: string;
  /** ARNs, sorted. */
  readonly identities: readonly string[];
  readonly optOutListName: string;
  readonly selfManagedOptOuts: boolean;
  readonly sharedRoutes: boolean;
  readonly twoWay?: TwoWayOptions;
  readonly deletionProtection: boolean;
  readonly keywords: { readonly [keyword: string]: KeywordView };
  readonly tags: { readonly [key: string]: string };
}

/** What the service has for pool `id`; undefined when there is none. */
export async function readPool(client: PinpointSMSVoiceV2Client, id: string): Promise<PoolView | undefined> {
  let pool;
  try {
    [pool] = (await client.send(new DescribePoolsCommand({ PoolIds: [id] }))).Pools ?? [];
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  const { OriginationIdentities } = await client.send(new ListPoolOriginationIdentitiesCommand({ PoolId: id }));
  return {
    status: pool.Status!,
    messageType: pool.MessageType!,
    identities: (OriginationIdentities ?? []).map(i => i.OriginationIdentityArn!).sort(),
    optOutListName: pool.OptOutListName!,
    selfManagedOptOuts: pool.SelfManagedOptOutsEnabled ?? false,
    sharedRoutes: pool.SharedRoutesEnabled ?? false,
    twoWay: twoWayView(pool),
    deletionProtection: pool.DeletionProtectionEnabled ?? false,
    keywords: await readKeywords(client, id),
    tags: await readTags(client, pool.PoolArn!),
  };
}

/** An ACTIVE US long code requested straight through the SDK (statuses settle at once unless delayed). */
export async function requestNumber(client: PinpointSMSVoiceV2Client, input: Partial<RequestPhoneNumberCommandInput> = {}): Promise<string> {
  const response = await client.send(new RequestPhoneNumberCommand({
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: 'LONG_CODE', ...input,
  }));
  return response.PhoneNumberArn!;
}

/** A sender ID requested straight through the SDK. */
export async function requestSender(client: PinpointSMSVoiceV2Client, senderId: string, isoCountryCode = 'US'): Promise<string> {
  return (await client.send(new RequestSenderIdCommand({ SenderId: senderId, IsoCountryCode: isoCountryCode }))).SenderIdArn!;
}
