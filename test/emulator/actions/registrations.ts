import type {
  CreateRegistrationRequest,
  CreateRegistrationResult,
  CreateRegistrationVersionRequest,
  CreateRegistrationVersionResult,
  DeleteRegistrationRequest,
  DeleteRegistrationResult,
  DescribeRegistrationsRequest,
  DescribeRegistrationsResult,
  DescribeRegistrationVersionsRequest,
  DescribeRegistrationVersionsResult,
  DiscardRegistrationVersionRequest,
  DiscardRegistrationVersionResult,
  RegistrationFilterName,
  RegistrationInformation,
  RegistrationStatus,
  RegistrationVersionFilterName,
  RegistrationVersionInformation,
  RegistrationVersionStatus,
  SubmitRegistrationVersionRequest,
  SubmitRegistrationVersionResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf } from '../arns';
import { conflict, invalidField, validationError } from '../errors';
import { generatedId } from '../ids';
import { REGISTRATION_TYPES, RegistrationTypeForm } from '../registration-types';
import type { RegistrationRecord, RegistrationVersionRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues } from './filters';
import { lookup } from './lookup';
import { addTags, tagListOf } from './tags';

/** The registration an id or ARN names; ResourceNotFoundException if there is none. */
export function findRegistration(context: ActionContext, idOrArn: string): RegistrationRecord {
  return lookup(context, context.state.registrations, 'registration', idOrArn);
}

/** The form of a registration type; ValidationException UNKNOWN_REGISTRATION_TYPE if the emulator has none. */
export function formOf(registrationType: string): RegistrationTypeForm {
  const form = REGISTRATION_TYPES.get(registrationType);
  if (!form) throw invalidField('UNKNOWN_REGISTRATION_TYPE', 'RegistrationType', `The registration type ${registrationType} does not exist.`);
  return form;
}

/** The latest version, which field values are put on and which is submitted. */
export function currentVersion(record: RegistrationRecord): RegistrationVersionRecord {
  return record.versions[record.versions.length - 1];
}

/** The latest version that was not discarded, whose values a new version copies. */
function latestKept(record: RegistrationRecord): RegistrationVersionRecord | undefined {
  return [...record.versions].reverse().find(v => v.status !== 'DISCARDED');
}

/** The statuses of a version under review: it cannot change, and no new version can start. */
export const IN_REVIEW: readonly RegistrationVersionStatus[] = ['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_OFFLINE_REVIEW'];

/**
 * The registration's status follows its versions: COMPLETE while one is APPROVED, whatever later
 * versions do; otherwise the latest kept version's (DRAFT is CREATED, or REQUIRES_UPDATES after a
 * denial; DENIED is REQUIRES_UPDATES). A type whose last identity went away is CLOSED.
 */
export function registrationStatus(record: RegistrationRecord): RegistrationStatus {
  if (record.closed) return 'CLOSED';
  if (record.versions.some(v => v.status === 'APPROVED')) return 'COMPLETE';
  const latest = latestKept(record);
  const denied = record.versions.some(v => v.status === 'DENIED');
  switch (latest?.status) {
    case undefined:
    case 'DRAFT': return denied ? 'REQUIRES_UPDATES' : 'CREATED';
    case 'DENIED':
    case 'REVOKED': return 'REQUIRES_UPDATES';
    case 'REQUIRES_OFFLINE_REVIEW': return 'REVIEWING';
    case 'ARCHIVED': return 'COMPLETE';
    default: return latest!.status as RegistrationStatus;
  }
}

const HISTORY_MEMBER: { readonly [status in RegistrationVersionStatus]?: string } = {
  DRAFT: 'DraftTimestamp',
  SUBMITTED: 'SubmittedTimestamp',
  AWS_REVIEWING: 'AwsReviewingTimestamp',
  REVIEWING: 'ReviewingTimestamp',
  REQUIRES_AUTHENTICATION: 'RequiresAuthenticationTimestamp',
  APPROVED: 'ApprovedTimestamp',
  DISCARDED: 'DiscardedTimestamp',
  DENIED: 'DeniedTimestamp',
  REVOKED: 'RevokedTimestamp',
  ARCHIVED: 'ArchivedTimestamp',
};

/** Moves a version to `status`, remembering when in its history. */
export function moveVersion(context: ActionContext, version: RegistrationVersionRecord, status: RegistrationVersionStatus): void {
  version.status = status;
  const member = HISTORY_MEMBER[status];
  if (member) version.history[member] = context.now();
}

