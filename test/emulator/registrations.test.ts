import {
  CreateRegistrationAssociationCommand,
  CreateRegistrationAttachmentCommand,
  CreateRegistrationCommand,
  CreateRegistrationVersionCommand,
  DeleteRegistrationCommand,
  DeleteRegistrationFieldValueCommand,
  DescribePhoneNumbersCommand,
  DescribeRegistrationFieldDefinitionsCommand,
  DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationSectionDefinitionsCommand,
  DescribeRegistrationTypeDefinitionsCommand,
  DescribeRegistrationVersionsCommand,
  DiscardRegistrationVersionCommand,
  ListRegistrationAssociationsCommand,
  PutRegistrationFieldValueCommand,
  PutRegistrationFieldValueCommandInput,
  ReleasePhoneNumberCommand,
  RequestPhoneNumberCommand,
  RequestableNumberType,
  SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { errorOf, useEmulator } from './support';
import { TOLL_FREE_FIELDS } from '../lambda/support/registrations';

const env = useEmulator();

async function create(registrationType = 'US_TOLL_FREE_REGISTRATION'): Promise<string> {
  return (await env.sms.send(new CreateRegistrationCommand({ RegistrationType: registrationType }))).RegistrationId!;
}

const put = (input: PutRegistrationFieldValueCommandInput) => env.sms.send(new PutRegistrationFieldValueCommand(input));
const submit = (id: string) => env.sms.send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));
const registration = async (id: string) => (await env.sms.send(new DescribeRegistrationsCommand({ RegistrationIds: [id] }))).Registrations![0];
const versions = async (id: string) => (await env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id }))).RegistrationVersions!
  .map(v => v.RegistrationVersionStatus);

async function requestNumber(numberType: RequestableNumberType): Promise<string> {
  return (await env.sms.send(new RequestPhoneNumberCommand({
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: numberType,
  }))).PhoneNumberId!;
}

/** A toll-free registration with every required field and its number, ready to submit. */
async function filledTollFree(): Promise<string> {
  const id = await create();
  await env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: id, ResourceId: await requestNumber('TOLL_FREE') }));
  for (const [FieldPath, value] of Object.entries(TOLL_FREE_FIELDS)) {
    await put({ RegistrationId: id, FieldPath, ...typeof value === 'string' ? { TextValue: value } : { SelectChoices: [...value as string[]] } });
  }
  return id;
}

describe('definitions', () => {
  test('the shipped types, with their supported associations; an unknown type is a ValidationException', async () => {
    const all = (await env.sms.send(new DescribeRegistrationTypeDefinitionsCommand({}))).RegistrationTypeDefinitions!;
    expect(all.map(t => t.RegistrationType)).toEqual([
      'EMULATOR_SENDER_ID_REGISTRATION', 'US_TEN_DLC_BRAND_REGISTRATION', 'US_TEN_DLC_CAMPAIGN_REGISTRATION', 'US_TOLL_FREE_REGISTRATION',
    ]);
    expect(all.find(t => t.RegistrationType === 'US_TOLL_FREE_REGISTRATION')!.SupportedAssociations).toEqual([{
      ResourceType: 'TOLL_FREE', IsoCountryCode: 'US', AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT', DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES',
    }]);
    const unknown = await errorOf(env.sms.send(new DescribeRegistrationTypeDefinitionsCommand({ RegistrationTypes: ['US_TOLL_FREE'] })));
    expect(unknown).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_TYPE' });
  });

  test('sections, and fields by section, in pages', async () => {
    const sections = await env.sms.send(new DescribeRegistrationSectionDefinitionsCommand({ RegistrationType: 'US_TOLL_FREE_REGISTRATION' }));
    expect(sections.RegistrationSectionDefinitions!.map(s => s.SectionPath))
      .toEqual(['companyInfo', 'contactInfo', 'messageSamples', 'messagingUseCase', 'optInDetails']);

    const first = await env.sms.send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType: 'US_TOLL_FREE_REGISTRATION', MaxResults: 5 }));
    const rest = await env.sms.send(new DescribeRegistrationFieldDefinitionsCommand({
      RegistrationType: 'US_TOLL_FREE_REGISTRATION', NextToken: first.NextToken,
    }));
    expect(first.RegistrationFieldDefinitions!.map(f => f.FieldPath)).toEqual(['companyInfo.companyName', 'companyInfo.website',
      'companyInfo.address1', 'companyInfo.address2', 'companyInfo.city']);
    expect([...first.RegistrationFieldDefinitions!, ...rest.RegistrationFieldDefinitions!]).toHaveLength(20);

    const contact = await env.sms.send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType: 'US_TOLL_FREE_REGISTRATION', SectionPath: 'contactInfo' }));
    expect(contact.RegistrationFieldDefinitions!.map(f => f.FieldPath)).toEqual(['contactInfo.firstName', 'contactInfo.lastName',
      'contactInfo.supportEmail', 'contactInfo.supportPhoneNumber']);
    expect(await errorOf(env.sms.send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType: 'US_TOLL_FREE_REGISTRATION', SectionPath: 'nope' }))))
      .toMatchObject({ Reason: 'UNKNOWN_REGISTRATION_SECTION' });
  });
});

