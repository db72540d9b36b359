import { ReleasableResourceProperties, TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { registrationAttachmentViolations } from './validate-registration-attachment';

/**
 * The properties of a Custom::SmsVoiceRegistrationAttachment. Physical id: the attachment's ARN.
 *
 * AttachmentUrl is create-only (a new file is a new attachment); the tags are reconciled in place.
 * Delete removes the attachment only when `ReleaseOnDelete` is true.
 */
export interface RegistrationAttachmentResourceProperties extends ReleasableResourceProperties, TaggableResourceProperties {
  /** `s3://<bucket>/<key>` of a PDF, JPEG or PNG file, which the service reads with the handler's permissions. */
  readonly AttachmentUrl: string;
}

export const REGISTRATION_ATTACHMENT: ResourceContract<RegistrationAttachmentResourceProperties> = {
  resourceType: 'Custom::SmsVoiceRegistrationAttachment',
  noun: 'registration attachment',
  schemaVersions: ['1'],
  schema: {
    AttachmentUrl: fields.string,
    ReleaseOnDelete: fields.boolean,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: { AttachmentUrl: 'source' },
  arnResourceType: 'registration-attachment',
  attributes: { ID: 'RegistrationAttachmentId', ARN: 'RegistrationAttachmentArn', STATUS: 'AttachmentStatus' },
  violations: registrationAttachmentViolations,
};
