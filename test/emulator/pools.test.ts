import {
  AssociateOriginationIdentityCommand,
  ConflictException,
  CreateOptOutListCommand,
  CreatePoolCommand,
  DeletePoolCommand,
  DescribeKeywordsCommand,
  DescribePoolsCommand,
  paginateDescribePools,
  PoolFilter,
  PutKeywordCommand,
  ReleaseSenderIdCommand,
  RequestSenderIdCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  UpdatePhoneNumberCommand,
  UpdatePoolCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createPool, describePhoneNumber, describePool, errorOf, requestPhoneNumber, useEmulator, useTestClock } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:pool/';
const CHANNEL_ARN = 'arn:aws:sns:us-east-1:123456789012:inbound-sms';

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

const keywordsOf = async (OriginationIdentity: string) => {
  const { Keywords } = await env.sms.send(new DescribeKeywordsCommand({ OriginationIdentity }));
  return Keywords;
};

async function poolIds(): Promise<string[]> {
  const { Pools } = await env.sms.send(new DescribePoolsCommand({}));
  return Pools!.map(p => p.PoolId!);
}

describe('CreatePool', () => {
  test('returns the pool with its id, ARN, defaults and tags; the phone number is in it', async () => {
    const number = await requestPhoneNumber(env.sms);
    const created = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberArn, Tags: [{ Key: 'team', Value: 'alerts' }] });
    expect(created.PoolId).toMatch(/^pool-[0-9a-f]{32}$/);
    expect(created).toEqual({
      $metadata: expect.anything(),
      PoolArn: `${ARN_PREFIX}${created.PoolId}`,
      PoolId: created.PoolId,
      Status: 'ACTIVE',
      MessageType: 'TRANSACTIONAL',
      OptOutListName: 'Default',
      TwoWayEnabled: false,
      SelfManagedOptOutsEnabled: false,
      SharedRoutesEnabled: false,
      DeletionProtectionEnabled: false,
      Tags: [{ Key: 'team', Value: 'alerts' }],
      CreatedTimestamp: new Date(clock.start),
    });
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).PoolId).toBe(created.PoolId);
  });

  test('the pool is CREATING for the pool status delay, the number ASSOCIATING for the phone-number delay', async () => {
    const number = await requestPhoneNumber(env.sms);
    env.emulator.configure({ statusDelays: { 'pool': 2000, 'phone-number': 1000 } });
    const created = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberId });
    expect(created.Status).toBe('CREATING');
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).Status).toBe('ASSOCIATING');
    clock.advance(1000);
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).Status).toBe('ACTIVE');
    expect((await describePool(env.sms, created.PoolId!)).Status).toBe('CREATING');
    clock.advance(1000);
    expect((await describePool(env.sms, created.PoolId!)).Status).toBe('ACTIVE');
  });

  test('inherits the number\'s opt-out list, two-way and self-managed opt-out settings and keywords, not its deletion protection', async () => {
    await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts' }));
    const number = await requestPhoneNumber(env.sms, { OptOutListName: 'alerts', DeletionProtectionEnabled: true });
    await env.sms.send(new UpdatePhoneNumberCommand({
      PhoneNumberId: number.PhoneNumberId, TwoWayEnabled: true, TwoWayChannelArn: CHANNEL_ARN, SelfManagedOptOutsEnabled: true,
    }));
    await env.sms.send(new PutKeywordCommand({ OriginationIdentity: number.PhoneNumberId, Keyword: 'HELP', KeywordMessage: 'Call 555-0100' }));
    await env.sms.send(new PutKeywordCommand({ OriginationIdentity: number.PhoneNumberId, Keyword: 'JOIN', KeywordMessage: 'Welcome', KeywordAction: 'OPT_IN' }));
    const created = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberId });
    expect(created).toMatchObject({
      OptOutListName: 'alerts', TwoWayEnabled: true, TwoWayChannelArn: CHANNEL_ARN, SelfManagedOptOutsEnabled: true, DeletionProtectionEnabled: false,
    });
    expect(await keywordsOf(created.PoolId!)).toEqual(await keywordsOf(number.PhoneNumberId!));
    expect((await keywordsOf(created.PoolId!))!.map(k => k.Keyword)).toEqual(['HELP', 'JOIN', 'STOP']);
  });

  test('can start with a sender ID, by SenderId and country or by ARN, with the default settings', async () => {
    const sender = await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB' }));
    const bySenderId = await createPool(env.sms, { OriginationIdentity: 'MyShop', IsoCountryCode: 'GB', DeletionProtectionEnabled: true });
    const byArn = await createPool(env.sms, { OriginationIdentity: sender.SenderIdArn, IsoCountryCode: undefined });
    expect(bySenderId).toMatchObject({ OptOutListName: 'Default', TwoWayEnabled: false, DeletionProtectionEnabled: true });
    expect((await keywordsOf(byArn.PoolId!))!.map(k => [k.Keyword, k.KeywordAction])).toEqual([['HELP', 'AUTOMATIC_RESPONSE'], ['STOP', 'OPT_OUT']]);
    const noCountry = await errorOf(createPool(env.sms, { OriginationIdentity: 'MyShop', IsoCountryCode: undefined }));
    expect(noCountry).toMatchObject({ name: 'ValidationException', Reason: 'MISSING_PARAMETER', Fields: [{ Name: 'IsoCountryCode' }] });
  });

  test('a phone number is in one pool at most: ConflictException PHONE_NUMBER_ASSOCIATED_TO_POOL', async () => {
    const number = await requestPhoneNumber(env.sms);
    const first = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberId });
    const error = await errorOf(createPool(env.sms, { OriginationIdentity: number.PhoneNumberId }));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'PHONE_NUMBER_ASSOCIATED_TO_POOL', ResourceType: 'phone-number', ResourceId: number.PhoneNumberId });
    expect(await poolIds()).toEqual([first.PoolId]);
  });

  test.each([
    ['a number of another message type', { MessageType: 'PROMOTIONAL' }, 'ConflictException', 'MESSAGE_TYPE_MISMATCH'],
    ['another country than the number\'s', { IsoCountryCode: 'GB' }, 'ValidationException', 'COUNTRY_CODE_MISMATCH'],
  ] as const)('%s fails with %s %s and leaves no pool', async (_case, overrides, name, Reason) => {
    const number = await requestPhoneNumber(env.sms);
    const error = await errorOf(createPool(env.sms, { OriginationIdentity: number.PhoneNumberId, ...overrides }));
    expect(error).toMatchObject({ name, Reason });
    expect(await poolIds()).toEqual([]);
  });

  test('a sender ID for other message types fails with MESSAGE_TYPE_MISMATCH', async () => {
    await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB', MessageTypes: ['PROMOTIONAL'] }));
    const error = await errorOf(createPool(env.sms, { OriginationIdentity: 'MyShop', IsoCountryCode: 'GB', MessageType: 'TRANSACTIONAL' }));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'MESSAGE_TYPE_MISMATCH', ResourceType: 'sender-id', ResourceId: 'MyShop' });
  });

  test('a number that is not ACTIVE yet fails with ConflictException RESOURCE_NOT_ACTIVE', async () => {
    const pending = await requestPhoneNumber(env.sms, { NumberType: 'TOLL_FREE' });
    const error = await errorOf(createPool(env.sms, { OriginationIdentity: pending.PhoneNumberId }));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE', ResourceType: 'phone-number', ResourceId: pending.PhoneNumberId });
  });

  test('an identity that does not exist is ResourceNotFoundException of its type', async () => {
    const phone = await errorOf(createPool(env.sms, { OriginationIdentity: 'phone-0123456789abcdef0123456789abcdef' }));
    expect(phone).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'phone-number' });
    const sender = await errorOf(createPool(env.sms, { OriginationIdentity: 'NoSuchId', IsoCountryCode: 'GB' }));
    expect(sender).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'sender-id', ResourceId: 'NoSuchId' });
  });

  test('the pools per account are limited; DELETING pools do not count', async () => {
    env.emulator.configure({ limits: { poolsPerAccount: 1 }, statusDelays: { pool: 60_000 } });
    const first = await createPool(env.sms);
    const error = await errorOf(createPool(env.sms));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('POOLS_PER_ACCOUNT');
    env.emulator.setStatus(first.PoolId!, { kind: 'pool', status: 'ACTIVE' });
    await env.sms.send(new DeletePoolCommand({ PoolId: first.PoolId }));
    await createPool(env.sms);
  });

  test('a ClientToken replays the first creation', async () => {
    const number = await requestPhoneNumber(env.sms);
    const input = { OriginationIdentity: number.PhoneNumberId, IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL' as const, ClientToken: 'token-1' };
    const first = await env.sms.send(new CreatePoolCommand(input));
    const again = await env.sms.send(new CreatePoolCommand(input));
    expect(again.PoolId).toBe(first.PoolId);
    expect(await poolIds()).toEqual([first.PoolId]);
    const mismatch = await errorOf(env.sms.send(new CreatePoolCommand({ ...input, DeletionProtectionEnabled: true })));
    expect(mismatch).toBeInstanceOf(ConflictException);
  });
});

