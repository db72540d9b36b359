import type {
  AttachmentStatus,
  CreateRegistrationAttachmentRequest,
  CreateRegistrationAttachmentResult,
  DeleteRegistrationAttachmentRequest,
  DeleteRegistrationAttachmentResult,
  DescribeRegistrationAttachmentsRequest,
  DescribeRegistrationAttachmentsResult,
  RegistrationAttachmentFilterName,
  RegistrationAttachmentsInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { hasAttachmentExtension, MAX_ATTACHMENT_BYTES } from '../../../src/wire/validate-registration-attachment';
import { arnOf } from '../arns';
import { conflict, invalidField, notFound, validationError } from '../errors';
import { generatedId } from '../ids';
import type { RegistrationAttachmentRecord } from '../state';
import { GONE } from '../status';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues } from './filters';
import { lookup } from './lookup';
import { addTags, tagListOf } from './tags';

/** The first bytes of the file types the service takes: PDF (`%PDF`), JPEG and PNG. */
const MAGIC_NUMBERS = [Buffer.from('%PDF'), Buffer.from([0xff, 0xd8]), Buffer.from([0x89, 0x50, 0x4e, 0x47])];

/** `s3://BucketName/FileName`, as the reference gives AttachmentUrl. */
const S3_URL = /^s3:\/\/[^/]+\/.+$/;

function statusOf(context: ActionContext, record: RegistrationAttachmentRecord): AttachmentStatus {
  return context.statuses.statusOf(record.transition) as AttachmentStatus;
}

/**
 * The attachment an id or ARN names; ResourceNotFoundException if there is none, or (unless
 * `includeDeleted`) if it is DELETED.
 */
export function findRegistrationAttachment(context: ActionContext, idOrArn: string, includeDeleted = false): RegistrationAttachmentRecord {
  const record = lookup(context, context.state.registrationAttachments, 'registration-attachment', idOrArn);
  if (!includeDeleted && statusOf(context, record) === 'DELETED') throw notFound('registration-attachment', idOrArn);
  return record;
}

function attachmentInformation(context: ActionContext, record: RegistrationAttachmentRecord): Wire<RegistrationAttachmentsInformation> {
  return {
    RegistrationAttachmentArn: record.arn,
    RegistrationAttachmentId: record.id,
    AttachmentStatus: statusOf(context, record),
    ...record.uploadErrorReason ? { AttachmentUploadErrorReason: record.uploadErrorReason } : {},
    ...record.attachmentUrl ? { AttachmentUrl: record.attachmentUrl } : {},
    CreatedTimestamp: epochSeconds(record.createdAt),
  };
}

/** Exactly one of AttachmentUrl and AttachmentBody, of a type (and, for a body, a size) the service takes. */
function checkSource(input: CreateRegistrationAttachmentRequest): void {
  const { AttachmentUrl: url, AttachmentBody: body } = input;
  if (url !== undefined && body !== undefined) {
    throw validationError('PARAMETERS_CANNOT_BE_USED_TOGETHER', ['AttachmentUrl', 'AttachmentBody'].map(Name => ({
      Name, Message: 'Use either AttachmentUrl or AttachmentBody, not both',
    })));
  }
  if (url === undefined && body === undefined) {
    throw invalidField('MISSING_PARAMETER', 'AttachmentUrl', 'One of AttachmentUrl and AttachmentBody is required');
  }
  if (url !== undefined) {
    if (!S3_URL.test(url)) throw invalidField('INVALID_PARAMETER', 'AttachmentUrl', `${url} is not an S3 URL s3://BucketName/FileName`);
    if (!hasAttachmentExtension(url)) {
      throw invalidField('ATTACHMENT_TYPE_NOT_SUPPORTED', 'AttachmentUrl', `${url} is not a PDF, JPEG or PNG file`);
    }
    return;
  }
  // The SDK sends the body base64-encoded; the model's validation has checked it is.
  const bytes = Buffer.from(body as unknown as string, 'base64');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw invalidField('MAXIMUM_SIZE_EXCEEDED', 'AttachmentBody', `The file is ${bytes.length} bytes; the maximum is ${MAX_ATTACHMENT_BYTES}`);
  }
  if (!MAGIC_NUMBERS.some(magic => bytes.subarray(0, magic.length).equals(magic))) {
    throw invalidField('ATTACHMENT_TYPE_NOT_SUPPORTED', 'AttachmentBody', 'The file is not a PDF, JPEG or PNG file');
  }
}

