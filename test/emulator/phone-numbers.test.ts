import {
  AssociateOriginationIdentityCommand,
  ConflictException,
  CreateOptOutListCommand,
  DescribePhoneNumbersCommand,
  DisassociateOriginationIdentityCommand,
  ListPoolOriginationIdentitiesCommand,
  paginateDescribePhoneNumbers,
  PhoneNumberFilter,
  ReleasePhoneNumberCommand,
  RequestPhoneNumberCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  UpdatePhoneNumberCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createPool, describePhoneNumber, errorOf, LONG_CODE, requestPhoneNumber, useEmulator, useTestClock } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/';
const CHANNEL_ARN = 'arn:aws:sns:us-east-1:123456789012:inbound-sms';
const CHANNEL_ROLE = 'arn:aws:iam::123456789012:role/inbound-sms';

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

const status = async (id: string) => (await describePhoneNumber(env.sms, id)).Status;

describe('RequestPhoneNumber', () => {
  test('returns the new number with its id, ARN, E.164 number, defaults and tags', async () => {
    const requested = await requestPhoneNumber(env.sms, { Tags: [{ Key: 'team', Value: 'alerts' }] });
    expect(requested.PhoneNumberId).toMatch(/^phone-[0-9a-f]{32}$/);
    expect(requested).toEqual({
      $metadata: expect.anything(),
      PhoneNumberArn: `${ARN_PREFIX}${requested.PhoneNumberId}`,
      PhoneNumberId: requested.PhoneNumberId,
      PhoneNumber: expect.stringMatching(/^\+1206555\d{4}$/),
      Status: 'ACTIVE',
      IsoCountryCode: 'US',
      MessageType: 'TRANSACTIONAL',
      NumberCapabilities: ['SMS'],
      NumberType: 'LONG_CODE',
      MonthlyLeasingPrice: '1.00',
      TwoWayEnabled: false,
      SelfManagedOptOutsEnabled: false,
      OptOutListName: 'Default',
      InternationalSendingEnabled: false,
      DeletionProtectionEnabled: false,
      Tags: [{ Key: 'team', Value: 'alerts' }],
      CreatedTimestamp: new Date(clock.start),
    });
  });

  test('hands out a different, plausible number each time, for the country and type', async () => {
    const numbers = [
      (await requestPhoneNumber(env.sms)).PhoneNumber,
      (await requestPhoneNumber(env.sms)).PhoneNumber,
      (await requestPhoneNumber(env.sms, { IsoCountryCode: 'GB' })).PhoneNumber,
      (await requestPhoneNumber(env.sms, { NumberType: 'TOLL_FREE', RegistrationId: 'registration-1' })).PhoneNumber,
      (await requestPhoneNumber(env.sms, { IsoCountryCode: 'AU', NumberType: 'SIMULATOR' })).PhoneNumber,
    ];
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers[2]).toMatch(/^\+447700900\d{3}$/);
    expect(numbers[3]).toMatch(/^\+1833555\d{4}$/);
    expect(numbers[4]).toMatch(/^\+61491570\d{3}$/);
  });

  test('is PENDING for the phone-number status delay, then ACTIVE', async () => {
    env.emulator.configure({ statusDelays: { 'phone-number': 5000 } });
    const requested = await requestPhoneNumber(env.sms);
    expect(requested.Status).toBe('PENDING');
    clock.advance(4999);
    expect(await status(requested.PhoneNumberId!)).toBe('PENDING');
    clock.advance(1);
    expect(await status(requested.PhoneNumberId!)).toBe('ACTIVE');
  });

  test.each([
    ['TOLL_FREE', 'US'],
    ['TEN_DLC', 'US'],
  ] as const)('a %s number in %s waits for its registration: PENDING until a test sets it ACTIVE', async (NumberType, IsoCountryCode) => {
    const requested = await requestPhoneNumber(env.sms, { NumberType, IsoCountryCode, RegistrationId: 'registration-1' });
    expect(requested).toMatchObject({ Status: 'PENDING', RegistrationId: 'registration-1', NumberType });
    clock.advance(365 * 24 * 60 * 60 * 1000);
    expect(await status(requested.PhoneNumberId!)).toBe('PENDING');
    env.emulator.setStatus(requested.PhoneNumberArn!, { kind: 'phone-number', status: 'ACTIVE' });
    expect(await status(requested.PhoneNumberId!)).toBe('ACTIVE');
  });

  test('a toll-free number elsewhere is not registration-gated', async () => {
    const requested = await requestPhoneNumber(env.sms, { NumberType: 'TOLL_FREE', IsoCountryCode: 'GB' });
    expect(requested.Status).toBe('ACTIVE');
  });

  test.each([
    ['a country without numbers', { IsoCountryCode: 'AQ' }, 'IsoCountryCode'],
    ['10DLC outside the US', { NumberType: 'TEN_DLC', IsoCountryCode: 'CA' }, 'NumberType'],
    ['toll-free where there is none', { NumberType: 'TOLL_FREE', IsoCountryCode: 'SG' }, 'NumberType'],
    ['a PROMOTIONAL simulator number', { NumberType: 'SIMULATOR', MessageType: 'PROMOTIONAL' }, 'MessageType'],
  ] as const)('%s is ValidationException INVALID_PARAMETER', async (_case, overrides, field) => {
    const error = await errorOf(requestPhoneNumber(env.sms, overrides));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'INVALID_PARAMETER', Fields: [{ Name: field }] });
    const { PhoneNumbers } = await env.sms.send(new DescribePhoneNumbersCommand({}));
    expect(PhoneNumbers).toEqual([]);
  });

  test('a short code cannot be requested: the model does not allow it', async () => {
    const error = await errorOf(requestPhoneNumber(env.sms, { NumberType: 'SHORT_CODE' as never }));
    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'NumberType' }] });
  });

  test('takes an opt-out list by name or ARN, and deletion protection and international sending', async () => {
    await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts' }));
    const requested = await requestPhoneNumber(env.sms, {
      OptOutListName: 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/alerts',
      DeletionProtectionEnabled: true,
      InternationalSendingEnabled: true,
    });
    expect(requested).toMatchObject({ OptOutListName: 'alerts', DeletionProtectionEnabled: true, InternationalSendingEnabled: true });
    const error = await errorOf(requestPhoneNumber(env.sms, { OptOutListName: 'missing' }));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'opt-out-list', ResourceId: 'missing' });
  });

  test('the phone numbers per account are limited; released numbers do not count', async () => {
    env.emulator.configure({ limits: { phoneNumbersPerAccount: 1 }, statusDelays: { 'phone-number': 60_000 } });
    const first = await requestPhoneNumber(env.sms);
    const error = await errorOf(requestPhoneNumber(env.sms));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('PHONE_NUMBERS_PER_ACCOUNT');
    await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: first.PhoneNumberId }));
    await requestPhoneNumber(env.sms);
  });

  test('a ClientToken replays the first request and requests no second number', async () => {
    const input = { ...LONG_CODE, ClientToken: 'token-1' };
    const first = await env.sms.send(new RequestPhoneNumberCommand(input));
    const again = await env.sms.send(new RequestPhoneNumberCommand(input));
    expect(again.PhoneNumberId).toBe(first.PhoneNumberId);
    expect(again.PhoneNumber).toBe(first.PhoneNumber);
    const mismatch = await errorOf(env.sms.send(new RequestPhoneNumberCommand({ ...input, IsoCountryCode: 'CA' })));
    expect(mismatch).toBeInstanceOf(ConflictException);
    const { PhoneNumbers } = await env.sms.send(new DescribePhoneNumbersCommand({}));
    expect(PhoneNumbers).toHaveLength(1);
  });

  describe('into a pool', () => {
    test('joins the pool and takes its opt-out list', async () => {
      await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts' }));
      const pool = await createPool(env.sms, { OriginationIdentity: (await requestPhoneNumber(env.sms, { OptOutListName: 'alerts' })).PhoneNumberId });
      const requested = await requestPhoneNumber(env.sms, { PoolId: pool.PoolArn });
      expect(requested).toMatchObject({ PoolId: pool.PoolId, OptOutListName: 'alerts' });
      const { OriginationIdentities } = await env.sms.send(new ListPoolOriginationIdentitiesCommand({ PoolId: pool.PoolId }));
      expect(OriginationIdentities!.map(i => i.OriginationIdentity)).toContain(requested.PhoneNumberId);
    });

    test('fails when it would not match the pool', async () => {
      const pool = await createPool(env.sms);
      await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts' }));
      const list = await errorOf(requestPhoneNumber(env.sms, { PoolId: pool.PoolId, OptOutListName: 'alerts' }));
      expect(list).toMatchObject({ name: 'ConflictException', Reason: 'OPT_OUT_LIST_MISMATCH' });
      const type = await errorOf(requestPhoneNumber(env.sms, { PoolId: pool.PoolId, MessageType: 'PROMOTIONAL' }));
      expect(type).toMatchObject({ name: 'ConflictException', Reason: 'MESSAGE_TYPE_MISMATCH' });
      const { OriginationIdentities } = await env.sms.send(new ListPoolOriginationIdentitiesCommand({ PoolId: pool.PoolId }));
      expect(OriginationIdentities).toHaveLength(1);
    });

    test('fails while the pool is not ACTIVE, or when it does not exist', async () => {
      env.emulator.configure({ statusDelays: { pool: 1000 } });
      const pool = await createPool(env.sms);
      const creating = await errorOf(requestPhoneNumber(env.sms, { PoolId: pool.PoolId }));
      expect(creating).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE', ResourceType: 'pool', ResourceId: pool.PoolId });
      const missing = await errorOf(requestPhoneNumber(env.sms, { PoolId: 'pool-missing' }));
      expect(missing).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'pool', ResourceId: 'pool-missing' });
    });
  });
});