describe('UpdatePool', () => {
  test('changes every setting it is given, by id or ARN', async () => {
    const pool = await createPool(env.sms);
    await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts' }));
    const expected = {
      TwoWayEnabled: true,
      TwoWayChannelArn: CHANNEL_ARN,
      TwoWayChannelRole: 'arn:aws:iam::123456789012:role/inbound-sms',
      SelfManagedOptOutsEnabled: true,
      OptOutListName: 'alerts',
      SharedRoutesEnabled: true,
      DeletionProtectionEnabled: true,
    };
    const updated = await env.sms.send(new UpdatePoolCommand({ PoolId: pool.PoolArn, ...expected }));
    expect(updated).toMatchObject({ PoolId: pool.PoolId, MessageType: 'TRANSACTIONAL', Status: 'ACTIVE', ...expected });
    expect(await describePool(env.sms, pool.PoolId!)).toMatchObject(expected);
  });

  test('fails while the pool is CREATING: ConflictException RESOURCE_NOT_ACTIVE', async () => {
    env.emulator.configure({ statusDelays: { pool: 1000 } });
    const pool = await createPool(env.sms);
    const error = await errorOf(env.sms.send(new UpdatePoolCommand({ PoolId: pool.PoolId, SharedRoutesEnabled: true })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE', ResourceType: 'pool', ResourceId: pool.PoolId });
  });

  test('two-way rules and unknown pools', async () => {
    const pool = await createPool(env.sms);
    const twoWay = await errorOf(env.sms.send(new UpdatePoolCommand({ PoolId: pool.PoolId, TwoWayEnabled: true })));
    expect(twoWay).toMatchObject({ name: 'ValidationException', Reason: 'TWO_WAY_CHANNEL_NOT_PRESENT' });
    const missing = await errorOf(env.sms.send(new UpdatePoolCommand({ PoolId: 'pool-missing' })));
    expect(missing).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'pool', ResourceId: 'pool-missing' });
  });
});

