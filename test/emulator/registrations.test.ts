import {
  CreateRegistrationCommand,
  CreateRegistrationVersionCommand,
  DeleteRegistrationCommand,
  DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand,
  DiscardRegistrationVersionCommand,
  ListTagsForResourceCommand,
  PutRegistrationFieldValueCommand,
  SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createRegistration, describeRegistration, putValues, readyTollFreeRegistration, TOLL_FREE_VALUES, versionStatuses } from './registrations-support';
import { errorOf, useEmulator, useTestClock } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:registration/';

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

/** A toll-free registration whose version 1 is SUBMITTED. */
async function submitted(): Promise<string> {
  const id = await readyTollFreeRegistration(env.sms);
  await env.sms.send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));
  return id;
}

const submit = (id: string) => env.sms.send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));
const newVersion = (id: string) => env.sms.send(new CreateRegistrationVersionCommand({ RegistrationId: id }));

describe('CreateRegistration', () => {
  test('is CREATED with version 1 a DRAFT, and carries its tags', async () => {
    const created = await env.sms.send(new CreateRegistrationCommand({
      RegistrationType: 'US_TOLL_FREE_REGISTRATION', Tags: [{ Key: 'team', Value: 'sms' }],
    }));

    expect(created.RegistrationId).toMatch(/^registration-[0-9a-f]{32}$/);
    expect(created).toMatchObject({
      RegistrationArn: `${ARN_PREFIX}${created.RegistrationId}`,
      RegistrationType: 'US_TOLL_FREE_REGISTRATION',
      RegistrationStatus: 'CREATED',
      CurrentVersionNumber: 1,
      CreatedTimestamp: new Date(clock.start),
      Tags: [{ Key: 'team', Value: 'sms' }],
    });
    expect(await versionStatuses(env.sms, created.RegistrationId!)).toEqual(['DRAFT']);
    const tags = await env.sms.send(new ListTagsForResourceCommand({ ResourceArn: created.RegistrationArn }));
    expect(tags.Tags).toEqual([{ Key: 'team', Value: 'sms' }]);
  });

  test('an unknown type is ValidationException UNKNOWN_REGISTRATION_TYPE', async () => {
    const error = await errorOf(env.sms.send(new CreateRegistrationCommand({ RegistrationType: 'US_FAX_REGISTRATION' })));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_TYPE' });
    expect(error.message).toContain('US_FAX_REGISTRATION');
  });

  test('the same ClientToken gives the same registration', async () => {
    const input = { RegistrationType: 'US_TOLL_FREE_REGISTRATION', ClientToken: 'once' };
    const first = await env.sms.send(new CreateRegistrationCommand(input));
    const second = await env.sms.send(new CreateRegistrationCommand(input));

    expect(second.RegistrationId).toBe(first.RegistrationId);
    expect((await env.sms.send(new DescribeRegistrationsCommand({}))).Registrations).toHaveLength(1);
  });
});

describe('DescribeRegistrations', () => {
  test('by id, by type and status filters, in pages', async () => {
    const tollFree = await createRegistration(env.sms);
    const brand = await createRegistration(env.sms, 'US_TEN_DLC_BRAND_REGISTRATION');
    const filtered = await env.sms.send(new DescribeRegistrationsCommand({
      Filters: [{ Name: 'registration-type', Values: ['US_TEN_DLC_BRAND_REGISTRATION'] }, { Name: 'registration-status', Values: ['CREATED'] }],
    }));
    const first = await env.sms.send(new DescribeRegistrationsCommand({ MaxResults: 1 }));
    const second = await env.sms.send(new DescribeRegistrationsCommand({ MaxResults: 1, NextToken: first.NextToken }));

    expect(filtered.Registrations!.map(r => r.RegistrationId)).toEqual([brand]);
    expect([...first.Registrations!, ...second.Registrations!].map(r => r.RegistrationId).sort()).toEqual([tollFree, brand].sort());
    expect(second.NextToken).toBeUndefined();
    expect((await describeRegistration(env.sms, `${ARN_PREFIX}${tollFree}`)).RegistrationId).toBe(tollFree);
  });

  test('an unknown id is ResourceNotFoundException', async () => {
    const error = await errorOf(env.sms.send(new DescribeRegistrationsCommand({ RegistrationIds: ['registration-nope'] })));

    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'registration', ResourceId: 'registration-nope' });
  });
});