describe('UpdatePhoneNumber', () => {
  test('changes every setting it is given, by id or ARN, and leaves the others', async () => {
    const { PhoneNumberId, PhoneNumberArn } = await requestPhoneNumber(env.sms, { DeletionProtectionEnabled: true });
    await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts' }));
    const update = {
      TwoWayEnabled: true,
      TwoWayChannelArn: CHANNEL_ARN,
      TwoWayChannelRole: CHANNEL_ROLE,
      SelfManagedOptOutsEnabled: true,
      OptOutListName: 'alerts',
      InternationalSendingEnabled: true,
    };
    const updated = await env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId: PhoneNumberArn, ...update }));
    const expected = { PhoneNumberId, ...update, DeletionProtectionEnabled: true };
    expect(updated).toMatchObject(expected);
    expect(await describePhoneNumber(env.sms, PhoneNumberId!)).toMatchObject(expected);

    const partly = { DeletionProtectionEnabled: false, SelfManagedOptOutsEnabled: false };
    await env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId, ...partly }));
    expect(await describePhoneNumber(env.sms, PhoneNumberId!)).toMatchObject({ ...expected, ...partly });
  });

  test.each([
    ['two-way messaging without a channel', { TwoWayEnabled: true }, 'TWO_WAY_CHANNEL_NOT_PRESENT', 'TwoWayChannelArn'],
    ['self-managed opt-outs without two-way messaging', { SelfManagedOptOutsEnabled: true }, 'TWO_WAY_NOT_ENABLED', 'SelfManagedOptOutsEnabled'],
  ])('%s is ValidationException %s, and changes nothing', async (_case, update, Reason, field) => {
    const { PhoneNumberId } = await requestPhoneNumber(env.sms);
    const error = await errorOf(env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId, DeletionProtectionEnabled: true, ...update })));
    expect(error).toMatchObject({ name: 'ValidationException', Reason, Fields: [{ Name: field }] });
    expect(await describePhoneNumber(env.sms, PhoneNumberId!)).toMatchObject({ DeletionProtectionEnabled: false, TwoWayEnabled: false });
  });

  test('an unknown opt-out list or phone number is ResourceNotFoundException', async () => {
    const { PhoneNumberId } = await requestPhoneNumber(env.sms);
    const list = await errorOf(env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId, OptOutListName: 'missing' })));
    expect(list).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'opt-out-list' });
    const number = await errorOf(env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId: 'phone-missing', DeletionProtectionEnabled: true })));
    expect(number).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'phone-number', ResourceId: 'phone-missing' });
  });

  test('fails while the number is in a pool: ConflictException PHONE_NUMBER_ASSOCIATED_TO_POOL', async () => {
    const { PhoneNumberId } = await requestPhoneNumber(env.sms);
    await createPool(env.sms, { OriginationIdentity: PhoneNumberId });
    const error = await errorOf(env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId, DeletionProtectionEnabled: true })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'PHONE_NUMBER_ASSOCIATED_TO_POOL', ResourceType: 'phone-number', ResourceId: PhoneNumberId });
  });

  test('works on a PENDING number', async () => {
    const { PhoneNumberId } = await requestPhoneNumber(env.sms, { NumberType: 'TOLL_FREE' });
    const updated = await env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId, DeletionProtectionEnabled: true }));
    expect(updated).toMatchObject({ Status: 'PENDING', DeletionProtectionEnabled: true });
  });
});

