import type {
  CreateRegistrationAssociationRequest,
  CreateRegistrationAssociationResult,
  ListRegistrationAssociationsRequest,
  ListRegistrationAssociationsResult,
  RegistrationAssociationFilterName,
  RegistrationAssociationMetadata,
  SupportedAssociation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { idFromNameOrArn, parseArn } from '../arns';
import { conflict, invalidField, notFound } from '../errors';
import type { ResourceKind } from '../options';
import type { RegistrationAssociationRecord, RegistrationRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, optional } from './filters';
import { findPhoneNumber } from './origination-identities';
import { currentVersion, findRegistration, registrationStatusOf, supportedAssociationOf } from './registration-records';

/** What a ResourceId may name: a phone number (id or ARN), a sender ID (ARN) or a registration (id or ARN). */
function kindOf(resourceId: string): ResourceKind {
  if (resourceId.startsWith('arn:')) return (parseArn(resourceId)?.resourceType ?? 'phone-number') as ResourceKind;
  return resourceId.startsWith('registration-') ? 'registration' : 'phone-number';
}

/** The resource a ResourceId names, as an association records it; ResourceNotFoundException if there is none. */
function resourceOf(context: ActionContext, resourceId: string): RegistrationAssociationRecord {
  const kind = kindOf(resourceId);
  if (kind === 'phone-number') {
    const number = findPhoneNumber(context, resourceId);
    return {
      resourceArn: number.arn,
      resourceId: number.id,
      resourceType: number.numberType,
      isoCountryCode: number.isoCountryCode,
      phoneNumber: number.phoneNumber,
    };
  }
  if (kind === 'registration') {
    const registration = findRegistration(context, resourceId);
    return { resourceArn: registration.arn, resourceId: registration.id, resourceType: registration.registrationType };
  }
  const key = kind === 'sender-id' ? idFromNameOrArn(context.scope, kind, resourceId) : undefined;
  const senderId = key === undefined ? undefined : context.state.senderIds.get(key);
  if (!senderId) throw notFound(kind, resourceId);
  return { resourceArn: senderId.arn, resourceId: senderId.senderId, resourceType: 'SENDER_ID', isoCountryCode: senderId.isoCountryCode };
}

/** The SupportedAssociations entry the resource falls under; ValidationException INVALID_REGISTRATION_ASSOCIATION if none. */
function supportedEntry(record: RegistrationRecord, resource: RegistrationAssociationRecord): SupportedAssociation {
  const entry = supportedAssociationOf(record.registrationType, resource.resourceType, resource.isoCountryCode);
  if (!entry) {
    const country = resource.isoCountryCode === undefined ? '' : ` in ${resource.isoCountryCode}`;
    throw invalidField('INVALID_REGISTRATION_ASSOCIATION', 'ResourceId',
      `${resource.resourceId} is a ${resource.resourceType}${country}, which a ${record.registrationType} cannot be associated with`);
  }
  return entry;
}

/** When the entry's AssociationBehavior lets a resource be associated. */
function requireAssociationAllowed(record: RegistrationRecord, entry: SupportedAssociation): void {
  if (entry.AssociationBehavior === 'ASSOCIATE_ON_APPROVAL') {
    throw invalidField('INVALID_REGISTRATION_ASSOCIATION', 'ResourceId',
      `A ${entry.ResourceType} of a ${record.registrationType} is provisioned by the service when the registration is approved`);
  }
  if (entry.AssociationBehavior === 'ASSOCIATE_BEFORE_SUBMIT' && currentVersion(record).status !== 'DRAFT') {
    throw conflict('REGISTRATION_ALREADY_SUBMITTED', 'registration', record.id,
      `A ${entry.ResourceType} is associated with the registration ${record.id} before it is submitted; version ${currentVersion(record).versionNumber} is ${currentVersion(record).status}.`);
  }
  if (entry.AssociationBehavior === 'ASSOCIATE_AFTER_COMPLETE' && registrationStatusOf(record) !== 'COMPLETE') {
    throw conflict('REGISTRATION_NOT_COMPLETE', 'registration', record.id,
      `A ${entry.ResourceType} is associated with the registration ${record.id} once it is COMPLETE; it is ${registrationStatusOf(record)}.`);
  }
}

/** A phone number is associated with one registration at most, and a resource with a registration once. */
function requireNotAssociated(context: ActionContext, record: RegistrationRecord, resource: RegistrationAssociationRecord): void {
  if (record.associations.has(resource.resourceArn)) {
    throw conflict('RESOURCE_ALREADY_ASSOCIATED', 'registration', record.id,
      `${resource.resourceId} is already associated with the registration ${record.id}.`);
  }
  const number = resource.phoneNumber === undefined ? undefined : context.state.phoneNumbers.get(resource.resourceId);
  if (number?.registrationId !== undefined) {
    throw conflict('PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION', 'phone-number', number.id,
      `The phone number ${number.id} is associated with the registration ${number.registrationId}.`);
  }
}

type CreateHandler = ActionHandler<CreateRegistrationAssociationRequest, Wire<CreateRegistrationAssociationResult>>;

/** An associated phone number names the registration in its RegistrationId. */
const createRegistrationAssociation: CreateHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const resource = resourceOf(context, input.ResourceId!);
  requireAssociationAllowed(record, supportedEntry(record, resource));
  requireNotAssociated(context, record, resource);
  record.associations.set(resource.resourceArn, resource);
  const number = context.state.phoneNumbers.get(resource.resourceId);
  if (number && resource.phoneNumber !== undefined) number.registrationId = record.id;
  return { RegistrationArn: record.arn, RegistrationId: record.id, RegistrationType: record.registrationType, ...associationMetadata(resource) };
};

function associationMetadata(association: RegistrationAssociationRecord): Wire<RegistrationAssociationMetadata> {
  return {
    ResourceArn: association.resourceArn,
    ResourceId: association.resourceId,
    ResourceType: association.resourceType,
    IsoCountryCode: association.isoCountryCode,
    PhoneNumber: association.phoneNumber,
  };
}

const FILTER_VALUES: FilterValues<RegistrationAssociationRecord, RegistrationAssociationFilterName> = {
  'resource-type': a => [a.resourceType],
  'iso-country-code': a => optional(a.isoCountryCode),
};

type ListHandler = ActionHandler<ListRegistrationAssociationsRequest, Wire<ListRegistrationAssociationsResult>>;

const listRegistrationAssociations: ListHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const page = describePage(input, { all: () => record.associations.values(), filterValues: FILTER_VALUES, keyOf: a => a.resourceArn });
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    RegistrationType: record.registrationType,
    RegistrationAssociations: page.items.map(associationMetadata),
    NextToken: page.nextToken,
  };
};

export const REGISTRATION_ASSOCIATION_ACTIONS = {
  CreateRegistrationAssociation: createRegistrationAssociation,
  ListRegistrationAssociations: listRegistrationAssociations,
};
