import {
  DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand,
  ListRegistrationAssociationsCommand,
  PinpointSMSVoiceV2Client,
  RegistrationFieldValueInformation,
  RequestPhoneNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { readTags, tagProperties } from './phone-numbers';
import { RawProperties } from '../../../lambda/sms-provider/events';

/** A field's value: a text, select choices, or `{ attachment }` with a registration attachment id. */
export type FieldOption = string | readonly string[] | { readonly attachment: string };

export interface RegistrationOptions {
  /** @default US_TOLL_FREE_REGISTRATION */
  readonly registrationType?: string;
  readonly fields?: { readonly [fieldPath: string]: FieldOption };
  readonly submit?: boolean;
  /** Ids or ARNs. */
  readonly associations?: readonly string[];
  /** @default false, as RemovalPolicy.RETAIN */
  readonly releaseOnDelete?: boolean;
  readonly tags?: { readonly [key: string]: string };
  readonly withoutSchemaVersion?: boolean;
}

/** Every required field of the emulator's US_TOLL_FREE_REGISTRATION, filled in. */
export const TOLL_FREE_FIELDS: { readonly [fieldPath: string]: FieldOption } = {
  'companyInfo.companyName': 'Example Corp',
  'companyInfo.website': 'https://example.com',
  'companyInfo.address1': '410 Terry Ave N',
  'companyInfo.city': 'Seattle',
  'companyInfo.state': 'WA',
  'companyInfo.zipCode': '98109',
  'companyInfo.isoCountryCode': 'US',
  'contactInfo.firstName': 'Jane',
  'contactInfo.lastName': 'Doe',
  'contactInfo.supportEmail': 'support@example.com',
  'contactInfo.supportPhoneNumber': '+12065550100',
  'messagingUseCase.monthlyMessageVolume': ['10,000'],
  'messagingUseCase.useCaseCategory': ['ACCOUNT_NOTIFICATIONS'],
  'messagingUseCase.useCaseDetails': 'Order and delivery notifications for our customers',
  'messageSamples.messageSample1': 'Example Corp: your order 1234 has shipped. Reply STOP to opt out.',
  'optInDetails.optInDescription': 'Customers opt in on the checkout page of example.com',
};

/** The properties of a Custom::SmsVoiceRegistration as CloudFormation delivers them. */
export function registrationProperties(options: RegistrationOptions = {}): RawProperties {
  const fields = Object.entries(options.fields ?? {});
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    RegistrationType: options.registrationType ?? 'US_TOLL_FREE_REGISTRATION',
    ...fields.length > 0 ? { Fields: fields.map(([FieldPath, value]) => ({ FieldPath, ...fieldProperty(value) })) } : {},
    Submit: String(options.submit ?? false),
    ...options.associations ? { Associations: [...options.associations] } : {},
    ReleaseOnDelete: String(options.releaseOnDelete ?? false),
    ...options.tags ? { Tags: tagProperties(options.tags) } : {},
  };
}

function fieldProperty(value: FieldOption): RawProperties {
  if (typeof value === 'string') return { TextValue: value };
  if ('attachment' in value) return { RegistrationAttachmentId: (value as { attachment: string }).attachment };
  return { SelectChoices: [...value as readonly string[]] };
}

export interface RegistrationView {
  readonly registrationType: string;
  readonly status: string;
  /** The status of each version, oldest first. */
  readonly versions: readonly string[];
  /** The field values of the current version. */
  readonly fields: { readonly [fieldPath: string]: FieldOption };
  readonly associations: readonly string[];
  readonly tags: { readonly [key: string]: string };
}

/** What the service has for a registration; undefined when there is none. */
export async function readRegistration(client: PinpointSMSVoiceV2Client, id: string): Promise<RegistrationView | undefined> {
  let info;
  try {
    [info] = (await client.send(new DescribeRegistrationsCommand({ RegistrationIds: [id] }))).Registrations ?? [];
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  if (!info || info.RegistrationStatus === 'DELETED') return undefined;
  const versions = (await client.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id }))).RegistrationVersions ?? [];
  const values = (await client.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }))).RegistrationFieldValues ?? [];
  const associations = (await client.send(new ListRegistrationAssociationsCommand({ RegistrationId: id }))).RegistrationAssociations ?? [];
  return {
    registrationType: info.RegistrationType!,
    status: info.RegistrationStatus!,
    versions: [...versions].sort((a, b) => a.VersionNumber! - b.VersionNumber!).map(v => v.RegistrationVersionStatus!),
    fields: Object.fromEntries(values.map(v => [v.FieldPath!, fieldOption(v)])),
    associations: associations.map(a => a.ResourceArn!).sort(),
    tags: await readTags(client, info.RegistrationArn!),
  };
}

function fieldOption(value: RegistrationFieldValueInformation): FieldOption {
  if (value.RegistrationAttachmentId) return { attachment: value.RegistrationAttachmentId };
  return value.TextValue ?? value.SelectChoices!;
}

/** What `readRegistration` shows for a registration deployed with these options, never reviewed. */
export function expectedRegistration(options: RegistrationOptions): RegistrationView {
  return {
    registrationType: options.registrationType ?? 'US_TOLL_FREE_REGISTRATION',
    status: options.submit ? 'SUBMITTED' : 'CREATED',
    versions: [options.submit ? 'SUBMITTED' : 'DRAFT'],
    fields: { ...options.fields },
    associations: [...options.associations ?? []].sort(),
    tags: { ...options.tags },
  };
}

export function registrationArn(id: string): string {
  return `arn:aws:sms-voice:us-east-1:123456789012:registration/${id}`;
}

/** A US toll-free number, which a US_TOLL_FREE_REGISTRATION is associated with before it is submitted: its ARN. */
export async function requestTollFreeNumber(client: PinpointSMSVoiceV2Client): Promise<string> {
  const number = await client.send(new RequestPhoneNumberCommand({
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: 'TOLL_FREE',
  }));
  return number.PhoneNumberArn!;
}