describe('ReleasePhoneNumber', () => {
  test('the number is DELETED for the phone-number status delay, then gone', async () => {
    env.emulator.configure({ statusDelays: { 'phone-number': 1000 } });
    const { PhoneNumberId, PhoneNumber } = await requestPhoneNumber(env.sms);
    clock.advance(1000);
    const released = await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId }));
    expect(released).toMatchObject({ PhoneNumberId, PhoneNumber, Status: 'DELETED', OptOutListName: 'Default' });
    expect(await status(PhoneNumberId!)).toBe('DELETED');
    const again = await errorOf(env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId })));
    expect(again).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'phone-number' });
    clock.advance(1000);
    const gone = await errorOf(env.sms.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [PhoneNumberId!] })));
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
  });

  test('without a delay the number is gone at once', async () => {
    const { PhoneNumberArn } = await requestPhoneNumber(env.sms);
    const released = await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: PhoneNumberArn }));
    expect(released.Status).toBe('DELETED');
    const { PhoneNumbers } = await env.sms.send(new DescribePhoneNumbersCommand({}));
    expect(PhoneNumbers).toEqual([]);
  });

  test('fails while deletion protection is on: ConflictException DELETION_PROTECTION_ENABLED', async () => {
    const { PhoneNumberId } = await requestPhoneNumber(env.sms, { DeletionProtectionEnabled: true });
    const error = await errorOf(env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'DELETION_PROTECTION_ENABLED', ResourceType: 'phone-number', ResourceId: PhoneNumberId });
    expect(await status(PhoneNumberId!)).toBe('ACTIVE');
  });

  test('fails while the number is in a pool, and while it leaves one', async () => {
    env.emulator.configure({ statusDelays: { 'phone-number': 1000 } });
    const first = await requestPhoneNumber(env.sms);
    const second = await requestPhoneNumber(env.sms);
    clock.advance(1000);
    const pool = await createPool(env.sms, { OriginationIdentity: first.PhoneNumberId });
    clock.advance(1000);
    await env.sms.send(new AssociateOriginationIdentityCommand({ PoolId: pool.PoolId, OriginationIdentity: second.PhoneNumberId, IsoCountryCode: 'US' }));
    clock.advance(1000);
    const inPool = await errorOf(env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: second.PhoneNumberId })));
    expect(inPool).toMatchObject({ name: 'ConflictException', Reason: 'PHONE_NUMBER_ASSOCIATED_TO_POOL' });

    await env.sms.send(new DisassociateOriginationIdentityCommand({ PoolId: pool.PoolId, OriginationIdentity: second.PhoneNumberId, IsoCountryCode: 'US' }));
    const leaving = await errorOf(env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: second.PhoneNumberId })));
    expect(leaving).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE', ResourceType: 'phone-number' });
    clock.advance(1000);
    const released = await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: second.PhoneNumberId }));
    expect(released.Status).toBe('DELETED');
  });

  test('an unknown number is ResourceNotFoundException', async () => {
    const error = await errorOf(env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: 'phone-00000000000000000000000000000000' })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'phone-number', ResourceId: 'phone-00000000000000000000000000000000' });
  });
});