describe('SubmitRegistrationVersion', () => {
  test('a DRAFT with every required field and its association is SUBMITTED; the registration too', async () => {
    const id = await submitted();

    const versions = (await env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id }))).RegistrationVersions!;
    expect(versions).toEqual([{
      VersionNumber: 1,
      RegistrationVersionStatus: 'SUBMITTED',
      RegistrationVersionStatusHistory: { DraftTimestamp: new Date(clock.start), SubmittedTimestamp: new Date(clock.start) },
    }]);
    expect((await describeRegistration(env.sms, id)).RegistrationStatus).toBe('SUBMITTED');
  });

  test('with AwsReview the version is AWS_REVIEWING', async () => {
    const id = await readyTollFreeRegistration(env.sms);

    const answer = await env.sms.send(new SubmitRegistrationVersionCommand({ RegistrationId: id, AwsReview: true }));

    expect(answer).toMatchObject({ VersionNumber: 1, RegistrationVersionStatus: 'AWS_REVIEWING', AwsReview: true });
    expect((await describeRegistration(env.sms, id)).RegistrationStatus).toBe('AWS_REVIEWING');
  });

  test('missing required fields are ValidationException FIELD_VALIDATION_FAILED naming each path', async () => {
    const id = await createRegistration(env.sms);
    const { 'companyInfo.city': _city, 'contactInfo.lastName': _last, ...values } = TOLL_FREE_VALUES;
    await putValues(env.sms, id, values);

    const error = await errorOf(submit(id));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED' });
    expect(error.Fields).toEqual([
      { Name: 'companyInfo.city', Message: 'companyInfo.city is required' },
      { Name: 'contactInfo.lastName', Message: 'contactInfo.lastName is required' },
    ]);
  });

  test('without an association that must come before submission it is ValidationException INVALID_REGISTRATION_ASSOCIATION', async () => {
    const id = await createRegistration(env.sms);
    await putValues(env.sms, id, TOLL_FREE_VALUES);

    const error = await errorOf(submit(id));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'INVALID_REGISTRATION_ASSOCIATION' });
    expect(error.message).toContain('TOLL_FREE');
  });

  test('twice is ConflictException REGISTRATION_ALREADY_SUBMITTED; an approved version SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED', async () => {
    const id = await submitted();
    const again = await errorOf(submit(id));
    env.emulator.approveRegistration(id);
    const approved = await errorOf(submit(id));

    expect(again).toMatchObject({ name: 'ConflictException', Reason: 'REGISTRATION_ALREADY_SUBMITTED' });
    expect(approved).toMatchObject({ name: 'ConflictException', Reason: 'SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED' });
  });
});