function registrationInformation(record: RegistrationRecord): Wire<RegistrationInformation> {
  const last = (status: RegistrationVersionStatus) => [...record.versions].reverse().find(v => v.status === status)?.versionNumber;
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    RegistrationType: record.registrationType,
    RegistrationStatus: registrationStatus(record),
    CurrentVersionNumber: currentVersion(record).versionNumber,
    ApprovedVersionNumber: last('APPROVED'),
    LatestDeniedVersionNumber: last('DENIED'),
    AdditionalAttributes: record.additionalAttributes,
    CreatedTimestamp: epochSeconds(record.createdAt),
  };
}

export function versionInformation(version: RegistrationVersionRecord): Wire<RegistrationVersionInformation> {
  return {
    VersionNumber: version.versionNumber,
    RegistrationVersionStatus: version.status,
    RegistrationVersionStatusHistory: Object.fromEntries(Object.entries(version.history).map(([member, ms]) => [member, epochSeconds(ms)])) as never,
    DeniedReasons: version.deniedReasons.length > 0 ? version.deniedReasons : undefined,
  };
}

function newVersion(context: ActionContext, versionNumber: number, copyOf?: RegistrationVersionRecord): RegistrationVersionRecord {
  const version: RegistrationVersionRecord = { versionNumber, status: 'DRAFT', history: {}, fieldValues: new Map(), deniedReasons: [] };
  for (const [path, value] of copyOf?.fieldValues ?? []) version.fieldValues.set(path, { ...value, deniedReason: undefined });
  moveVersion(context, version, 'DRAFT');
  return version;
}

const createRegistration: ActionHandler<CreateRegistrationRequest, Wire<CreateRegistrationResult>> = (input, context) => {
  formOf(input.RegistrationType!);
  const id = generatedId('registration');
  const record: RegistrationRecord = {
    id,
    arn: arnOf(context.scope, 'registration', id),
    registrationType: input.RegistrationType!,
    createdAt: context.now(),
    tags: new Map(),
    versions: [newVersion(context, 1)],
    associations: new Map(),
    additionalAttributes: {},
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  context.state.registrations.set(id, record);
  const { ApprovedVersionNumber, LatestDeniedVersionNumber, ...information } = registrationInformation(record);
  return { ...information, Tags: tagListOf(record) };
};

const describeRegistrations: ActionHandler<DescribeRegistrationsRequest, Wire<DescribeRegistrationsResult>> = (input, context) => {
  const filterValues: FilterValues<RegistrationRecord, RegistrationFilterName> = {
    'registration-type': r => [r.registrationType],
    'registration-status': r => [registrationStatus(r)],
  };
  const page = describePage(input, {
    byName: { member: 'RegistrationIds', names: input.RegistrationIds, find: id => findRegistration(context, id) },
    all: () => context.state.registrations.values(),
    filterValues,
    keyOf: r => r.id,
  });
  return { Registrations: page.items.map(registrationInformation), NextToken: page.nextToken };
};

/**
 * Follows the type's DisassociationBehavior: with identities still associated, a type that allows
 * deletion only once they are gone refuses; the others disassociate them.
 */
const deleteRegistration: ActionHandler<DeleteRegistrationRequest, Wire<DeleteRegistrationResult>> = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const form = formOf(record.registrationType);
  const blocking = [...record.associations.values()].filter(a => form.definition.SupportedAssociations?.some(s =>
    s.ResourceType === a.resourceType && s.DisassociationBehavior === 'DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION'));
  if (blocking.length > 0) {
    throw conflict('RESOURCE_DELETION_NOT_ALLOWED', 'registration', record.id, `The registration ${record.id} cannot be deleted while`
      + ` ${blocking.map(a => a.resourceId).join(', ')} ${blocking.length === 1 ? 'is' : 'are'} associated with it; release them first.`);
  }
  for (const association of record.associations.values()) {
    const number = context.state.phoneNumbers.get(association.resourceId);
    if (number?.registrationId === record.id) number.registrationId = undefined;
  }
  context.state.registrations.delete(record.id);
  return { ...registrationInformation(record), RegistrationStatus: 'DELETED' };
};

type CreateRegistrationVersionHandler = ActionHandler<CreateRegistrationVersionRequest, Wire<CreateRegistrationVersionResult>>;

const createRegistrationVersion: CreateRegistrationVersionHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const current = currentVersion(record);
  if (current.status === 'DRAFT' || IN_REVIEW.includes(current.status)) {
    throw conflict('CREATE_REGISTRATION_VERSION_NOT_ALLOWED', 'registration', record.id,
      `A new version of the registration ${record.id} cannot be created while version ${current.versionNumber} is ${current.status}.`);
  }
  const version = newVersion(context, current.versionNumber + 1, latestKept(record));
  record.versions.push(version);
  const { VersionNumber, RegistrationVersionStatus, RegistrationVersionStatusHistory } = versionInformation(version);
  return { RegistrationArn: record.arn, RegistrationId: record.id, VersionNumber, RegistrationVersionStatus, RegistrationVersionStatusHistory };
};

