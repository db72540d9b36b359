import {
  DescribePhoneNumbersCommand,
  DescribeRegistrationFieldDefinitionsCommand,
  DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationSectionDefinitionsCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationTypeDefinitionsCommand,
  DescribeRegistrationVersionsCommand,
  ListRegistrationAssociationsCommand,
  RegistrationDeniedReasonInformation,
  RegistrationFieldValueInformation,
  RegistrationInformation,
  SupportedAssociation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { senderIdOfArn, smsResourceId } from '../arn';
import { SmsClient } from '../client';
import { readAllPages } from '../pages';
import { describeOne } from './shared-reads';
import { AssociationTarget } from '../reconcile/registration-associations';
import { FieldValues, RegistrationForm } from '../reconcile/registration-fields';
import { RegistrationState } from '../reconcile/registration-versions';

/** A registration as the service has it, with its current version, field values and associations. */
export interface RegistrationActual extends RegistrationState {
  readonly arn: string;
  readonly registrationType: string;
  /** The reasons the current version was denied, with the fields they name. */
  readonly deniedReasons: readonly string[];
  /** The ids and ARNs of what it is associated with. */
  readonly associated: ReadonlySet<string>;
}

/** A registration type's form and the associations it supports. */
export interface RegistrationDefinitions extends RegistrationForm {
  readonly supportedAssociations: readonly SupportedAssociation[];
}

/** The registration with this id, or undefined when there is none (or it is DELETED). */
export async function describeRegistration(client: SmsClient, id: string): Promise<RegistrationInformation | undefined> {
  const describe = new DescribeRegistrationsCommand({ RegistrationIds: [id] });
  const info = await describeOne(async () => (await client.send(describe)).Registrations, r => r.RegistrationId === id);
  return info?.RegistrationStatus === 'DELETED' ? undefined : info;
}

/** Everything the handler reconciles; undefined when the registration is gone. */
export async function readRegistration(client: SmsClient, id: string): Promise<RegistrationActual | undefined> {
  const info = await describeRegistration(client, id);
  if (!info?.RegistrationArn || info.CurrentVersionNumber === undefined) return undefined;
  const versionNumber = info.CurrentVersionNumber;
  const describeVersion = new DescribeRegistrationVersionsCommand({ RegistrationId: id, VersionNumbers: [versionNumber] });
  const { RegistrationVersions } = await client.send(describeVersion);
  const version = RegistrationVersions?.find(v => v.VersionNumber === versionNumber);
  const fieldValues = await readFieldValues(client, id, versionNumber);
  const associations = await readAllPages(async NextToken => {
    const page = await client.send(new ListRegistrationAssociationsCommand({ RegistrationId: id, NextToken }));
    return { items: page.RegistrationAssociations, nextToken: page.NextToken };
  });
  return {
    arn: info.RegistrationArn,
    id,
    registrationType: info.RegistrationType ?? '',
    status: info.RegistrationStatus ?? '',
    versionNumber,
    versionStatus: version?.RegistrationVersionStatus ?? '',
    fieldValues: valuesByPath(fieldValues),
    deniedReasons: [
      ...(version?.DeniedReasons ?? []).map(describeDenial),
      ...fieldValues.filter(f => f.DeniedReason).map(f => `${f.FieldPath}: ${f.DeniedReason}`),
    ],
    associated: new Set(associations.flatMap(a => [a.ResourceArn ?? '', a.ResourceId ?? ''])),
  };
}

async function readFieldValues(client: SmsClient, id: string, versionNumber: number): Promise<RegistrationFieldValueInformation[]> {
  return readAllPages(async NextToken => {
    const page = await client.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, VersionNumber: versionNumber, NextToken }));
    return { items: page.RegistrationFieldValues, nextToken: page.NextToken };
  });
}

function describeDenial(reason: RegistrationDeniedReasonInformation): string {
  return [reason.Reason, reason.ShortDescription].filter(Boolean).join(': ');
}

/** The field values of an earlier version, such as the approved one. */
export async function readVersionFieldValues(client: SmsClient, id: string, versionNumber: number): Promise<FieldValues> {
  return valuesByPath(await readFieldValues(client, id, versionNumber));
}

function valuesByPath(values: readonly RegistrationFieldValueInformation[]): FieldValues {
  return new Map(values.map(({ FieldPath, TextValue, SelectChoices, RegistrationAttachmentId }) =>
    [FieldPath ?? '', { TextValue, SelectChoices, RegistrationAttachmentId }]));
}

/** The definitions of a registration type, and the names of every type (for the message when it is not one of them). */
export async function readRegistrationDefinitions(client: SmsClient, registrationType: string): Promise<RegistrationDefinitions | string[]> {
  const types = await readAllPages(async NextToken => {
    const page = await client.send(new DescribeRegistrationTypeDefinitionsCommand({ NextToken }));
    return { items: page.RegistrationTypeDefinitions, nextToken: page.NextToken };
  });
  const type = types.find(t => t.RegistrationType === registrationType);
  if (!type) return types.map(t => t.RegistrationType ?? '');
  const sections = await readAllPages(async NextToken => {
    const page = await client.send(new DescribeRegistrationSectionDefinitionsCommand({ RegistrationType: registrationType, NextToken }));
    return { items: page.RegistrationSectionDefinitions, nextToken: page.NextToken };
  });
  const fields = await readAllPages(async NextToken => {
    const page = await client.send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType: registrationType, NextToken }));
    return { items: page.RegistrationFieldDefinitions, nextToken: page.NextToken };
  });
  return {
    registrationType,
    sectionPaths: sections.map(s => s.SectionPath ?? ''),
    fields,
    supportedAssociations: type.SupportedAssociations ?? [],
  };
}

/** What `resource` (an id or ARN of a phone number, sender ID or registration) is, or undefined when it does not exist. */
export async function readAssociationTarget(client: SmsClient, resource: string): Promise<AssociationTarget | undefined> {
  const senderId = senderIdOfArn(resource);
  if (senderId) return { resourceType: 'SENDER_ID', isoCountryCode: senderId.isoCountryCode };
  const registrationId = smsResourceId(resource, 'registration') ?? (resource.startsWith('registration-') ? resource : undefined);
  if (registrationId) {
    const info = await describeRegistration(client, registrationId);
    return info && { resourceType: info.RegistrationType ?? '' };
  }
  const phoneNumberId = smsResourceId(resource, 'phone-number') ?? resource;
  const describe = new DescribePhoneNumbersCommand({ PhoneNumberIds: [phoneNumberId] });
  const number = await describeOne(async () => (await client.send(describe)).PhoneNumbers, n => n.PhoneNumberId === phoneNumberId);
  return number && { resourceType: number.NumberType ?? '', isoCountryCode: number.IsoCountryCode };
}