describe('DeletePool', () => {
  test('the pool is DELETING for the pool status delay, then gone; its identities leave it', async () => {
    const number = await requestPhoneNumber(env.sms);
    await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'US' }));
    env.emulator.configure({ statusDelays: { 'pool': 2000, 'phone-number': 1000 } });
    const pool = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberId });
    clock.advance(2000);
    await env.sms.send(new AssociateOriginationIdentityCommand({
      PoolId: pool.PoolId, OriginationIdentity: 'MyShop', IsoCountryCode: 'US',
    }));

    const deleted = await env.sms.send(new DeletePoolCommand({ PoolId: pool.PoolArn }));
    expect(deleted).toMatchObject({ PoolId: pool.PoolId, PoolArn: pool.PoolArn, Status: 'DELETING', MessageType: 'TRANSACTIONAL' });
    expect((await describePool(env.sms, pool.PoolId!)).Status).toBe('DELETING');
    const leaving = await describePhoneNumber(env.sms, number.PhoneNumberId!);
    expect(leaving).toMatchObject({ Status: 'DISASSOCIATING' });
    expect(leaving.PoolId).toBeUndefined();
    await env.sms.send(new ReleaseSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'US' }));

    const again = await errorOf(env.sms.send(new DeletePoolCommand({ PoolId: pool.PoolId })));
    expect(again).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE' });
    clock.advance(2000);
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).Status).toBe('ACTIVE');
    expect(await poolIds()).toEqual([]);
    const gone = await errorOf(env.sms.send(new DeletePoolCommand({ PoolId: pool.PoolId })));
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
  });

  test('without a delay the pool is gone at once, and the response says DELETING', async () => {
    const pool = await createPool(env.sms);
    const deleted = await env.sms.send(new DeletePoolCommand({ PoolId: pool.PoolId }));
    expect(deleted.Status).toBe('DELETING');
    expect(await poolIds()).toEqual([]);
  });

  test('fails while deletion protection is on, or while the pool is CREATING', async () => {
    const protectedPool = await createPool(env.sms, { DeletionProtectionEnabled: true });
    const error = await errorOf(env.sms.send(new DeletePoolCommand({ PoolId: protectedPool.PoolId })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'DELETION_PROTECTION_ENABLED', ResourceType: 'pool', ResourceId: protectedPool.PoolId });

    env.emulator.configure({ statusDelays: { pool: 1000 } });
    const creating = await createPool(env.sms);
    const notActive = await errorOf(env.sms.send(new DeletePoolCommand({ PoolId: creating.PoolId })));
    expect(notActive).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE' });
    expect(await poolIds()).toHaveLength(2);
  });
});

