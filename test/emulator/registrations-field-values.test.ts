import {
  CreateRegistrationAttachmentCommand,
  DeleteRegistrationFieldValueCommand,
  DescribeRegistrationFieldValuesCommand,
  PutRegistrationFieldValueCommand,
  PutRegistrationFieldValueCommandInput,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createRegistration, FieldValue, putValues, TOLL_FREE_VALUES } from './registrations-support';
import { errorOf, useEmulator } from './support';

const env = useEmulator();

async function put(registrationId: string, FieldPath: string, value: FieldValue) {
  const input: PutRegistrationFieldValueCommandInput = { RegistrationId: registrationId, FieldPath, ...value };
  return env.sms.send(new PutRegistrationFieldValueCommand(input));
}

describe('PutRegistrationFieldValue', () => {
  test('answers the value, and a second put replaces it', async () => {
    const id = await createRegistration(env.sms);

    const answer = await put(id, 'companyInfo.city', { TextValue: 'Seattle' });
    await put(id, 'companyInfo.city', { TextValue: 'Bellevue' });
    const values = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }));

    expect(answer).toMatchObject({ RegistrationId: id, VersionNumber: 1, FieldPath: 'companyInfo.city', TextValue: 'Seattle' });
    expect(values.RegistrationFieldValues).toEqual([{ FieldPath: 'companyInfo.city', TextValue: 'Bellevue' }]);
  });

  test('an unknown field is ValidationException UNKNOWN_REGISTRATION_FIELD', async () => {
    const id = await createRegistration(env.sms);

    const error = await errorOf(put(id, 'companyInfo.shoeSize', { TextValue: '42' }));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_FIELD', Fields: [{ Name: 'companyInfo.shoeSize' }] });
  });

  test.each([
    ['a TextValue on a SELECT field', 'messagingUseCase.useCaseCategory', { TextValue: 'MARKETING' }, /takes SelectChoices, not TextValue/],
    ['no value', 'companyInfo.city', {}, /give its value in TextValue/],
    ['a text too long', 'companyInfo.companyName', { TextValue: 'x'.repeat(101) }, /is 101 characters long; it must be 1 to 100/],
    ['a text that does not match the pattern', 'companyInfo.zipCode', { TextValue: '9810' }, /does not match/],
    ['a choice not in the options', 'messagingUseCase.useCaseCategory', { SelectChoices: ['GAMBLING'] }, /GAMBLING, which is not one of/],
    ['too many choices', 'messagingUseCase.monthlyMessageVolume', { SelectChoices: ['10', '100'] }, /has 2 choices; it takes 1 to 1/],
  ])('%s is ValidationException FIELD_VALIDATION_FAILED naming the path', async (_case, path, value: FieldValue, message) => {
    const id = await createRegistration(env.sms);

    const error = await errorOf(put(id, path, value));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: path }] });
    expect(error.message).toMatch(message);
  });

  test('an attachment must exist (ResourceNotFoundException) and be UPLOAD_COMPLETE', async () => {
    const id = await createRegistration(env.sms);
    const missing = await errorOf(put(id, 'optInDetails.optInImage', { RegistrationAttachmentId: 'attachment-nope' }));
    env.emulator.configure({ statusDelays: { 'registration-attachment': 5000 } });
    const uploading = await env.sms.send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: 's3://bucket/opt-in.png' }));
    const notYet = await errorOf(put(id, 'optInDetails.optInImage', { RegistrationAttachmentId: uploading.RegistrationAttachmentId }));
    env.emulator.configure({ statusDelays: {} });
    const done = await env.sms.send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: 's3://bucket/opt-in.png' }));
    const answer = await put(id, 'optInDetails.optInImage', { RegistrationAttachmentId: done.RegistrationAttachmentArn });

    expect(missing).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'registration-attachment' });
    expect(notYet).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED' });
    expect(notYet.message).toContain('UPLOAD_IN_PROGRESS');
    expect(answer.RegistrationAttachmentId).toBe(done.RegistrationAttachmentId);
  });
});

describe('DeleteRegistrationFieldValue', () => {
  test('removes the value and answers it; a field without a value is ResourceNotFoundException', async () => {
    const id = await createRegistration(env.sms);
    await put(id, 'companyInfo.city', { TextValue: 'Seattle' });

    const deleted = await env.sms.send(new DeleteRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'companyInfo.city' }));
    const again = await errorOf(env.sms.send(new DeleteRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'companyInfo.city' })));
    const values = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }));

    expect(deleted).toMatchObject({ FieldPath: 'companyInfo.city', TextValue: 'Seattle', VersionNumber: 1 });
    expect(again).toMatchObject({ name: 'ResourceNotFoundException' });
    expect(values.RegistrationFieldValues).toEqual([]);
  });

  test('an unknown field is ValidationException UNKNOWN_REGISTRATION_FIELD', async () => {
    const id = await createRegistration(env.sms);

    const error = await errorOf(env.sms.send(new DeleteRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'nope.nope' })));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_FIELD' });
  });
});

describe('DescribeRegistrationFieldValues', () => {
  test('in the order of the fields, by section or paths, in pages', async () => {
    const id = await createRegistration(env.sms);
    await putValues(env.sms, id, TOLL_FREE_VALUES);

    const contact = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, SectionPath: 'contactInfo' }));
    const named = await env.sms.send(new DescribeRegistrationFieldValuesCommand({
      RegistrationId: id, FieldPaths: ['messageSamples.messageSample1', 'companyInfo.city'],
    }));
    const first = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, MaxResults: 10 }));
    const second = await env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, MaxResults: 10, NextToken: first.NextToken }));

    expect(contact.RegistrationFieldValues!.map(v => v.FieldPath)).toEqual([
      'contactInfo.firstName', 'contactInfo.lastName', 'contactInfo.supportEmail', 'contactInfo.supportPhoneNumber',
    ]);
    expect(named.RegistrationFieldValues!.map(v => v.FieldPath)).toEqual(['companyInfo.city', 'messageSamples.messageSample1']);
    expect([...first.RegistrationFieldValues!, ...second.RegistrationFieldValues!].map(v => v.FieldPath)).toEqual(Object.keys(TOLL_FREE_VALUES));
  });

  test('an unknown section is ValidationException UNKNOWN_REGISTRATION_SECTION', async () => {
    const id = await createRegistration(env.sms);

    const error = await errorOf(env.sms.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, SectionPath: 'hobbies' })));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'UNKNOWN_REGISTRATION_SECTION' });
  });
});
