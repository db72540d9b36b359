import { DescribeRegistrationAttachmentsCommand, RegistrationAttachmentsInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../client';
import { describeOne } from './shared-reads';

/** A registration attachment as the service has it. */
export interface RegistrationAttachmentActual {
  readonly arn: string;
  readonly id: string;
  /** UPLOAD_IN_PROGRESS, UPLOAD_COMPLETE or UPLOAD_FAILED. */
  readonly status: string;
  /** Why the upload failed, when it did. */
  readonly uploadErrorReason?: string;
}

/** The attachment with this id (DELETED ones included), or undefined when there is none. */
export async function describeRegistrationAttachment(client: SmsClient, id: string): Promise<RegistrationAttachmentsInformation | undefined> {
  const describe = new DescribeRegistrationAttachmentsCommand({ RegistrationAttachmentIds: [id] });
  return describeOne(async () => (await client.send(describe)).RegistrationAttachments, info => info.RegistrationAttachmentId === id);
}

/** What the handler reconciles; undefined when the attachment is gone or DELETED. */
export async function readRegistrationAttachment(client: SmsClient, id: string): Promise<RegistrationAttachmentActual | undefined> {
  const info = await describeRegistrationAttachment(client, id);
  if (!info?.RegistrationAttachmentArn || info.AttachmentStatus === 'DELETED') return undefined;
  return {
    arn: info.RegistrationAttachmentArn,
    id,
    status: info.AttachmentStatus ?? '',
    uploadErrorReason: info.AttachmentUploadErrorReason,
  };
}