type DescribeRegistrationVersionsHandler = ActionHandler<DescribeRegistrationVersionsRequest, Wire<DescribeRegistrationVersionsResult>>;

const describeRegistrationVersions: DescribeRegistrationVersionsHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const find = (versionNumber: number) => {
    const version = record.versions.find(v => v.versionNumber === versionNumber);
    if (!version) throw invalidField('UNKNOWN_REGISTRATION_VERSION', 'VersionNumbers', `Version ${versionNumber} of ${record.id} does not exist.`);
    return version;
  };
  const filterValues: FilterValues<RegistrationVersionRecord, RegistrationVersionFilterName> = { 'registration-version-status': v => [v.status] };
  const page = describePage(input, {
    byName: { member: 'VersionNumbers', names: input.VersionNumbers, find },
    all: () => record.versions,
    filterValues,
    keyOf: v => String(v.versionNumber).padStart(6, '0'),
  });
  return {
    RegistrationArn: record.arn, RegistrationId: record.id, RegistrationVersions: page.items.map(versionInformation), NextToken: page.nextToken,
  };
};

/**
 * The current version must be a DRAFT with every required field, and with the associations its
 * type makes before submission.
 */
type SubmitRegistrationVersionHandler = ActionHandler<SubmitRegistrationVersionRequest, Wire<SubmitRegistrationVersionResult>>;

const submitRegistrationVersion: SubmitRegistrationVersionHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const version = currentVersion(record);
  if (version.status !== 'DRAFT') {
    throw conflict(IN_REVIEW.includes(version.status) ? 'REGISTRATION_ALREADY_SUBMITTED' : 'SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED', 'registration', record.id,
      `Version ${version.versionNumber} of the registration ${record.id} is ${version.status}, not DRAFT.`);
  }
  const form = formOf(record.registrationType);
  const missing = form.fields.filter(f => f.FieldRequirement === 'REQUIRED' && !version.fieldValues.has(f.FieldPath!));
  if (missing.length > 0) {
    throw validationError('FIELD_VALIDATION_FAILED', missing.map(f => ({ Name: f.FieldPath!, Message: `${f.FieldPath} is required.` })));
  }
  const unassociated = (form.definition.SupportedAssociations ?? []).filter(s => s.AssociationBehavior === 'ASSOCIATE_BEFORE_SUBMIT'
    && ![...record.associations.values()].some(a => a.resourceType === s.ResourceType));
  if (unassociated.length > 0) {
    throw validationError('INVALID_REGISTRATION_ASSOCIATION', unassociated.map(s => ({
      Name: 'RegistrationId', Message: `A ${s.ResourceType} must be associated with the registration before it is submitted.`,
    })));
  }
  moveVersion(context, version, input.AwsReview ? 'AWS_REVIEWING' : 'SUBMITTED');
  const { VersionNumber, RegistrationVersionStatus, RegistrationVersionStatusHistory } = versionInformation(version);
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    VersionNumber,
    RegistrationVersionStatus,
    RegistrationVersionStatusHistory,
    AwsReview: input.AwsReview ?? false,
  };
};

type DiscardRegistrationVersionHandler = ActionHandler<DiscardRegistrationVersionRequest, Wire<DiscardRegistrationVersionResult>>;

const discardRegistrationVersion: DiscardRegistrationVersionHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const version = currentVersion(record);
  if (version.status !== 'DRAFT') {
    throw conflict('DISCARD_REGISTRATION_VERSION_NOT_ALLOWED', 'registration', record.id,
      `Version ${version.versionNumber} of the registration ${record.id} is ${version.status}; only a DRAFT can be discarded.`);
  }
  moveVersion(context, version, 'DISCARDED');
  const { VersionNumber, RegistrationVersionStatus, RegistrationVersionStatusHistory } = versionInformation(version);
  return { RegistrationArn: record.arn, RegistrationId: record.id, VersionNumber, RegistrationVersionStatus, RegistrationVersionStatusHistory };
};

export const REGISTRATION_ACTIONS = {
  CreateRegistration: createRegistration,
  DescribeRegistrations: describeRegistrations,
  DeleteRegistration: deleteRegistration,
  CreateRegistrationVersion: createRegistrationVersion,
  DescribeRegistrationVersions: describeRegistrationVersions,
  SubmitRegistrationVersion: submitRegistrationVersion,
  DiscardRegistrationVersion: discardRegistrationVersion,
};