describe('DescribePools', () => {
  test('takes ids and ARNs, and fails for an unknown one', async () => {
    const a = await createPool(env.sms);
    const b = await createPool(env.sms);
    const { Pools } = await env.sms.send(new DescribePoolsCommand({ PoolIds: [a.PoolArn!, b.PoolId!] }));
    expect(Pools!.map(p => p.PoolId).sort()).toEqual([a.PoolId, b.PoolId].sort());
    const error = await errorOf(env.sms.send(new DescribePoolsCommand({ PoolIds: ['pool-missing'] })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'pool', ResourceId: 'pool-missing' });
  });

  test('applies filters', async () => {
    const plain = await createPool(env.sms);
    const promo = await createPool(env.sms, {
      OriginationIdentity: (await requestPhoneNumber(env.sms, { MessageType: 'PROMOTIONAL' })).PhoneNumberId, MessageType: 'PROMOTIONAL',
    });
    await env.sms.send(new UpdatePoolCommand({ PoolId: promo.PoolId, SharedRoutesEnabled: true, DeletionProtectionEnabled: true }));
    env.emulator.setStatus(plain.PoolId!, { kind: 'pool', status: 'CREATING' });
    const ids = async (Filters: PoolFilter[]) => {
      const { Pools } = await env.sms.send(new DescribePoolsCommand({ Filters }));
      return Pools!.map(p => p.PoolId);
    };
    expect(await ids([{ Name: 'message-type', Values: ['PROMOTIONAL'] }])).toEqual([promo.PoolId]);
    expect(await ids([{ Name: 'shared-routes-enabled', Values: ['true'] }])).toEqual([promo.PoolId]);
    expect(await ids([{ Name: 'deletion-protection-enabled', Values: ['false'] }])).toEqual([plain.PoolId]);
    expect(await ids([{ Name: 'status', Values: ['CREATING'] }])).toEqual([plain.PoolId]);
    expect(await ids([{ Name: 'opt-out-list-name', Values: ['Default'] }])).toHaveLength(2);
  });

  test('pages as the SDK paginator expects', async () => {
    for (let i = 0; i < 3; i++) await createPool(env.sms);
    const pages: number[] = [];
    for await (const page of paginateDescribePools({ client: env.sms, pageSize: 2 }, {})) pages.push(page.Pools!.length);
    expect(pages).toEqual([2, 1]);
  });

  test('setStatus rejects a status the resource kind does not have', () => {
    expect(() => env.emulator.setStatus('pool-x', { kind: 'pool', status: 'PENDING' as never })).toThrow(/not a pool status/);
  });
});
