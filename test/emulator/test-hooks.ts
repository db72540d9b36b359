import type { NumberStatus, PoolStatus, RegistrationVersionStatus } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { ActionContext } from './actions/context';
import { findOptOutList } from './actions/opt-out-lists';
import { optOut } from './actions/opted-out-numbers';
import { findPhoneNumber, findPool } from './actions/origination-identities';
import { findRegistrationAttachment } from './actions/registration-attachments';
import { currentVersion, findRegistration, IN_REVIEW, moveVersion } from './actions/registrations';
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

/** A reason a review gives for denying a registration version; `fieldPath` also marks that field. */
export interface RegistrationDenial {
  readonly reason: string;
  readonly shortDescription: string;
  readonly longDescription?: string;
  readonly fieldPath?: string;
}

/** What a review of a registration's current version decides (a person's work in the real service, days to weeks). */
export type RegistrationReview =
  | { readonly decision: 'REVIEWING' | 'APPROVED' | 'REQUIRES_AUTHENTICATION' }
  | { readonly decision: 'DENIED'; readonly reasons: readonly RegistrationDenial[] };

/** The statuses each decision moves a version from. */
const REVIEWABLE: { readonly [decision in RegistrationReview['decision']]: readonly RegistrationVersionStatus[] } = {
  REVIEWING: ['SUBMITTED', 'AWS_REVIEWING'],
  APPROVED: [...IN_REVIEW, 'REQUIRES_AUTHENTICATION'],
  DENIED: [...IN_REVIEW, 'REQUIRES_AUTHENTICATION'],
  REQUIRES_AUTHENTICATION: IN_REVIEW,
};

/**
 * Moves the registration's current version through its review: an approval archives the version
 * approved before it; a denial records its reasons, on the version and on the fields they name.
 */
export function reviewRegistration(context: ActionContext, idOrArn: string, review: RegistrationReview): void {
  const record = findRegistration(context, idOrArn);
  const version = currentVersion(record);
  if (!REVIEWABLE[review.decision].includes(version.status)) {
    throw new Error(`version ${version.versionNumber} of ${record.id} is ${version.status}: a review cannot make it ${review.decision}`
      + ` (only from ${REVIEWABLE[review.decision].join(', ')})`);
  }
  if (review.decision === 'APPROVED') {
    for (const earlier of record.versions) if (earlier.status === 'APPROVED') moveVersion(context, earlier, 'ARCHIVED');
  }
  if (review.decision === 'DENIED') {
    version.deniedReasons = review.reasons.map(r => ({ Reason: r.reason, ShortDescription: r.shortDescription, LongDescription: r.longDescription }));
    for (const reason of review.reasons) {
      const value = reason.fieldPath === undefined ? undefined : version.fieldValues.get(reason.fieldPath);
      if (value) value.deniedReason = reason.shortDescription;
    }
  }
  moveVersion(context, version, review.decision);
}
