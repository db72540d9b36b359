import type { NumberStatus, PoolStatus, RegistrationVersionStatus } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { ActionContext } from './actions/context';
import { findOptOutList } from './actions/opt-out-lists';
import { optOut } from './actions/opted-out-numbers';
import { findPhoneNumber, findPool } from './actions/origination-identities';
import { findRegistrationAttachment } from './actions/registration-attachments';
import { reviewCurrentVersion } from './actions/registration-versions';
import { verifiedDestinationNumberOf } from './actions/verified-destination-numbers';
import { SHAPES } from './generated/operations.generated';

/** The resources whose status a test can set, and the statuses each can have. */
export type StatusSetting =
  | { readonly kind: 'phone-number'; readonly status: NumberStatus }
  | { readonly kind: 'pool'; readonly status: PoolStatus };

const STATUS_SHAPES = { 'phone-number': 'NumberStatus', 'pool': 'PoolStatus' } as const;

/**
 * Puts a phone number (released ones included) or a pool in a status that it keeps until an
 * action changes it; for example a registration-gated number from PENDING to ACTIVE.
 */
export function setStatus(context: ActionContext, idOrArn: string, setting: StatusSetting): void {
  const allowed = SHAPES[STATUS_SHAPES[setting.kind]].enum ?? [];
  if (!allowed.includes(setting.status)) throw new Error(`${setting.status} is not a ${setting.kind} status (${allowed.join(', ')})`);
  const record = setting.kind === 'pool' ? findPool(context, idOrArn) : findPhoneNumber(context, idOrArn, true);
  record.transition = context.statuses.hold(setting.status);
}

/** What happens when an end user replies STOP: the number is on the list with EndUserOptedOut true. */
export function simulateEndUserOptOut(context: ActionContext, optOutListName: string, phoneNumber: string): void {
  optOut(findOptOutList(context, optOutListName), phoneNumber, context.now(), true);
}

/** The service failed to copy the attachment's file: it is UPLOAD_FAILED, with AttachmentUploadErrorReason INTERNAL_ERROR. */
export function failAttachmentUpload(context: ActionContext, idOrArn: string): void {
  const record = findRegistrationAttachment(context, idOrArn);
  record.transition = context.statuses.hold('UPLOAD_FAILED');
  record.uploadErrorReason = 'INTERNAL_ERROR';
}

/** Why a review denied a registration version; a `fieldPath` also sets that field value's DeniedReason. */
export interface RegistrationDenial {
  readonly reason: string;
  readonly shortDescription: string;
  readonly longDescription?: string;
  readonly fieldPath?: string;
}

const IN_REVIEW: readonly RegistrationVersionStatus[] = ['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_AUTHENTICATION'];

/** The reviewers start on the submitted version: it is REVIEWING. */
export function startRegistrationReview(context: ActionContext, idOrArn: string): void {
  reviewCurrentVersion(context, idOrArn, ['SUBMITTED', 'AWS_REVIEWING'], 'REVIEWING');
}

/** The version under review is APPROVED, an earlier approved one ARCHIVED; the registration is COMPLETE. */
export function approveRegistration(context: ActionContext, idOrArn: string): void {
  reviewCurrentVersion(context, idOrArn, IN_REVIEW, 'APPROVED');
}

/** The version under review is DENIED with these reasons; the registration REQUIRES_UPDATES. */
export function denyRegistration(context: ActionContext, idOrArn: string, reasons: readonly RegistrationDenial[]): void {
  const version = reviewCurrentVersion(context, idOrArn, IN_REVIEW, 'DENIED');
  version.deniedReasons = reasons.map(r => ({
    Reason: r.reason,
    ShortDescription: r.shortDescription,
    ...r.longDescription === undefined ? {} : { LongDescription: r.longDescription },
  }));
  for (const { fieldPath, shortDescription } of reasons) {
    const value = fieldPath === undefined ? undefined : version.fieldValues.get(fieldPath);
    if (value) value.deniedReason = shortDescription;
  }
}

/** The reviewers need the registrant to authenticate: version and registration are REQUIRES_AUTHENTICATION. */
export function requireRegistrationAuthentication(context: ActionContext, idOrArn: string): void {
  reviewCurrentVersion(context, idOrArn, ['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING'], 'REQUIRES_AUTHENTICATION');
}

/** The approved current version is REVOKED; the registration REQUIRES_UPDATES. */
export function revokeRegistration(context: ActionContext, idOrArn: string): void {
  reviewCurrentVersion(context, idOrArn, ['APPROVED'], 'REVOKED');
}

/** The last code SendDestinationNumberVerificationCode sent to a verified destination number; undefined when none. */
export function verificationCode(context: ActionContext, idOrArnOrPhoneNumber: string): string | undefined {
  return verifiedDestinationNumberOf(context, idOrArnOrPhoneNumber)?.lastCode?.code;
}
