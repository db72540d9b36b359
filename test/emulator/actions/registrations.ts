import type {
  CreateRegistrationRequest,
  CreateRegistrationResult,
  DeleteRegistrationRequest,
  DeleteRegistrationResult,
  DescribeRegistrationsRequest,
  DescribeRegistrationsResult,
  RegistrationFilterName,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf } from '../arns';
import { conflict } from '../errors';
import { generatedId } from '../ids';
import type { RegistrationRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues } from './filters';
import { definitionsOf } from './registration-definitions';
import {
  dropRegistrationAssociations,
  findRegistration,
  newVersion,
  registrationInformation,
  registrationStatusOf,
  removeAssociation,
  supportedAssociationOf,
} from './registration-records';
import { addTags, tagListOf } from './tags';

/** A new registration is CREATED, with version 1 a DRAFT without field values. */
const createRegistration: ActionHandler<CreateRegistrationRequest, Wire<CreateRegistrationResult>> = (input, context) => {
  const registrationType = definitionsOf(input.RegistrationType!).type.RegistrationType!;
  const id = generatedId('registration');
  const record: RegistrationRecord = {
    id,
    arn: arnOf(context.scope, 'registration', id),
    registrationType,
    createdAt: context.now(),
    versions: [newVersion(context, 1)],
    associations: new Map(),
    additionalAttributes: {},
    tags: new Map(),
  };
  addTags(record, input.Tags, context.limits.tagsPerResource);
  context.state.registrations.set(id, record);
  const { ApprovedVersionNumber: _approved, LatestDeniedVersionNumber: _denied, ...information } = registrationInformation(record);
  return { ...information, Tags: tagListOf(record) };
};

const FILTER_VALUES: FilterValues<RegistrationRecord, RegistrationFilterName> = {
  'registration-type': r => [r.registrationType],
  'registration-status': r => [registrationStatusOf(r)],
};

const describeRegistrations: ActionHandler<DescribeRegistrationsRequest, Wire<DescribeRegistrationsResult>> = (input, context) => {
  const page = describePage(input, {
    byName: { member: 'RegistrationIds', names: input.RegistrationIds, find: id => findRegistration(context, id) },
    all: () => context.state.registrations.values(),
    filterValues: FILTER_VALUES,
    keyOf: r => r.id,
  });
  return { Registrations: page.items.map(registrationInformation), NextToken: page.nextToken };
};

/**
 * The type's DisassociationBehavior decides: identities under DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION
 * must be disassociated first (ConflictException RESOURCE_DELETION_NOT_ALLOWED); the others are
 * disassociated with the registration. The answer says DELETED; the registration is gone.
 */
const deleteRegistration: ActionHandler<DeleteRegistrationRequest, Wire<DeleteRegistrationResult>> = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const blocking = [...record.associations.values()].filter(a =>
    supportedAssociationOf(record.registrationType, a.resourceType, a.isoCountryCode)?.DisassociationBehavior === 'DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION');
  if (blocking.length > 0) {
    throw conflict('RESOURCE_DELETION_NOT_ALLOWED', 'registration', record.id,
      `The registration ${record.id} is associated with ${blocking.map(a => a.resourceId).join(', ')}; disassociate them first.`);
  }
  const information = registrationInformation(record);
  [...record.associations.values()].forEach(a => removeAssociation(context, record, a, false));
  context.state.registrations.delete(record.id);
  dropRegistrationAssociations(context, record.arn);
  return { ...information, RegistrationStatus: 'DELETED' };
};

export const REGISTRATION_ACTIONS = {
  CreateRegistration: createRegistration,
  DescribeRegistrations: describeRegistrations,
  DeleteRegistration: deleteRegistration,
};
