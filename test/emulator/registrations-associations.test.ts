import {
  CreateRegistrationAssociationCommand,
  DeleteRegistrationCommand,
  DescribeRegistrationFieldDefinitionsCommand,
  DescribeRegistrationSectionDefinitionsCommand,
  DescribeRegistrationTypeDefinitionsCommand,
  ListRegistrationAssociationsCommand,
  RegistrationAssociationFilter,
  ReleasePhoneNumberCommand,
  RequestSenderIdCommand,
  SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { US_TOLL_FREE_REGISTRATION } from './registration-types';
import { associateTollFree, createRegistration, describeRegistration, putValues, readyTollFreeRegistration } from './registrations-support';
import { describePhoneNumber, errorOf, requestPhoneNumber, useEmulator } from './support';

const env = useEmulator();

const associate = (RegistrationId: string, ResourceId: string) =>
  env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId, ResourceId }));
const associations = async (RegistrationId: string, filter?: RegistrationAssociationFilter) => (await env.sms.send(
  new ListRegistrationAssociationsCommand({ RegistrationId, Filters: filter && [filter] }),
)).RegistrationAssociations!;

/** A campaign with its brand associated. */
async function campaignWithBrand(): Promise<string> {
  const campaign = await createRegistration(env.sms, 'US_TEN_DLC_CAMPAIGN_REGISTRATION');
  await associate(campaign, await createRegistration(env.sms, 'US_TEN_DLC_BRAND_REGISTRATION'));
  return campaign;
}