describe('a registration and its versions', () => {
  test('a new registration is CREATED, with version 1 a DRAFT; an unknown type is refused', async () => {
    const created = await env.sms.send(new CreateRegistrationCommand({ RegistrationType: 'US_TOLL_FREE_REGISTRATION', Tags: [{ Key: 'team', Value: 'a' }] }));

    expect(created).toMatchObject({ RegistrationStatus: 'CREATED', CurrentVersionNumber: 1, Tags: [{ Key: 'team', Value: 'a' }] });
    expect(created.RegistrationId).toMatch(/^registration-[0-9a-f]{32}$/);
    expect(await versions(created.RegistrationId!)).toEqual(['DRAFT']);
    expect(await errorOf(create('NOT_A_TYPE'))).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_TYPE' });
  });

  test('field values are checked against the definitions, each error naming the field', async () => {
    const id = await create();

    expect(await errorOf(put({ RegistrationId: id, FieldPath: 'companyInfo.compnyName', TextValue: 'x' })))
      .toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_FIELD' });
    expect(await errorOf(put({ RegistrationId: id, FieldPath: 'companyInfo.zipCode', TextValue: '981' })))
      .toMatchObject({ Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'companyInfo.zipCode', Message: 'companyInfo.zipCode must match [0-9]{5}(-[0-9]{4})?.' }] });
    expect(await errorOf(put({ RegistrationId: id, FieldPath: 'messagingUseCase.useCaseCategory', SelectChoices: ['SPAM'] })))
      .toMatchObject({ Reason: 'FIELD_VALIDATION_FAILED' });
    expect(await errorOf(put({ RegistrationId: id, FieldPath: 'messagingUseCase.useCaseCategory', TextValue: 'MARKETING' })))
      .toMatchObject({ Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'SelectChoices' }] });
    expect(await errorOf(put({ RegistrationId: id, FieldPath: 'optInDetails.optInImage', RegistrationAttachmentId: 'attachment-missing' })))
      .toMatchObject({ name: 'ResourceNotFoundException' });
  });

  test('a draft takes, replaces and deletes field values; an attachment field takes an uploaded attachment', async () => {
    const id = await create();
    const attachment = (await env.sms.send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: 's3://bucket/opt-in.png' }))).RegistrationAttachmentId!;

    await put({ RegistrationId: id, FieldPath: 'companyInfo.companyName', TextValue: 'Old' });
    await put({ RegistrationId: id, FieldPath: 'companyInfo.companyName', TextValue: 'New' });
    await put({ RegistrationId: id, FieldPath: 'companyInfo.address2', TextValue: 'Suite 1' });
    await put({ RegistrationId: id, FieldPath: 'optInDetails.optInImage', RegistrationAttachmentId: attachment });
    await env.sms.send(new DeleteRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'companyInfo.address2' }));

    const values = (await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }))).RegistrationFieldValues;
    expect(values).toEqual([
      { FieldPath: 'companyInfo.companyName', TextValue: 'New' },
      { FieldPath: 'optInDetails.optInImage', RegistrationAttachmentId: attachment },
    ]);
    expect(await errorOf(env.sms.send(new DeleteRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'companyInfo.address2' }))))
      .toMatchObject({ name: 'ResourceNotFoundException' });
  });

  test('submission needs every required field and the associations made before submission', async () => {
    const empty = await create();
    expect(await errorOf(submit(empty))).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED' });

    const withoutNumber = await create();
    for (const [FieldPath, value] of Object.entries(TOLL_FREE_FIELDS)) {
      await put({ RegistrationId: withoutNumber, FieldPath, ...typeof value === 'string' ? { TextValue: value } : { SelectChoices: [...value as string[]] } });
    }
    expect(await errorOf(submit(withoutNumber))).toMatchObject({ name: 'ValidationException', Reason: 'INVALID_REGISTRATION_ASSOCIATION' });
  });

  test('a submitted version is read-only, and no new version starts while it is reviewed', async () => {
    const id = await filledTollFree();
    await submit(id);

    expect(await registration(id)).toMatchObject({ RegistrationStatus: 'SUBMITTED', CurrentVersionNumber: 1 });
    expect(await errorOf(put({ RegistrationId: id, FieldPath: 'companyInfo.companyName', TextValue: 'x' })))
      .toMatchObject({ name: 'ConflictException', Reason: 'EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED' });
    expect(await errorOf(submit(id))).toMatchObject({ Reason: 'REGISTRATION_ALREADY_SUBMITTED' });
    env.emulator.startRegistrationReview(id);
    expect(await errorOf(env.sms.send(new CreateRegistrationVersionCommand({ RegistrationId: id }))))
      .toMatchObject({ Reason: 'CREATE_REGISTRATION_VERSION_NOT_ALLOWED' });
    expect(await registration(id)).toMatchObject({ RegistrationStatus: 'REVIEWING' });
  });

  test('approved, then a second version: v1 stays APPROVED while v2 is SUBMITTED, and its approval archives v1', async () => {
    const id = await filledTollFree();
    await submit(id);
    env.emulator.approveRegistration(id);
    expect(await registration(id)).toMatchObject({ RegistrationStatus: 'COMPLETE', ApprovedVersionNumber: 1 });

    const second = await env.sms.send(new CreateRegistrationVersionCommand({ RegistrationId: id }));
    expect(second).toMatchObject({ VersionNumber: 2, RegistrationVersionStatus: 'DRAFT' });
    const copied = (await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, VersionNumber: 2 })))
      .RegistrationFieldValues!;
    expect(copied).toHaveLength(Object.keys(TOLL_FREE_FIELDS).length);
    await put({ RegistrationId: id, FieldPath: 'messageSamples.messageSample2', TextValue: 'Your code is 123456' });
    await submit(id);
    expect(await versions(id)).toEqual(['APPROVED', 'SUBMITTED']);
    expect(await registration(id)).toMatchObject({ RegistrationStatus: 'COMPLETE', CurrentVersionNumber: 2, ApprovedVersionNumber: 1 });

    env.emulator.approveRegistration(id);
    expect(await versions(id)).toEqual(['ARCHIVED', 'APPROVED']);
  });

  test('a denial records its reasons on the version and on the fields they name; the registration then requires updates', async () => {
    const id = await filledTollFree();
    await submit(id);

    env.emulator.denyRegistration(id, [{ reason: 'INVALID_OPT_IN', shortDescription: 'No consent shown', fieldPath: 'optInDetails.optInDescription' }]);

    expect(await registration(id)).toMatchObject({ RegistrationStatus: 'REQUIRES_UPDATES', LatestDeniedVersionNumber: 1 });
    const [version] = (await env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id }))).RegistrationVersions!;
    expect(version).toMatchObject({ RegistrationVersionStatus: 'DENIED', DeniedReasons: [{ Reason: 'INVALID_OPT_IN', ShortDescription: 'No consent shown' }] });
    expect(version.RegistrationVersionStatusHistory).toMatchObject({
      DraftTimestamp: expect.any(Date), SubmittedTimestamp: expect.any(Date), DeniedTimestamp: expect.any(Date),
    });
    const values = (await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, FieldPaths: ['optInDetails.optInDescription'] })))
      .RegistrationFieldValues!;
    expect(values[0].DeniedReason).toBe('No consent shown');
    expect(() => env.emulator.approveRegistration(id)).toThrow(`version 1 of ${id} is DENIED: a review cannot make it APPROVED`);
  });

  test('a draft can be discarded; then a new version starts from the last kept one', async () => {
    const id = await filledTollFree();
    await submit(id);
    env.emulator.requireRegistrationAuthentication(id);
    await env.sms.send(new CreateRegistrationVersionCommand({ RegistrationId: id }));

    await env.sms.send(new DiscardRegistrationVersionCommand({ RegistrationId: id }));

    expect(await versions(id)).toEqual(['REQUIRES_AUTHENTICATION', 'DISCARDED']);
    expect(await errorOf(env.sms.send(new DiscardRegistrationVersionCommand({ RegistrationId: id })))).toMatchObject({ Reason: 'DISCARD_REGISTRATION_VERSION_NOT_ALLOWED' });
    const third = await env.sms.send(new CreateRegistrationVersionCommand({ RegistrationId: id }));
    expect(third.VersionNumber).toBe(3);
  });

  test('filters by type and status', async () => {
    const tollFree = await create();
    await create('US_TEN_DLC_BRAND_REGISTRATION');

    const byType = await env.sms.send(new DescribeRegistrationsCommand({ Filters: [{ Name: 'registration-type', Values: ['US_TOLL_FREE_REGISTRATION'] }] }));
    expect(byType.Registrations!.map(r => r.RegistrationId)).toEqual([tollFree]);
    const submitted = await env.sms.send(new DescribeRegistrationsCommand({ Filters: [{ Name: 'registration-status', Values: ['SUBMITTED'] }] }));
    expect(submitted.Registrations).toEqual([]);
  });
});

