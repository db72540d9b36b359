import { RegistrationAssociationBehavior as AssociationBehavior } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PlannedCall } from './calls';
import { FieldValues, planFieldValues } from './registration-fields';

/** What a registration's current version allows: edits, nothing while it is reviewed, or a new version. */
export type VersionPhase = 'draft' | 'in review' | 'decided';

const PHASES: { readonly [versionStatus: string]: VersionPhase } = {
  DRAFT: 'draft',
  SUBMITTED: 'in review',
  AWS_REVIEWING: 'in review',
  REVIEWING: 'in review',
  REQUIRES_OFFLINE_REVIEW: 'in review',
};

export function versionPhase(versionStatus: string): VersionPhase {
  return PHASES[versionStatus] ?? 'decided';
}

/** A registration as the plan needs it. */
export interface RegistrationState {
  readonly id: string;
  readonly status: string;
  readonly versionNumber: number;
  readonly versionStatus: string;
  /** The field values of the current version. */
  readonly fieldValues: FieldValues;
}

/** A declared association that the service does not have yet, with the behaviour its type has. */
export interface PendingAssociation {
  /** The id or ARN the properties declare. */
  readonly resource: string;
  readonly behavior: AssociationBehavior;
}

export interface RegistrationPlanInput {
  readonly desiredFields: FieldValues;
  readonly fieldsDeclaredBefore: FieldValues;
  readonly submit: boolean;
  readonly actual: RegistrationState;
  readonly pendingAssociations: readonly PendingAssociation[];
}

/**
 * The calls that bring a registration to its declared fields and associations, following its
 * current version's status:
 * - a draft is edited in place: associations made before submission, field values, then the
 *   submission when `submit` is set;
 * - a version under review cannot change: a change fails with what to do;
 * - a decided version (approved, denied, requiring authentication, revoked, discarded) that the
 *   declared state differs from is followed by a new version, which the next read finds as a draft
 *   holding a copy of the values, and edits.
 * Associations made once the registration is complete wait for it to be complete; an association
 * never undoes.
 */
export function planRegistration(input: RegistrationPlanInput): PlannedCall[] {
  const { actual } = input;
  const fieldCalls = planFieldValues(actual.id, input.desiredFields, actual.fieldValues, input.fieldsDeclaredBefore);
  const beforeSubmit = associationCalls(actual.id, input.pendingAssociations, 'ASSOCIATE_BEFORE_SUBMIT');
  const afterComplete = actual.status === 'COMPLETE' ? associationCalls(actual.id, input.pendingAssociations, 'ASSOCIATE_AFTER_COMPLETE') : [];
  const submit: PlannedCall[] = input.submit ? [{ action: 'SubmitRegistrationVersion', input: { RegistrationId: actual.id } }] : [];

  switch (versionPhase(actual.versionStatus)) {
    case 'draft':
      return [...beforeSubmit, ...fieldCalls, ...submit, ...afterComplete];
    case 'in review':
      if (fieldCalls.length > 0 || beforeSubmit.length > 0) throw underReview(actual, fieldCalls, beforeSubmit);
      return afterComplete;
    case 'decided': {
      const unsubmittedAfterDiscard = actual.versionStatus === 'DISCARDED' && input.submit;
      if (fieldCalls.length === 0 && beforeSubmit.length === 0 && !unsubmittedAfterDiscard) return afterComplete;
      return [{ action: 'CreateRegistrationVersion', input: { RegistrationId: actual.id } }];
    }
  }
}

function associationCalls(registrationId: string, pending: readonly PendingAssociation[], behavior: AssociationBehavior): PlannedCall[] {
  return pending.filter(p => p.behavior === behavior)
    .map(p => ({ action: 'CreateRegistrationAssociation', input: { RegistrationId: registrationId, ResourceId: p.resource } }));
}

function underReview(actual: RegistrationState, fieldCalls: readonly PlannedCall[], associations: readonly PlannedCall[]): Error {
  const changes = [
    ...fieldCalls.map(call => `field ${(call.input as { FieldPath: string }).FieldPath}`),
    ...associations.map(call => `association with ${(call.input as { ResourceId: string }).ResourceId}`),
  ];
  return new Error(`registration '${actual.id}' is under review (version ${actual.versionNumber} is ${actual.versionStatus}), and nothing`
    + ' about it can change until the review ends, which can take weeks. Keep its fields and associations as they are for now'
    + ` (${changes.join(', ')} would change), and deploy the change once the version is APPROVED or DENIED: it then becomes a new version`);
}
