import type {
  CreateRegistrationAssociationRequest,
  CreateRegistrationAssociationResult,
  ListRegistrationAssociationsRequest,
  ListRegistrationAssociationsResult,
  RegistrationAssociationFilterName,
  RegistrationAssociationMetadata,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { parseArn } from '../arns';
import { conflict, invalidField } from '../errors';
import type { RegistrationAssociationRecord, RegistrationRecord } from '../state';
import { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, optional } from './filters';
import { findPhoneNumber, findSenderId } from './origination-identities';
import { currentVersion, findRegistration, formOf, registrationStatus } from './registrations';

/** What a ResourceId names, as SupportedAssociation calls it: a number type, SENDER_ID, or a registration type. */
function associationTarget(context: ActionContext, resourceId: string): RegistrationAssociationRecord & { phoneNumberId?: string } {
  const kind = parseArn(resourceId)?.resourceType ?? (resourceId.startsWith('registration-') ? 'registration' : 'phone-number');
  if (kind === 'sender-id') {
    const [senderId, isoCountryCode] = parseArn(resourceId)!.resourceId.split('/');
    const sender = findSenderId(context, senderId, isoCountryCode);
    return { resourceArn: sender.arn, resourceId: sender.senderId, resourceType: 'SENDER_ID', isoCountryCode: sender.isoCountryCode };
  }
  if (kind === 'registration') {
    const other = findRegistration(context, resourceId);
    return { resourceArn: other.arn, resourceId: other.id, resourceType: other.registrationType };
  }
  const number = findPhoneNumber(context, resourceId);
  return {
    resourceArn: number.arn,
    resourceId: number.id,
    resourceType: number.numberType,
    isoCountryCode: number.isoCountryCode,
    phoneNumber: number.phoneNumber,
    phoneNumberId: number.id,
  };
}

/**
 * Associates an origination identity or another registration, as the type's SupportedAssociations
 * allow: before submission only while the current version is a DRAFT, after completion only once
 * the registration is COMPLETE, and never what the service provisions on approval.
 */
type CreateRegistrationAssociationHandler = ActionHandler<CreateRegistrationAssociationRequest, Wire<CreateRegistrationAssociationResult>>;

const createRegistrationAssociation: CreateRegistrationAssociationHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const { phoneNumberId, ...target } = associationTarget(context, input.ResourceId!);
  const support = formOf(record.registrationType).definition.SupportedAssociations?.find(s => s.ResourceType === target.resourceType
    && (!s.IsoCountryCode || s.IsoCountryCode === target.isoCountryCode));
  if (!support || support.AssociationBehavior === 'ASSOCIATE_ON_APPROVAL') {
    throw invalidField('INVALID_REGISTRATION_ASSOCIATION', 'ResourceId', support
      ? `A ${target.resourceType} is provisioned by the service when the registration ${record.id} is approved.`
      : `A ${record.registrationType} cannot be associated with a ${target.resourceType}.`);
  }
  if (record.associations.has(target.resourceArn)) {
    throw conflict('RESOURCE_ALREADY_ASSOCIATED', 'registration', record.id, `${target.resourceId} is already associated with ${record.id}.`);
  }
  if (support.AssociationBehavior === 'ASSOCIATE_BEFORE_SUBMIT' && currentVersion(record).status !== 'DRAFT') {
    throw conflict('REGISTRATION_ALREADY_SUBMITTED', 'registration', record.id,
      `A ${target.resourceType} is associated with the registration ${record.id} before it is submitted.`);
  }
  if (support.AssociationBehavior === 'ASSOCIATE_AFTER_COMPLETE' && registrationStatus(record) !== 'COMPLETE') {
    throw conflict('REGISTRATION_NOT_COMPLETE', 'registration', record.id,
      `A ${target.resourceType} is associated with the registration ${record.id} once it is COMPLETE.`);
  }
  if (phoneNumberId !== undefined) {
    const number = findPhoneNumber(context, phoneNumberId);
    if (number.registrationId !== undefined && number.registrationId !== record.id) {
      throw conflict('PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION', 'phone-number', number.id,
        `The phone number ${number.id} is associated with the registration ${number.registrationId}.`);
    }
    number.registrationId = record.id;
  }
  record.associations.set(target.resourceArn, target);
  return { RegistrationArn: record.arn, RegistrationId: record.id, RegistrationType: record.registrationType, ...metadata(target) };
};

function metadata(association: RegistrationAssociationRecord): Wire<RegistrationAssociationMetadata> {
  return {
    ResourceArn: association.resourceArn,
    ResourceId: association.resourceId,
    ResourceType: association.resourceType,
    IsoCountryCode: association.isoCountryCode,
    PhoneNumber: association.phoneNumber,
  };
}

type ListRegistrationAssociationsHandler = ActionHandler<ListRegistrationAssociationsRequest, Wire<ListRegistrationAssociationsResult>>;

const listRegistrationAssociations: ListRegistrationAssociationsHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const filterValues: FilterValues<RegistrationAssociationRecord, RegistrationAssociationFilterName> = {
    'resource-type': a => [a.resourceType],
    'iso-country-code': a => optional(a.isoCountryCode),
  };
  const page = describePage(input, { all: () => record.associations.values(), filterValues, keyOf: a => a.resourceArn });
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    RegistrationType: record.registrationType,
    RegistrationAssociations: page.items.map(metadata),
    NextToken: page.nextToken,
  };
};

/** What releasing a phone number or sender ID does to the registrations it is associated with. */
export function dropAssociations(context: ActionContext, resourceArn: string): void {
  for (const record of context.state.registrations.values()) {
    if (record.associations.delete(resourceArn) && record.associations.size === 0 && closesWhenEmpty(record)) record.closed = true;
  }
}

/** Whether the type's registrations close once their last identity is gone. */
function closesWhenEmpty(record: RegistrationRecord): boolean {
  return formOf(record.registrationType).definition.SupportedAssociations?.some(s => s.DisassociationBehavior === 'DISASSOCIATE_ALL_CLOSES_REGISTRATION') ?? false;
}

export const REGISTRATION_ASSOCIATION_ACTIONS = {
  CreateRegistrationAssociation: createRegistrationAssociation,
  ListRegistrationAssociations: listRegistrationAssociations,
};
