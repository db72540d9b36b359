import type {
  ConflictExceptionReason,
  RegistrationInformation,
  RegistrationStatus,
  RegistrationVersionInformation,
  RegistrationVersionStatus,
  RegistrationVersionStatusHistory,
  SupportedAssociation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { conflict } from '../errors';
import { REGISTRATION_TYPES } from '../registration-types';
import type { RegistrationAssociationRecord, RegistrationFieldValueRecord, RegistrationRecord, RegistrationVersionRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext } from './context';
import { lookup } from './lookup';

/** The registration an id or ARN names; ResourceNotFoundException if there is none. */
export function findRegistration(context: ActionContext, idOrArn: string): RegistrationRecord {
  return lookup(context, context.state.registrations, 'registration', idOrArn);
}

/** The latest version, DISCARDED included: its number is the registration's CurrentVersionNumber. */
export function currentVersion(record: RegistrationRecord): RegistrationVersionRecord {
  return record.versions[record.versions.length - 1];
}

/** The latest version that was not discarded, if any. */
export function latestKeptVersion(record: RegistrationRecord): RegistrationVersionRecord | undefined {
  return [...record.versions].reverse().find(v => v.status !== 'DISCARDED');
}

/** `AWS_REVIEWING` → `AwsReviewingTimestamp` */
function historyMember(status: RegistrationVersionStatus): string {
  return `${status.toLowerCase().replace(/(^|_)([a-z])/g, (_match, _underscore, letter: string) => letter.toUpperCase())}Timestamp`;
}

/** A new DRAFT version with these field values (their denied reasons left behind). */
export function newVersion(
  context: ActionContext, versionNumber: number, values: Iterable<RegistrationFieldValueRecord> = [],
): RegistrationVersionRecord {
  const fieldValues = new Map([...values].map(({ deniedReason: _denied, ...value }) => [value.fieldPath, value]));
  return { versionNumber, status: 'DRAFT', history: { [historyMember('DRAFT')]: context.now() }, fieldValues, deniedReasons: [] };
}

/** The version reaches a status now. */
export function moveVersion(context: ActionContext, version: RegistrationVersionRecord, status: RegistrationVersionStatus): void {
  version.status = status;
  version.history[historyMember(status)] = context.now();
}

/** ConflictException with `reason` unless the current version's status is one of `allowed`. */
export function requireCurrentVersion(
  record: RegistrationRecord, allowed: readonly RegistrationVersionStatus[], reason: ConflictExceptionReason,
): RegistrationVersionRecord {
  const version = currentVersion(record);
  if (!allowed.includes(version.status)) {
    throw conflict(reason, 'registration', record.id,
      `Version ${version.versionNumber} of the registration ${record.id} is ${version.status}; it must be ${allowed.join(' or ')}.`);
  }
  return version;
}

const REVIEW_STATUSES: readonly RegistrationVersionStatus[] = ['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_AUTHENTICATION'];

/**
 * COMPLETE while a version is APPROVED; otherwise what the latest kept version says: a DRAFT is
 * CREATED (REQUIRES_UPDATES after a denial), a version under review gives its status, a DENIED or
 * REVOKED one REQUIRES_UPDATES.
 */
export function registrationStatusOf(record: RegistrationRecord): RegistrationStatus {
  if (record.closed) return 'CLOSED';
  if (record.versions.some(v => v.status === 'APPROVED')) return 'COMPLETE';
  const latest = latestKeptVersion(record);
  if (!latest) return 'CREATED';
  if (latest.status === 'DRAFT') return record.versions.some(v => v.status === 'DENIED') ? 'REQUIRES_UPDATES' : 'CREATED';
  if (REVIEW_STATUSES.includes(latest.status)) return latest.status as RegistrationStatus;
  return 'REQUIRES_UPDATES';
}

function lastNumberWith(record: RegistrationRecord, status: RegistrationVersionStatus): number | undefined {
  return [...record.versions].reverse().find(v => v.status === status)?.versionNumber;
}

export function registrationInformation(record: RegistrationRecord): Wire<RegistrationInformation> {
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    RegistrationType: record.registrationType,
    RegistrationStatus: registrationStatusOf(record),
    CurrentVersionNumber: currentVersion(record).versionNumber,
    ApprovedVersionNumber: lastNumberWith(record, 'APPROVED'),
    LatestDeniedVersionNumber: lastNumberWith(record, 'DENIED'),
    AdditionalAttributes: { ...record.additionalAttributes },
    CreatedTimestamp: epochSeconds(record.createdAt),
  };
}

export function versionInformation(version: RegistrationVersionRecord): Wire<RegistrationVersionInformation> {
  const history = Object.fromEntries(Object.entries(version.history).map(([member, at]) => [member, epochSeconds(at)]));
  return {
    VersionNumber: version.versionNumber,
    RegistrationVersionStatus: version.status,
    RegistrationVersionStatusHistory: history as Wire<RegistrationVersionStatusHistory> & { DraftTimestamp: number },
    ...version.deniedReasons.length > 0 ? { DeniedReasons: version.deniedReasons.map(r => ({ ...r })) } : {},
  };
}

/** What the answers of the version actions share: the registration and the version. */
export function versionAnswer(record: RegistrationRecord, version: RegistrationVersionRecord) {
  const { VersionNumber, RegistrationVersionStatus, RegistrationVersionStatusHistory } = versionInformation(version);
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    VersionNumber: VersionNumber!,
    RegistrationVersionStatus: RegistrationVersionStatus!,
    RegistrationVersionStatusHistory: RegistrationVersionStatusHistory!,
  };
}

/** The entry of the registration type's SupportedAssociations that an association falls under. */
export function supportedAssociationOf(
  registrationType: string, resourceType: string, isoCountryCode: string | undefined,
): SupportedAssociation | undefined {
  return REGISTRATION_TYPES[registrationType]?.type.SupportedAssociations?.find(a =>
    a.ResourceType === resourceType && (a.IsoCountryCode === undefined || a.IsoCountryCode === isoCountryCode));
}

/**
 * Removes an association; an associated phone number no longer names the registration. When the
 * resource itself went away and it was the last of its type under DISASSOCIATE_ALL_CLOSES_REGISTRATION,
 * the registration is CLOSED.
 */
export function removeAssociation(
  context: ActionContext, record: RegistrationRecord, association: RegistrationAssociationRecord, resourceGone: boolean,
): void {
  record.associations.delete(association.resourceArn);
  const phoneNumber = context.state.phoneNumbers.get(association.resourceId);
  if (phoneNumber?.registrationId === record.id) phoneNumber.registrationId = undefined;
  const behavior = supportedAssociationOf(record.registrationType, association.resourceType, association.isoCountryCode)?.DisassociationBehavior;
  const othersOfType = [...record.associations.values()].some(a => a.resourceType === association.resourceType);
  if (resourceGone && behavior === 'DISASSOCIATE_ALL_CLOSES_REGISTRATION' && !othersOfType) record.closed = true;
}

/** A released phone number or sender ID, or a deleted registration, leaves every registration it was associated with. */
export function dropRegistrationAssociations(context: ActionContext, resourceArn: string): void {
  for (const registration of context.state.registrations.values()) {
    const association = registration.associations.get(resourceArn);
    if (association) removeAssociation(context, registration, association, true);
  }
}
