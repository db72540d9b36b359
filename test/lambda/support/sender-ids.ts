import { DescribeSenderIdsCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { readTags, tagProperties } from './phone-numbers';
import { RawProperties } from '../../../lambda/sms-provider/events';

export interface SenderIdOptions {
  readonly senderId?: string;
  readonly isoCountryCode?: string;
  readonly messageTypes?: readonly string[];
  readonly deletionProtection?: boolean;
  /** @default false, as RemovalPolicy.RETAIN */
  readonly releaseOnDelete?: boolean;
  readonly tags?: { readonly [key: string]: string };
  readonly withoutSchemaVersion?: boolean;
}

/** The properties of a Custom::SmsVoiceSenderId as CloudFormation delivers them. */
export function senderIdProperties(options: SenderIdOptions = {}): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    SenderId: options.senderId ?? 'ORDERS',
    IsoCountryCode: options.isoCountryCode ?? 'GB',
    ...options.messageTypes ? { MessageTypes: [...options.messageTypes] } : {},
    DeletionProtectionEnabled: String(options.deletionProtection ?? false),
    ReleaseOnDelete: String(options.releaseOnDelete ?? false),
    ...options.tags ? { Tags: tagProperties(options.tags) } : {},
  };
}

export interface SenderIdView {
  readonly messageTypes: readonly string[];
  readonly deletionProtection: boolean;
  readonly tags: { readonly [key: string]: string };
}

/** What the service has for a sender ID in a country; undefined when there is none. */
export async function readSenderId(client: PinpointSMSVoiceV2Client, senderId = 'ORDERS', isoCountryCode = 'GB'): Promise<SenderIdView | undefined> {
  let found;
  try {
    const response = await client.send(new DescribeSenderIdsCommand({ SenderIds: [{ SenderId: senderId, IsoCountryCode: isoCountryCode }] }));
    [found] = response.SenderIds ?? [];
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  return {
    messageTypes: [...found.MessageTypes ?? []].sort(),
    deletionProtection: found.DeletionProtectionEnabled ?? false,
    tags: await readTags(client, found.SenderIdArn!),
  };
}

export function senderIdArn(senderId = 'ORDERS', isoCountryCode = 'GB'): string {
  return `arn:aws:sms-voice:us-east-1:123456789012:sender-id/${senderId}/${isoCountryCode}`;
}

/** The sender ID and country a sender ID ARN names. */
export function senderIdOf(arn: string): { readonly senderId: string; readonly isoCountryCode: string } {
  const [senderId, isoCountryCode] = arn.split('/').slice(-2);
  return { senderId, isoCountryCode };
}
