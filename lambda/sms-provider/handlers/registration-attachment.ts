import { RegistrationAttachmentsInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REGISTRATION_ATTACHMENT, RegistrationAttachmentResourceProperties } from '../../../src/wire/registration-attachment-properties';
import { ResponseData } from '../events';
import {
  describeRegistrationAttachment,
  readRegistrationAttachment,
  RegistrationAttachmentActual,
} from './registration-attachment-state';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';

type Properties = RegistrationAttachmentResourceProperties;

/**
 * Custom::SmsVoiceRegistrationAttachment. The physical id is the attachment's ARN.
 *
 * onEvent creates the attachment from its S3 URL, which the service reads with the handler's
 * permissions; isComplete waits while the upload is in progress, fails clearly if it failed, and
 * reconciles the tags. A new URL is a new attachment. Delete removes it only when
 * `ReleaseOnDelete` is true; one a registration still uses is retried for a bounded time.
 */
export class RegistrationAttachmentHandler extends SmsResourceHandler<Properties, string, RegistrationAttachmentActual> {
  protected readonly contract = REGISTRATION_ATTACHMENT;

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateRegistrationAttachment', input: { AttachmentUrl: desired.AttachmentUrl } };
  }

  protected read(id: string): Promise<RegistrationAttachmentActual | undefined> {
    return readRegistrationAttachment(this.context.client, id);
  }

  protected waitFor(_desired: Properties, actual: RegistrationAttachmentActual): string | undefined {
    return actual.status === 'UPLOAD_IN_PROGRESS' ? 'the attachment is UPLOAD_IN_PROGRESS; waiting for UPLOAD_COMPLETE' : undefined;
  }

  protected plan(desired: Properties, actual: RegistrationAttachmentActual): PlannedCall[] {
    if (actual.status === 'UPLOAD_FAILED') throw uploadFailed(actual, desired.AttachmentUrl);
    return [];
  }

  protected data(actual: RegistrationAttachmentActual): ResponseData {
    return {
      [REGISTRATION_ATTACHMENT.attributes.ID]: actual.id,
      [REGISTRATION_ATTACHMENT.attributes.ARN]: actual.arn,
      [REGISTRATION_ATTACHMENT.attributes.STATUS]: actual.status,
    };
  }

  /** A DELETED attachment counts as gone. */
  protected removal(id: string): ResourceRemoval<RegistrationAttachmentsInformation> {
    return {
      describe: () => describeRegistrationAttachment(this.context.client, id),
      inspect: info => info.AttachmentStatus === 'DELETED' ? { state: 'gone' } : { state: 'ready' },
      call: { action: 'DeleteRegistrationAttachment', input: { RegistrationAttachmentId: id } },
      blockedBy: error => (error as { Reason?: string }).Reason === 'RESOURCE_DELETION_NOT_ALLOWED'
        ? `registration attachment '${id}' is still used by a field value of a registration, and DeleteRegistrationAttachment fails while`
          + ' it is; remove the field value (or delete the registration) first'
        : undefined,
    };
  }
}

function uploadFailed(actual: RegistrationAttachmentActual, url: string): Error {
  return new Error(`registration attachment '${actual.id}' failed to upload from ${url}`
    + ` (AttachmentUploadErrorReason ${actual.uploadErrorReason ?? 'none given'}): check that the object exists, is a PDF, JPEG or PNG`
    + ' file of at most 500 KB, and that the provider\'s role may read it (s3:GetObject, and kms:Decrypt if its bucket uses a KMS key),'
    + ' then deploy again; a new source makes a new attachment');
}