describe('versions', () => {
  test('an approved v1 stays APPROVED while v2 is edited and submitted; approving v2 archives v1', async () => {
    const id = await submitted();
    env.emulator.approveRegistration(id);
    clock.advance(1000);
    const created = await newVersion(id);
    await putValues(env.sms, id, { 'companyInfo.city': { TextValue: 'Bellevue' } });
    const v2Values = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }));
    await submit(id);
    const whileSubmitted = await describeRegistration(env.sms, id);
    env.emulator.approveRegistration(id);
    const v1Values = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, VersionNumber: 1 }));

    expect(created).toMatchObject({ VersionNumber: 2, RegistrationVersionStatus: 'DRAFT' });
    expect(v2Values.VersionNumber).toBe(2);
    expect(v2Values.RegistrationFieldValues).toHaveLength(Object.keys(TOLL_FREE_VALUES).length);
    expect(v2Values.RegistrationFieldValues!.find(v => v.FieldPath === 'companyInfo.city')!.TextValue).toBe('Bellevue');
    expect(v1Values.RegistrationFieldValues!.find(v => v.FieldPath === 'companyInfo.city')!.TextValue).toBe('Seattle');
    expect(whileSubmitted).toMatchObject({ RegistrationStatus: 'COMPLETE', CurrentVersionNumber: 2, ApprovedVersionNumber: 1 });
    expect(await versionStatuses(env.sms, id)).toEqual(['ARCHIVED', 'APPROVED']);
    expect(await describeRegistration(env.sms, id)).toMatchObject({ RegistrationStatus: 'COMPLETE', ApprovedVersionNumber: 2 });
  });

  test.each(['DRAFT', 'SUBMITTED'])('CreateRegistrationVersion is ConflictException CREATE_REGISTRATION_VERSION_NOT_ALLOWED while the current version is %s', async status => {
    const id = status === 'DRAFT' ? await createRegistration(env.sms) : await submitted();

    const error = await errorOf(newVersion(id));

    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'CREATE_REGISTRATION_VERSION_NOT_ALLOWED' });
  });

  test('a denied version REQUIRES_UPDATES, and so does the new DRAFT, with its denied reasons cleared', async () => {
    const id = await submitted();
    env.emulator.denyRegistration(id, [{ reason: 'Invalid website', shortDescription: 'The website does not load', fieldPath: 'companyInfo.website' }]);
    const denied = await env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id, VersionNumbers: [1] }));
    const deniedValues = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, FieldPaths: ['companyInfo.website'] }));
    const afterDenial = await describeRegistration(env.sms, id);
    await newVersion(id);
    const draftValues = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, FieldPaths: ['companyInfo.website'] }));

    expect(denied.RegistrationVersions![0]).toMatchObject({
      RegistrationVersionStatus: 'DENIED',
      DeniedReasons: [{ Reason: 'Invalid website', ShortDescription: 'The website does not load' }],
      RegistrationVersionStatusHistory: { DeniedTimestamp: new Date(clock.start) },
    });
    expect(deniedValues.RegistrationFieldValues).toEqual([
      { FieldPath: 'companyInfo.website', TextValue: 'https://www.example.com', DeniedReason: 'The website does not load' },
    ]);
    expect(afterDenial).toMatchObject({ RegistrationStatus: 'REQUIRES_UPDATES', LatestDeniedVersionNumber: 1 });
    expect(await describeRegistration(env.sms, id)).toMatchObject({ RegistrationStatus: 'REQUIRES_UPDATES', CurrentVersionNumber: 2 });
    expect(draftValues.RegistrationFieldValues).toEqual([{ FieldPath: 'companyInfo.website', TextValue: 'https://www.example.com' }]);
  });

  test('a discarded DRAFT stays the current version; the next version copies the last kept one', async () => {
    const id = await submitted();
    env.emulator.approveRegistration(id);
    await newVersion(id);
    await putValues(env.sms, id, { 'companyInfo.city': { TextValue: 'Bellevue' } });

    const discarded = await env.sms.send(new DiscardRegistrationVersionCommand({ RegistrationId: id }));
    const edit = await errorOf(putValues(env.sms, id, { 'companyInfo.city': { TextValue: 'Tacoma' } }));
    const again = await errorOf(env.sms.send(new DiscardRegistrationVersionCommand({ RegistrationId: id })));
    const afterDiscard = await describeRegistration(env.sms, id);
    await newVersion(id);
    const v3 = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, FieldPaths: ['companyInfo.city'] }));

    expect(discarded).toMatchObject({ VersionNumber: 2, RegistrationVersionStatus: 'DISCARDED' });
    expect(edit).toMatchObject({ name: 'ConflictException', Reason: 'EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED' });
    expect(again).toMatchObject({ name: 'ConflictException', Reason: 'DISCARD_REGISTRATION_VERSION_NOT_ALLOWED' });
    expect(afterDiscard).toMatchObject({ RegistrationStatus: 'COMPLETE', CurrentVersionNumber: 2 });
    expect(v3).toMatchObject({ VersionNumber: 3, RegistrationFieldValues: [{ FieldPath: 'companyInfo.city', TextValue: 'Seattle' }] });
  });

  test('DescribeRegistrationVersions filters by status, pages, and refuses an unknown version number', async () => {
    const id = await submitted();
    env.emulator.denyRegistration(id, [{ reason: 'Other', shortDescription: 'No' }]);
    await newVersion(id);

    const drafts = await env.sms.send(new DescribeRegistrationVersionsCommand({
      RegistrationId: id, Filters: [{ Name: 'registration-version-status', Values: ['DRAFT'] }],
    }));
    const first = await env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id, MaxResults: 1 }));
    const second = await env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id, MaxResults: 1, NextToken: first.NextToken }));
    const unknown = await errorOf(env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id, VersionNumbers: [7] })));

    expect(drafts.RegistrationVersions!.map(v => v.VersionNumber)).toEqual([2]);
    expect([first, second].map(p => p.RegistrationVersions!.map(v => v.VersionNumber))).toEqual([[1], [2]]);
    expect(unknown).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_VERSION' });
  });
});

