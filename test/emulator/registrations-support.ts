import {
  CreateRegistrationAssociationCommand,
  CreateRegistrationCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand,
  PinpointSMSVoiceV2Client,
  PutRegistrationFieldValueCommand,
  PutRegistrationFieldValueCommandInput,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { requestPhoneNumber } from './support';

export type FieldValue = Omit<PutRegistrationFieldValueCommandInput, 'RegistrationId' | 'FieldPath'>;

/** A value for every REQUIRED field of US_TOLL_FREE_REGISTRATION, by field path. */
export const TOLL_FREE_VALUES: { readonly [fieldPath: string]: FieldValue } = {
  'companyInfo.companyName': { TextValue: 'Example Corp' },
  'companyInfo.website': { TextValue: 'https://www.example.com' },
  'companyInfo.address1': { TextValue: '410 Terry Ave N' },
  'companyInfo.city': { TextValue: 'Seattle' },
  'companyInfo.state': { TextValue: 'WA' },
  'companyInfo.zipCode': { TextValue: '98109' },
  'companyInfo.isoCountryCode': { TextValue: 'US' },
  'contactInfo.firstName': { TextValue: 'Jane' },
  'contactInfo.lastName': { TextValue: 'Doe' },
  'contactInfo.supportEmail': { TextValue: 'support@example.com' },
  'contactInfo.supportPhoneNumber': { TextValue: '+12065550100' },
  'messagingUseCase.monthlyMessageVolume': { SelectChoices: ['10,000'] },
  'messagingUseCase.useCaseCategory': { SelectChoices: ['ACCOUNT_NOTIFICATIONS'] },
  'messagingUseCase.useCaseDetails': { TextValue: 'Order and account notifications' },
  'messageSamples.messageSample1': { TextValue: 'Your order 123 has shipped. Reply STOP to opt out.' },
  'optInDetails.optInDescription': { TextValue: 'Customers tick a box at checkout.' },
};

export async function createRegistration(sms: PinpointSMSVoiceV2Client, registrationType = 'US_TOLL_FREE_REGISTRATION'): Promise<string> {
  return (await sms.send(new CreateRegistrationCommand({ RegistrationType: registrationType }))).RegistrationId!;
}

export async function putValues(sms: PinpointSMSVoiceV2Client, id: string, values: { readonly [path: string]: FieldValue }): Promise<void> {
  for (const [FieldPath, value] of Object.entries(values)) {
    await sms.send(new PutRegistrationFieldValueCommand({ RegistrationId: id, FieldPath, ...value }));
  }
}

export async function describeRegistration(sms: PinpointSMSVoiceV2Client, registrationId: string) {
  return (await sms.send(new DescribeRegistrationsCommand({ RegistrationIds: [registrationId] }))).Registrations![0];
}

export async function versionStatuses(sms: PinpointSMSVoiceV2Client, registrationId: string): Promise<string[]> {
  const versions = (await sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: registrationId }))).RegistrationVersions!;
  return versions.map(v => v.RegistrationVersionStatus!);
}

/** Requests a US toll-free number and associates it with the registration; returns the number's id. */
export async function associateTollFree(sms: PinpointSMSVoiceV2Client, registrationId: string): Promise<string> {
  const number = await requestPhoneNumber(sms, { IsoCountryCode: 'US', NumberType: 'TOLL_FREE' });
  await sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: registrationId, ResourceId: number.PhoneNumberId }));
  return number.PhoneNumberId!;
}

/** A toll-free registration with every required field and a toll-free number, ready to submit. */
export async function readyTollFreeRegistration(sms: PinpointSMSVoiceV2Client): Promise<string> {
  const id = await createRegistration(sms);
  await putValues(sms, id, TOLL_FREE_VALUES);
  await associateTollFree(sms, id);
  return id;
}
