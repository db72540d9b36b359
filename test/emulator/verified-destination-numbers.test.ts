import {
  ConflictException,
  CreateConfigurationSetCommand,
  CreateVerifiedDestinationNumberCommand,
  DeleteVerifiedDestinationNumberCommand,
  DescribeVerifiedDestinationNumbersCommand,
  DescribeVerifiedDestinationNumbersCommandInput,
  paginateDescribeVerifiedDestinationNumbers,
  RequestSenderIdCommand,
  ResourceNotFoundException,
  SendDestinationNumberVerificationCodeCommand,
  ServiceQuotaExceededException,
  ValidationException,
  VerifyDestinationNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createPool, errorOf, requestPhoneNumber, useEmulator } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:verified-destination-number/';
const NUMBER = '+14255550100';

const env = useEmulator();

const create = (DestinationPhoneNumber = NUMBER) => env.sms.send(new CreateVerifiedDestinationNumberCommand({ DestinationPhoneNumber }));

const sendCode = (VerifiedDestinationNumberId: string, more: { OriginationIdentity?: string; ConfigurationSetName?: string } = {}) =>
  env.sms.send(new SendDestinationNumberVerificationCodeCommand({ VerifiedDestinationNumberId, VerificationChannel: 'TEXT', ...more }));

const verify = (VerifiedDestinationNumberId: string, VerificationCode: string) =>
  env.sms.send(new VerifyDestinationNumberCommand({ VerifiedDestinationNumberId, VerificationCode }));

describe('CreateVerifiedDestinationNumber', () => {
  test('returns a PENDING number with its id, ARN and tags', async () => {
    const created = await env.sms.send(new CreateVerifiedDestinationNumberCommand({
      DestinationPhoneNumber: NUMBER, Tags: [{ Key: 'team', Value: 'qa' }],
    }));
    expect(created).toEqual({
      $metadata: expect.anything(),
      VerifiedDestinationNumberId: expect.stringMatching(/^verified-[0-9a-f]{32}$/),
      VerifiedDestinationNumberArn: `${ARN_PREFIX}${created.VerifiedDestinationNumberId}`,
      DestinationPhoneNumber: NUMBER,
      Status: 'PENDING',
      CreatedTimestamp: expect.any(Date),
      Tags: [{ Key: 'team', Value: 'qa' }],
    });
  });

  test('the same number twice is ConflictException RESOURCE_ALREADY_EXISTS, with or without its +', async () => {
    const first = await create();
    const error = await errorOf(create('14255550100'));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error).toMatchObject({ Reason: 'RESOURCE_ALREADY_EXISTS', ResourceId: first.VerifiedDestinationNumberId });
  });

  test('an 11th number is ServiceQuotaExceededException VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT', async () => {
    for (let i = 0; i < 10; i++) await create(`+1425555010${i}`);
    const error = await errorOf(create('+14255550199'));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error).toMatchObject({ Reason: 'VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT' });
  });

  test('a number that is not E.164 is a ValidationException', async () => {
    expect(await errorOf(create('+0123'))).toBeInstanceOf(ValidationException);
  });
});