describe('associations', () => {
  test('a toll-free number before submission: the number shows the registration; twice is a conflict; a 10DLC number does not fit', async () => {
    const id = await create();
    const number = await requestNumber('TOLL_FREE');

    const associated = await env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: id, ResourceId: number }));

    expect(associated).toMatchObject({ ResourceId: number, ResourceType: 'TOLL_FREE', IsoCountryCode: 'US' });
    expect((await env.sms.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [number] }))).PhoneNumbers![0].RegistrationId).toBe(id);
    expect(await errorOf(env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: id, ResourceId: number }))))
      .toMatchObject({ Reason: 'RESOURCE_ALREADY_ASSOCIATED' });
    expect(await errorOf(env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: id, ResourceId: await requestNumber('TEN_DLC') }))))
      .toMatchObject({ name: 'ValidationException', Reason: 'INVALID_REGISTRATION_ASSOCIATION' });
    const listed = await env.sms.send(new ListRegistrationAssociationsCommand({ RegistrationId: id, Filters: [{ Name: 'resource-type', Values: ['TOLL_FREE'] }] }));
    expect(listed.RegistrationAssociations!.map(a => a.ResourceId)).toEqual([number]);
  });

  test('a campaign\'s brand before submission, its 10DLC numbers only once it is complete; deleting it then waits for them to be released', async () => {
    const brand = await create('US_TEN_DLC_BRAND_REGISTRATION');
    const campaign = await create('US_TEN_DLC_CAMPAIGN_REGISTRATION');
    const number = await requestNumber('TEN_DLC');

    await env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: campaign, ResourceId: brand }));
    expect(await errorOf(env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: campaign, ResourceId: number }))))
      .toMatchObject({ Reason: 'REGISTRATION_NOT_COMPLETE' });
    for (const [FieldPath, value] of Object.entries({
      'campaignInfo.campaignName': 'Orders',
      'campaignInfo.campaignDescription': 'Order updates',
      'messageSamples.messageSample1': 'Your order shipped',
      'optInDetails.optInDescription': 'Checkout box',
    })) await put({ RegistrationId: campaign, FieldPath, TextValue: value });
    await put({ RegistrationId: campaign, FieldPath: 'campaignInfo.useCase', SelectChoices: ['ACCOUNT_NOTIFICATION'] });
    await submit(campaign);
    env.emulator.approveRegistration(campaign);
    await env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: campaign, ResourceId: number }));

    expect(await errorOf(env.sms.send(new DeleteRegistrationCommand({ RegistrationId: campaign })))).toMatchObject({ Reason: 'RESOURCE_DELETION_NOT_ALLOWED' });
    await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: number }));
    const deleted = await env.sms.send(new DeleteRegistrationCommand({ RegistrationId: campaign }));
    expect(deleted.RegistrationStatus).toBe('DELETED');
    expect(await errorOf(registration(campaign))).toMatchObject({ name: 'ResourceNotFoundException' });
  });

  test('what the service provisions on approval cannot be associated', async () => {
    const id = await create('EMULATOR_SENDER_ID_REGISTRATION');
    const number = await requestNumber('TOLL_FREE');

    expect(await errorOf(env.sms.send(new CreateRegistrationAssociationCommand({ RegistrationId: id, ResourceId: number }))))
      .toMatchObject({ Reason: 'INVALID_REGISTRATION_ASSOCIATION' });
  });
});