describe('test hooks', () => {
  test('review, authentication and approval move the version and the registration', async () => {
    const id = await submitted();
    env.emulator.startRegistrationReview(id);
    const reviewing = await describeRegistration(env.sms, id);
    env.emulator.requireRegistrationAuthentication(id);
    const authenticating = await describeRegistration(env.sms, id);
    clock.advance(1000);
    env.emulator.approveRegistration(`${ARN_PREFIX}${id}`);
    const versions = (await env.sms.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id }))).RegistrationVersions!;

    expect(reviewing.RegistrationStatus).toBe('REVIEWING');
    expect(authenticating.RegistrationStatus).toBe('REQUIRES_AUTHENTICATION');
    expect(versions[0].RegistrationVersionStatusHistory).toMatchObject({
      ReviewingTimestamp: new Date(clock.start),
      RequiresAuthenticationTimestamp: new Date(clock.start),
      ApprovedTimestamp: new Date(clock.start + 1000),
    });
    expect(await describeRegistration(env.sms, id)).toMatchObject({ RegistrationStatus: 'COMPLETE', ApprovedVersionNumber: 1 });
  });

  test('revoking the approved version REQUIRES_UPDATES', async () => {
    const id = await submitted();
    env.emulator.approveRegistration(id);
    env.emulator.revokeRegistration(id);

    expect(await versionStatuses(env.sms, id)).toEqual(['REVOKED']);
    expect((await describeRegistration(env.sms, id)).RegistrationStatus).toBe('REQUIRES_UPDATES');
  });

  test('each throws when the version is not in a status it moves from', async () => {
    const id = await createRegistration(env.sms);

    expect(() => env.emulator.approveRegistration(id)).toThrow(/is DRAFT; it can become APPROVED only from SUBMITTED/);
    expect(() => env.emulator.startRegistrationReview(id)).toThrow(/REVIEWING/);
    expect(() => env.emulator.denyRegistration(id, [])).toThrow(/DENIED/);
    expect(() => env.emulator.requireRegistrationAuthentication(id)).toThrow(/REQUIRES_AUTHENTICATION/);
    expect(() => env.emulator.revokeRegistration(id)).toThrow(/REVOKED/);
  });
});

describe('DeleteRegistration', () => {
  test('answers DELETED and the registration is gone', async () => {
    const id = await createRegistration(env.sms);

    const deleted = await env.sms.send(new DeleteRegistrationCommand({ RegistrationId: id }));
    const after = await errorOf(describeRegistration(env.sms, id));

    expect(deleted).toMatchObject({ RegistrationId: id, RegistrationStatus: 'DELETED', CurrentVersionNumber: 1 });
    expect(after).toMatchObject({ name: 'ResourceNotFoundException' });
  });

  test('an unknown registration is ResourceNotFoundException', async () => {
    const error = await errorOf(env.sms.send(new DeleteRegistrationCommand({ RegistrationId: 'registration-nope' })));

    expect(error).toMatchObject({ name: 'ResourceNotFoundException' });
  });

  test('PutRegistrationFieldValue on a deleted registration is ResourceNotFoundException', async () => {
    const id = await createRegistration(env.sms);
    await env.sms.send(new DeleteRegistrationCommand({ RegistrationId: id }));

    const error = await errorOf(env.sms.send(new PutRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'companyInfo.city', TextValue: 'x' })));

    expect(error).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
