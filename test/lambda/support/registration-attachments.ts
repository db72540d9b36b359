import { DescribeRegistrationAttachmentsCommand, PinpointSMSVoiceV2Client, RegistrationAttachmentsInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { idOf, readTags, tagProperties } from './phone-numbers';
import { RawProperties } from '../../../lambda/sms-provider/events';

export const ATTACHMENT_ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:registration-attachment/';

/** The ARN of an attachment the emulator makes: `attachment-` and 32 hex digits. */
export const ATTACHMENT_ARN = /^arn:aws:sms-voice:us-east-1:123456789012:registration-attachment\/attachment-[0-9a-f]{32}$/;

export const LOA_URL = 's3://letters/loa.pdf';

export interface RegistrationAttachmentOptions {
  /** @default LOA_URL */
  readonly url?: string;
  /** @default false, as RemovalPolicy.RETAIN */
  readonly releaseOnDelete?: boolean;
  readonly tags?: { readonly [key: string]: string };
  readonly withoutSchemaVersion?: boolean;
}

/** The properties of a Custom::SmsVoiceRegistrationAttachment as CloudFormation delivers them: booleans as strings. */
export function registrationAttachmentProperties(options: RegistrationAttachmentOptions = {}): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    AttachmentUrl: options.url ?? LOA_URL,
    ReleaseOnDelete: String(options.releaseOnDelete ?? false),
    ...options.tags ? { Tags: tagProperties(options.tags) } : {},
  };
}

export interface RegistrationAttachmentView {
  readonly url: string;
  readonly status: string;
  readonly tags: { readonly [key: string]: string };
}

/** What DescribeRegistrationAttachments says of one attachment (DELETED included); undefined when there is none. */
export async function describeRegistrationAttachment(client: PinpointSMSVoiceV2Client, arn: string):
Promise<RegistrationAttachmentsInformation | undefined> {
  try {
    const describe = new DescribeRegistrationAttachmentsCommand({ RegistrationAttachmentIds: [idOf(arn)] });
    return (await client.send(describe)).RegistrationAttachments?.[0];
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

/** What the service has for the attachment an ARN names; undefined when there is none, or it is DELETED. */
export async function readRegistrationAttachment(client: PinpointSMSVoiceV2Client, arn: string): Promise<RegistrationAttachmentView | undefined> {
  const info = await describeRegistrationAttachment(client, arn);
  if (!info || info.AttachmentStatus === 'DELETED') return undefined;
  return { url: info.AttachmentUrl!, status: info.AttachmentStatus!, tags: await readTags(client, arn) };
}

/** What reading back shows for an attachment deployed with these options and never changed outside the stack. */
export function expectedRegistrationAttachment(options: RegistrationAttachmentOptions): RegistrationAttachmentView {
  return { url: options.url ?? LOA_URL, status: 'UPLOAD_COMPLETE', tags: { ...options.tags } };
}