describe('DescribeVerifiedDestinationNumbers', () => {
  test('selects by id, by number and by status, and pages', async () => {
    const first = await create('+14255550101');
    const second = await create('+14255550102');
    await sendCode(second.VerifiedDestinationNumberId!);
    await verify(second.VerifiedDestinationNumberId!, env.emulator.verificationCode(second.VerifiedDestinationNumberId!)!);
    const numbers = async (input: DescribeVerifiedDestinationNumbersCommandInput) =>
      (await env.sms.send(new DescribeVerifiedDestinationNumbersCommand(input))).VerifiedDestinationNumbers!.map(n => n.DestinationPhoneNumber);
    expect(await numbers({ VerifiedDestinationNumberIds: [first.VerifiedDestinationNumberArn!] })).toEqual(['+14255550101']);
    expect(await numbers({ DestinationPhoneNumbers: ['+14255550102'] })).toEqual(['+14255550102']);
    expect(await numbers({ Filters: [{ Name: 'status', Values: ['VERIFIED'] }] })).toEqual(['+14255550102']);
    const pages = [];
    for await (const page of paginateDescribeVerifiedDestinationNumbers({ client: env.sms, pageSize: 1 }, {})) {
      pages.push(page.VerifiedDestinationNumbers!.length);
    }
    expect(pages.filter(n => n > 0)).toEqual([1, 1]);
  });

  test('an unknown id is ResourceNotFoundException', async () => {
    const error = await errorOf(env.sms.send(new DescribeVerifiedDestinationNumbersCommand({ VerifiedDestinationNumberIds: ['verified-unknown'] })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('DeleteVerifiedDestinationNumber', () => {
  test('removes the number, which can then be added again', async () => {
    const created = await create();
    const VerifiedDestinationNumberId = created.VerifiedDestinationNumberId;
    const deleted = await env.sms.send(new DeleteVerifiedDestinationNumberCommand({ VerifiedDestinationNumberId }));
    expect(deleted).toMatchObject({ VerifiedDestinationNumberId: created.VerifiedDestinationNumberId, DestinationPhoneNumber: NUMBER });
    expect(await errorOf(sendCode(created.VerifiedDestinationNumberId!))).toBeInstanceOf(ResourceNotFoundException);
    await expect(create()).resolves.toMatchObject({ Status: 'PENDING' });
  });
});

describe('SendDestinationNumberVerificationCode and VerifyDestinationNumber', () => {
  test('each send makes a new 6-digit code, readable through the hook by id, ARN or number', async () => {
    const created = await create();
    expect(env.emulator.verificationCode(NUMBER)).toBeUndefined();
    const sent = await sendCode(created.VerifiedDestinationNumberId!);
    expect(sent.MessageId).toEqual(expect.any(String));
    const code = env.emulator.verificationCode(created.VerifiedDestinationNumberArn!);
    expect(code).toMatch(/^[0-9]{6}$/);
    expect(env.emulator.verificationCode(NUMBER)).toBe(code);
    expect(env.emulator.verificationCode(NUMBER, 'eu-west-1')).toBeUndefined();
  });

  test('the right code verifies the number; then no code is sent or accepted again', async () => {
    const { VerifiedDestinationNumberId: id } = await create();
    await sendCode(id!);
    const verified = await verify(id!, env.emulator.verificationCode(id!)!);
    expect(verified).toMatchObject({ VerifiedDestinationNumberId: id, Status: 'VERIFIED' });
    for (const call of [sendCode(id!), verify(id!, '123456')]) {
      const error = await errorOf(call);
      expect(error).toBeInstanceOf(ConflictException);
      expect(error).toMatchObject({ Reason: 'VERIFICATION_ALREADY_COMPLETE' });
    }
  });

  test('a wrong code, or any code before one was sent, is ValidationException VERIFICATION_CODE_MISMATCH', async () => {
    const { VerifiedDestinationNumberId: id } = await create();
    const beforeSending = await errorOf(verify(id!, '123456'));
    expect(beforeSending).toBeInstanceOf(ValidationException);
    expect(beforeSending).toMatchObject({ Reason: 'VERIFICATION_CODE_MISMATCH' });
    await sendCode(id!);
    const wrong = String((Number(env.emulator.verificationCode(id!)) + 1) % 1_000_000).padStart(6, '0');
    expect(await errorOf(verify(id!, wrong))).toMatchObject({ Reason: 'VERIFICATION_CODE_MISMATCH' });
  });

  test('sends from an existing phone number, sender ID or pool, with a configuration set', async () => {
    const { VerifiedDestinationNumberId: id } = await create();
    const phone = await requestPhoneNumber(env.sms);
    const pool = await createPool(env.sms);
    const senderId = await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB' }));
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'verification' }));
    const identities = [phone.PhoneNumber!, phone.PhoneNumberId!, phone.PhoneNumberArn!, 'MyShop', senderId.SenderIdArn!, pool.PoolId!, pool.PoolArn!];
    for (const OriginationIdentity of identities) {
      await expect(sendCode(id!, { OriginationIdentity, ConfigurationSetName: 'verification' })).resolves.toMatchObject({ MessageId: expect.any(String) });
    }
  });

  test.each([
    ['an unknown number', { id: 'verified-unknown' }],
    ['an unknown origination identity', { OriginationIdentity: 'pool-unknown' }],
    ['an unknown sender ID', { OriginationIdentity: 'NoSuchId' }],
    ['an unknown configuration set', { ConfigurationSetName: 'unknown' }],
  ])('%s is ResourceNotFoundException', async (_name, { id, ...more }: { id?: string; OriginationIdentity?: string; ConfigurationSetName?: string }) => {
    const created = await create();
    expect(await errorOf(sendCode(id ?? created.VerifiedDestinationNumberId!, more))).toBeInstanceOf(ResourceNotFoundException);
    expect(env.emulator.verificationCode(NUMBER)).toBeUndefined();
  });
});