describe('DescribePhoneNumbers', () => {
  test('takes ids and ARNs, and fails for an unknown one', async () => {
    const a = await requestPhoneNumber(env.sms);
    const b = await requestPhoneNumber(env.sms);
    const { PhoneNumbers } = await env.sms.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [a.PhoneNumberId!, b.PhoneNumberArn!] }));
    expect(PhoneNumbers!.map(p => p.PhoneNumberId).sort()).toEqual([a.PhoneNumberId, b.PhoneNumberId].sort());
    const error = await errorOf(env.sms.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [a.PhoneNumberId!, 'phone-missing'] })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'phone-number', ResourceId: 'phone-missing' });
    const arnOfOtherRegion = a.PhoneNumberArn!.replace('us-east-1', 'eu-west-1');
    const other = await errorOf(env.sms.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [arnOfOtherRegion] })));
    expect(other).toMatchObject({ name: 'ResourceNotFoundException', ResourceId: arnOfOtherRegion });
  });

  test('applies filters', async () => {
    env.emulator.configure({ statusDelays: { 'phone-number': 1000 } });
    await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts' }));
    const longCode = await requestPhoneNumber(env.sms, { NumberCapabilities: ['SMS', 'VOICE'], DeletionProtectionEnabled: true });
    const gb = await requestPhoneNumber(env.sms, { IsoCountryCode: 'GB', OptOutListName: 'alerts', MessageType: 'PROMOTIONAL' });
    const tollFree = await requestPhoneNumber(env.sms, { NumberType: 'TOLL_FREE' });
    clock.advance(1000);
    const ids = async (Filters: PhoneNumberFilter[]) => {
      const { PhoneNumbers } = await env.sms.send(new DescribePhoneNumbersCommand({ Filters }));
      return PhoneNumbers!.map(p => p.PhoneNumberId).sort();
    };
    expect(await ids([{ Name: 'status', Values: ['PENDING'] }])).toEqual([tollFree.PhoneNumberId]);
    expect(await ids([{ Name: 'number-type', Values: ['LONG_CODE'] }])).toEqual([longCode.PhoneNumberId, gb.PhoneNumberId].sort());
    expect(await ids([{ Name: 'iso-country-code', Values: ['GB'] }])).toEqual([gb.PhoneNumberId]);
    expect(await ids([{ Name: 'number-capability', Values: ['VOICE'] }])).toEqual([longCode.PhoneNumberId]);
    expect(await ids([{ Name: 'opt-out-list-name', Values: ['alerts'] }])).toEqual([gb.PhoneNumberId]);
    expect(await ids([{ Name: 'message-type', Values: ['PROMOTIONAL'] }])).toEqual([gb.PhoneNumberId]);
    expect(await ids([{ Name: 'deletion-protection-enabled', Values: ['true'] }])).toEqual([longCode.PhoneNumberId]);
    expect(await ids([{ Name: 'two-way-enabled', Values: ['true'] }])).toEqual([]);
    expect(await ids([{ Name: 'number-type', Values: ['LONG_CODE'] }, { Name: 'iso-country-code', Values: ['US'] }])).toEqual([longCode.PhoneNumberId]);
  });

  test('pages as the SDK paginator expects, and Owner SHARED finds nothing', async () => {
    for (let i = 0; i < 5; i++) await requestPhoneNumber(env.sms);
    const pages: number[] = [];
    for await (const page of paginateDescribePhoneNumbers({ client: env.sms, pageSize: 2 }, {})) pages.push(page.PhoneNumbers!.length);
    expect(pages).toEqual([2, 2, 1]);
    const { PhoneNumbers } = await env.sms.send(new DescribePhoneNumbersCommand({ Owner: 'SHARED' }));
    expect(PhoneNumbers).toEqual([]);
  });
});