describe('CreateRegistrationAssociation', () => {
  test('a toll-free number: the answer, the list, and the number names the registration', async () => {
    const id = await createRegistration(env.sms);
    const number = await requestPhoneNumber(env.sms, { IsoCountryCode: 'US', NumberType: 'TOLL_FREE' });

    const answer = await associate(id, number.PhoneNumberArn!);

    expect(answer).toMatchObject({
      RegistrationId: id,
      RegistrationType: 'US_TOLL_FREE_REGISTRATION',
      ResourceArn: number.PhoneNumberArn,
      ResourceId: number.PhoneNumberId,
      ResourceType: 'TOLL_FREE',
      IsoCountryCode: 'US',
      PhoneNumber: number.PhoneNumber,
    });
    expect(await associations(id)).toEqual([{
      ResourceArn: number.PhoneNumberArn, ResourceId: number.PhoneNumberId, ResourceType: 'TOLL_FREE', IsoCountryCode: 'US', PhoneNumber: number.PhoneNumber,
    }]);
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).RegistrationId).toBe(id);
  });

  test('a resource the type does not support is ValidationException INVALID_REGISTRATION_ASSOCIATION', async () => {
    const id = await createRegistration(env.sms);
    const longCode = await requestPhoneNumber(env.sms);

    const error = await errorOf(associate(id, longCode.PhoneNumberId!));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'INVALID_REGISTRATION_ASSOCIATION', Fields: [{ Name: 'ResourceId' }] });
    expect(error.message).toContain('LONG_CODE');
  });

  test('twice is RESOURCE_ALREADY_ASSOCIATED; a number of another registration PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION', async () => {
    const first = await createRegistration(env.sms);
    const number = await associateTollFree(env.sms, first);
    const other = await createRegistration(env.sms);

    expect(await errorOf(associate(first, number))).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_ALREADY_ASSOCIATED' });
    expect(await errorOf(associate(other, number))).toMatchObject({ name: 'ConflictException', Reason: 'PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION' });
  });

  test('ASSOCIATE_BEFORE_SUBMIT once submitted is ConflictException REGISTRATION_ALREADY_SUBMITTED', async () => {
    const id = await readyTollFreeRegistration(env.sms);
    await env.sms.send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));

    const error = await errorOf(associateTollFree(env.sms, id));

    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'REGISTRATION_ALREADY_SUBMITTED' });
  });

  test('ASSOCIATE_AFTER_COMPLETE before COMPLETE is ConflictException REGISTRATION_NOT_COMPLETE, then it works', async () => {
    const campaign = await campaignWithBrand();
    const number = await requestPhoneNumber(env.sms, { IsoCountryCode: 'US', NumberType: 'TEN_DLC' });
    const early = await errorOf(associate(campaign, number.PhoneNumberId!));
    await approve(campaign);

    await associate(campaign, number.PhoneNumberId!);

    expect(early).toMatchObject({ name: 'ConflictException', Reason: 'REGISTRATION_NOT_COMPLETE' });
    expect((await associations(campaign, { Name: 'resource-type', Values: ['TEN_DLC'] })).map(a => a.ResourceId)).toEqual([number.PhoneNumberId]);
    expect((await associations(campaign, { Name: 'iso-country-code', Values: ['US'] })).map(a => a.ResourceId)).toEqual([number.PhoneNumberId]);
    expect(await associations(campaign)).toHaveLength(2);
  });

  test('ASSOCIATE_ON_APPROVAL is ValidationException INVALID_REGISTRATION_ASSOCIATION', async () => {
    const id = await createRegistration(env.sms, 'EMULATOR_SENDER_ID_REGISTRATION');
    const sender = await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyCompany', IsoCountryCode: 'GB' }));

    const error = await errorOf(associate(id, sender.SenderIdArn!));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'INVALID_REGISTRATION_ASSOCIATION' });
    expect(error.message).toContain('provisioned by the service when the registration is approved');
  });

  test('an unknown resource is ResourceNotFoundException', async () => {
    const id = await createRegistration(env.sms);

    expect(await errorOf(associate(id, 'phone-nope'))).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

/** Submits and approves a campaign with every required field (the brand is already associated). */
async function approve(campaign: string): Promise<void> {
  await putValues(env.sms, campaign, {
    'campaignInfo.campaignName': { TextValue: 'Order updates' },
    'campaignInfo.useCase': { SelectChoices: ['ACCOUNT_NOTIFICATION'] },
    'campaignInfo.description': { TextValue: 'Order and delivery notifications that customers of Example Corp ask for.' },
    'campaignInfo.subscriberOptIn': { SelectChoices: ['YES'] },
    'campaignInfo.subscriberOptOut': { SelectChoices: ['YES'] },
    'campaignInfo.subscriberHelp': { SelectChoices: ['YES'] },
    'messageSamples.messageSample1': { TextValue: 'Your order 123 has shipped. Reply STOP to opt out.' },
    'optInDetails.optInDescription': { TextValue: 'Customers tick a box at checkout.' },
  });
  await env.sms.send(new SubmitRegistrationVersionCommand({ RegistrationId: campaign }));
  env.emulator.approveRegistration(campaign);
}

describe('disassociation', () => {
  test('releasing a number drops its association', async () => {
    const id = await createRegistration(env.sms);
    const number = await associateTollFree(env.sms, id);

    await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: number }));

    expect(await associations(id)).toEqual([]);
  });

  test('DELETE_REGISTRATION_DISASSOCIATES: deleting disassociates the number', async () => {
    const id = await createRegistration(env.sms);
    const number = await associateTollFree(env.sms, id);

    await env.sms.send(new DeleteRegistrationCommand({ RegistrationId: id }));

    expect((await describePhoneNumber(env.sms, number)).RegistrationId).toBeUndefined();
  });

  test('DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION: deleting with 10DLC numbers is ConflictException RESOURCE_DELETION_NOT_ALLOWED', async () => {
    const campaign = await campaignWithBrand();
    await approve(campaign);
    const number = await requestPhoneNumber(env.sms, { IsoCountryCode: 'US', NumberType: 'TEN_DLC' });
    await associate(campaign, number.PhoneNumberId!);

    const error = await errorOf(env.sms.send(new DeleteRegistrationCommand({ RegistrationId: campaign })));
    await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: number.PhoneNumberId }));
    await env.sms.send(new DeleteRegistrationCommand({ RegistrationId: campaign }));

    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_DELETION_NOT_ALLOWED' });
    expect(error.message).toContain(number.PhoneNumberId);
    expect(await errorOf(describeRegistration(env.sms, campaign))).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('definitions', () => {
  test('the four types, filtered by supported association, in pages', async () => {
    const all = await env.sms.send(new DescribeRegistrationTypeDefinitionsCommand({}));
    const tenDlc = await env.sms.send(new DescribeRegistrationTypeDefinitionsCommand({
      Filters: [{ Name: 'supported-association-resource-type', Values: ['TEN_DLC'] }],
    }));
    const first = await env.sms.send(new DescribeRegistrationTypeDefinitionsCommand({ MaxResults: 3 }));
    const second = await env.sms.send(new DescribeRegistrationTypeDefinitionsCommand({ MaxResults: 3, NextToken: first.NextToken }));
    const unknown = await errorOf(env.sms.send(new DescribeRegistrationTypeDefinitionsCommand({ RegistrationTypes: ['NOPE'] })));

    expect(all.RegistrationTypeDefinitions!.map(t => t.RegistrationType)).toEqual([
      'EMULATOR_SENDER_ID_REGISTRATION', 'US_TEN_DLC_BRAND_REGISTRATION', 'US_TEN_DLC_CAMPAIGN_REGISTRATION', 'US_TOLL_FREE_REGISTRATION',
    ]);
    expect(tenDlc.RegistrationTypeDefinitions!.map(t => t.RegistrationType)).toEqual(['US_TEN_DLC_CAMPAIGN_REGISTRATION']);
    expect([first, second].map(p => p.RegistrationTypeDefinitions!.length)).toEqual([3, 1]);
    expect(unknown).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_TYPE' });
  });

  test('sections and fields in display order, by section and paths, in pages', async () => {
    const RegistrationType = 'US_TOLL_FREE_REGISTRATION';
    const sections = await env.sms.send(new DescribeRegistrationSectionDefinitionsCommand({ RegistrationType }));
    const company = await env.sms.send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType, SectionPath: 'companyInfo' }));
    const named = await env.sms.send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType, FieldPaths: ['optInDetails.optInImage'] }));
    const first = await env.sms.send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType, MaxResults: 15 }));
    const next = { RegistrationType, MaxResults: 15, NextToken: first.NextToken };
    const second = await env.sms.send(new DescribeRegistrationFieldDefinitionsCommand(next));
    const badSection = await errorOf(env.sms.send(new DescribeRegistrationSectionDefinitionsCommand({ RegistrationType, SectionPaths: ['nope'] })));

    expect(sections.RegistrationSectionDefinitions!.map(s => s.SectionPath)).toEqual([
      'companyInfo', 'contactInfo', 'messagingUseCase', 'messageSamples', 'optInDetails',
    ]);
    expect(company.RegistrationFieldDefinitions!).toHaveLength(8);
    expect(named.RegistrationFieldDefinitions).toEqual([US_TOLL_FREE_REGISTRATION.fields.find(f => f.FieldPath === 'optInDetails.optInImage')]);
    expect([...first.RegistrationFieldDefinitions!, ...second.RegistrationFieldDefinitions!]).toEqual(US_TOLL_FREE_REGISTRATION.fields);
    expect(badSection).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_SECTION' });
  });
});