type CreateHandler = ActionHandler<CreateRegistrationAttachmentRequest, Wire<CreateRegistrationAttachmentResult>>;

/** UPLOAD_IN_PROGRESS for the registration-attachment status delay, then UPLOAD_COMPLETE. */
const createRegistrationAttachment: CreateHandler = (input, context) => {
  checkSource(input);
  const id = generatedId('attachment');
  const record: RegistrationAttachmentRecord = {
    id,
    arn: arnOf(context.scope, 'registration-attachment', id),
    createdAt: context.now(),
    attachmentUrl: input.AttachmentUrl,
    tags: new Map(),
    transition: context.statuses.start('registration-attachment', 'UPLOAD_IN_PROGRESS', 'UPLOAD_COMPLETE'),
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  context.state.registrationAttachments.set(id, record);
  const { RegistrationAttachmentArn, RegistrationAttachmentId, AttachmentStatus, CreatedTimestamp } = attachmentInformation(context, record);
  return { RegistrationAttachmentArn, RegistrationAttachmentId, AttachmentStatus, CreatedTimestamp, Tags: tagListOf(record) };
};

type DescribeHandler = ActionHandler<DescribeRegistrationAttachmentsRequest, Wire<DescribeRegistrationAttachmentsResult>>;

/** DELETED attachments are described until they are gone; an unknown id is ResourceNotFoundException. */
const describeRegistrationAttachments: DescribeHandler = (input, context) => {
  const filterValues: FilterValues<RegistrationAttachmentRecord, RegistrationAttachmentFilterName> = {
    'attachment-status': r => [statusOf(context, r)],
  };
  const page = describePage(input, {
    byName: {
      member: 'RegistrationAttachmentIds',
      names: input.RegistrationAttachmentIds,
      find: id => findRegistrationAttachment(context, id, true),
    },
    all: () => context.state.registrationAttachments.values(),
    filterValues,
    keyOf: r => r.id,
  });
  return { RegistrationAttachments: page.items.map(r => attachmentInformation(context, r)), NextToken: page.nextToken };
};

type DeleteHandler = ActionHandler<DeleteRegistrationAttachmentRequest, Wire<DeleteRegistrationAttachmentResult>>;

/** The registrations with a version whose field values use the attachment. */
function registrationsUsing(context: ActionContext, record: RegistrationAttachmentRecord): string[] {
  return [...context.state.registrations.values()]
    .filter(r => r.versions.some(v => [...v.fieldValues.values()].some(f => f.registrationAttachmentId === record.id)))
    .map(r => r.id);
}

/**
 * An attachment a registration's field value uses cannot be deleted (ConflictException
 * RESOURCE_DELETION_NOT_ALLOWED). The attachment is DELETED for the registration-attachment status
 * delay (the response always says DELETED), then gone.
 */
const deleteRegistrationAttachment: DeleteHandler = (input, context) => {
  const record = findRegistrationAttachment(context, input.RegistrationAttachmentId!);
  const users = registrationsUsing(context, record);
  if (users.length > 0) {
    throw conflict('RESOURCE_DELETION_NOT_ALLOWED', 'registration-attachment', record.id,
      `The registration attachment ${record.id} is used by the registrations ${users.join(', ')}.`);
  }
  const information = attachmentInformation(context, record);
  record.transition = context.statuses.start('registration-attachment', 'DELETED', GONE);
  const { AttachmentUrl: _url, ...answer } = information;
  return { ...answer, AttachmentStatus: 'DELETED' };
};

export const REGISTRATION_ATTACHMENT_ACTIONS = {
  CreateRegistrationAttachment: createRegistrationAttachment,
  DescribeRegistrationAttachments: describeRegistrationAttachments,
  DeleteRegistrationAttachment: deleteRegistrationAttachment,
};
