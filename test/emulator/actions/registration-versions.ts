import type {
  CreateRegistrationVersionRequest,
  CreateRegistrationVersionResult,
  DescribeRegistrationVersionsRequest,
  DescribeRegistrationVersionsResult,
  DiscardRegistrationVersionRequest,
  DiscardRegistrationVersionResult,
  RegistrationVersionFilterName,
  RegistrationVersionStatus,
  SubmitRegistrationVersionRequest,
  SubmitRegistrationVersionResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { conflict, invalidField, validationError } from '../errors';
import type { RegistrationRecord, RegistrationVersionRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues } from './filters';
import { definitionsOf, positionKey } from './registration-definitions';
import {
  currentVersion,
  findRegistration,
  latestKeptVersion,
  moveVersion,
  newVersion,
  requireCurrentVersion,
  versionAnswer,
  versionInformation,
} from './registration-records';

/** The version of a registration that a number names; ValidationException UNKNOWN_REGISTRATION_VERSION if there is none. */
export function findVersion(record: RegistrationRecord, versionNumber: number, member: string): RegistrationVersionRecord {
  const version = record.versions.find(v => v.versionNumber === versionNumber);
  if (!version) {
    throw invalidField('UNKNOWN_REGISTRATION_VERSION', member, `The registration ${record.id} has no version ${versionNumber}.`);
  }
  return version;
}

const UNDER_REVIEW: readonly RegistrationVersionStatus[] = ['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING'];

/** A new DRAFT with the field values of the latest version that was not discarded. */
const createRegistrationVersion: ActionHandler<CreateRegistrationVersionRequest, Wire<CreateRegistrationVersionResult>> = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const current = currentVersion(record);
  if (['DRAFT', ...UNDER_REVIEW].includes(current.status)) {
    throw conflict('CREATE_REGISTRATION_VERSION_NOT_ALLOWED', 'registration', record.id,
      `Version ${current.versionNumber} of the registration ${record.id} is ${current.status}; a new version can be created once it is decided or discarded.`);
  }
  const version = newVersion(context, current.versionNumber + 1, latestKeptVersion(record)?.fieldValues.values());
  record.versions.push(version);
  return versionAnswer(record, version);
};

const FILTER_VALUES: FilterValues<RegistrationVersionRecord, RegistrationVersionFilterName> = {
  'registration-version-status': v => [v.status],
};

type DescribeHandler = ActionHandler<DescribeRegistrationVersionsRequest, Wire<DescribeRegistrationVersionsResult>>;

const describeRegistrationVersions: DescribeHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const page = describePage(input, {
    byName: { member: 'VersionNumbers', names: input.VersionNumbers, find: n => findVersion(record, n, 'VersionNumbers') },
    all: () => record.versions,
    filterValues: FILTER_VALUES,
    keyOf: v => positionKey(v.versionNumber),
  });
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    RegistrationVersions: page.items.map(versionInformation),
    NextToken: page.nextToken,
  };
};

/** ValidationException FIELD_VALIDATION_FAILED naming every REQUIRED field that has no value. */
function requireRequiredFields(record: RegistrationRecord, version: RegistrationVersionRecord): void {
  const missing = definitionsOf(record.registrationType).fields
    .filter(f => f.FieldRequirement === 'REQUIRED' && !version.fieldValues.has(f.FieldPath!))
    .map(f => ({ Name: f.FieldPath!, Message: `${f.FieldPath} is required` }));
  if (missing.length > 0) throw validationError('FIELD_VALIDATION_FAILED', missing);
}

/** ValidationException INVALID_REGISTRATION_ASSOCIATION for each ASSOCIATE_BEFORE_SUBMIT resource type without an association. */
function requireAssociationsBeforeSubmit(record: RegistrationRecord): void {
  const missing = (definitionsOf(record.registrationType).type.SupportedAssociations ?? [])
    .filter(a => a.AssociationBehavior === 'ASSOCIATE_BEFORE_SUBMIT')
    .filter(a => ![...record.associations.values()].some(r => r.resourceType === a.ResourceType))
    .map(a => ({ Name: 'RegistrationId', Message: `The registration ${record.id} needs an associated ${a.ResourceType} before it is submitted` }));
  if (missing.length > 0) throw validationError('INVALID_REGISTRATION_ASSOCIATION', missing);
}

/** The DRAFT is SUBMITTED; with AwsReview, AWS_REVIEWING. */
const submitRegistrationVersion: ActionHandler<SubmitRegistrationVersionRequest, Wire<SubmitRegistrationVersionResult>> = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const current = currentVersion(record);
  if (UNDER_REVIEW.includes(current.status)) {
    throw conflict('REGISTRATION_ALREADY_SUBMITTED', 'registration', record.id,
      `Version ${current.versionNumber} of the registration ${record.id} is already ${current.status}.`);
  }
  const version = requireCurrentVersion(record, ['DRAFT'], 'SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED');
  requireRequiredFields(record, version);
  requireAssociationsBeforeSubmit(record);
  moveVersion(context, version, 'SUBMITTED');
  if (input.AwsReview) moveVersion(context, version, 'AWS_REVIEWING');
  return { ...versionAnswer(record, version), AwsReview: input.AwsReview ?? false };
};

/** Only a DRAFT can be discarded; it stays the current version (CurrentVersionNumber does not go back). */
const discardRegistrationVersion: ActionHandler<DiscardRegistrationVersionRequest, Wire<DiscardRegistrationVersionResult>> = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const version = requireCurrentVersion(record, ['DRAFT'], 'DISCARD_REGISTRATION_VERSION_NOT_ALLOWED');
  moveVersion(context, version, 'DISCARDED');
  return versionAnswer(record, version);
};

/** Test hooks: the current version moves from one of `from` to `to`; an Error if it is not in one of them. */
export function reviewCurrentVersion(
  context: ActionContext, idOrArn: string, from: readonly RegistrationVersionStatus[], to: RegistrationVersionStatus,
): RegistrationVersionRecord {
  const record = findRegistration(context, idOrArn);
  const version = currentVersion(record);
  if (!from.includes(version.status)) {
    throw new Error(`Version ${version.versionNumber} of the registration ${record.id} is ${version.status}; it can become ${to} only from ${from.join(', ')}`);
  }
  if (to === 'APPROVED') record.versions.filter(v => v.status === 'APPROVED').forEach(v => moveVersion(context, v, 'ARCHIVED'));
  moveVersion(context, version, to);
  return version;
}

export const REGISTRATION_VERSION_ACTIONS = {
  CreateRegistrationVersion: createRegistrationVersion,
  DescribeRegistrationVersions: describeRegistrationVersions,
  SubmitRegistrationVersion: submitRegistrationVersion,
  DiscardRegistrationVersion: discardRegistrationVersion,
};
