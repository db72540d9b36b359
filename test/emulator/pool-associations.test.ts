import {
  AssociateOriginationIdentityCommand,
  ConflictException,
  CreateOptOutListCommand,
  DisassociateOriginationIdentityCommand,
  ListPoolOriginationIdentitiesCommand,
  paginateListPoolOriginationIdentities,
  PoolOriginationIdentitiesFilter,
  RequestSenderIdCommand,
  ServiceQuotaExceededException,
  UpdatePhoneNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createPool, describePhoneNumber, errorOf, requestPhoneNumber, useEmulator, useTestClock } from './support';


const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

const associate = (PoolId: string, OriginationIdentity: string, IsoCountryCode = 'US') =>
  env.sms.send(new AssociateOriginationIdentityCommand({ PoolId, OriginationIdentity, IsoCountryCode }));
const disassociate = (PoolId: string, OriginationIdentity: string, IsoCountryCode = 'US') =>
  env.sms.send(new DisassociateOriginationIdentityCommand({ PoolId, OriginationIdentity, IsoCountryCode }));

async function members(PoolId: string, Filters: PoolOriginationIdentitiesFilter[] = []): Promise<string[]> {
  const { OriginationIdentities } = await env.sms.send(new ListPoolOriginationIdentitiesCommand({ PoolId, Filters }));
  return OriginationIdentities!.map(i => i.OriginationIdentity!);
}

/** A pool made with a US long code, and that number's id. */
async function poolWithNumber() {
  const number = await requestPhoneNumber(env.sms);
  const pool = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberId });
  return { poolId: pool.PoolId!, poolArn: pool.PoolArn!, firstNumber: number.PhoneNumberId! };
}

describe('AssociateOriginationIdentity', () => {
  test('adds a phone number, by id or ARN, and answers with the pool and the identity', async () => {
    const { poolId, poolArn, firstNumber } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    const associated = await associate(poolArn, number.PhoneNumberArn!);
    expect(associated).toEqual({
      $metadata: expect.anything(),
      PoolArn: poolArn,
      PoolId: poolId,
      OriginationIdentity: number.PhoneNumberId,
      OriginationIdentityArn: number.PhoneNumberArn,
      IsoCountryCode: 'US',
    });
    expect((await members(poolId)).sort()).toEqual([firstNumber, number.PhoneNumberId].sort());
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).PoolId).toBe(poolId);
  });

  test('the number is ASSOCIATING for the phone-number status delay', async () => {
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    env.emulator.configure({ statusDelays: { 'phone-number': 1000 } });
    await associate(poolId, number.PhoneNumberId!);
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).Status).toBe('ASSOCIATING');
    clock.advance(1000);
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).Status).toBe('ACTIVE');
  });

  test('a sender ID can be in many pools; a phone number in one', async () => {
    await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'US' }));
    const a = await poolWithNumber();
    const b = await poolWithNumber();
    await associate(a.poolId, 'MyShop');
    await associate(b.poolId, 'arn:aws:sms-voice:us-east-1:123456789012:sender-id/MyShop/US');
    expect(await members(a.poolId)).toContain('MyShop');
    expect(await members(b.poolId)).toContain('MyShop');

    const error = await errorOf(associate(b.poolId, a.firstNumber));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error).toMatchObject({ Reason: 'PHONE_NUMBER_ASSOCIATED_TO_POOL', ResourceType: 'phone-number', ResourceId: a.firstNumber });
  });

  test('an identity already in the pool is ConflictException RESOURCE_ALREADY_ASSOCIATED', async () => {
    await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'US' }));
    const { poolId, firstNumber } = await poolWithNumber();
    await associate(poolId, 'MyShop');
    for (const identity of [firstNumber, 'MyShop']) {
      const error = await errorOf(associate(poolId, identity));
      expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_ALREADY_ASSOCIATED', ResourceId: identity });
    }
  });

  test.each([
    ['MESSAGE_TYPE_MISMATCH', { MessageType: 'PROMOTIONAL' }, undefined],
    ['OPT_OUT_LIST_MISMATCH', { OptOutListName: 'other' }, undefined],
    ['TWO_WAY_CONFIG_MISMATCH', {}, { TwoWayEnabled: true, TwoWayChannelArn: 'arn:aws:sns:us-east-1:123456789012:inbound' }],
    ['SELF_MANAGED_OPT_OUTS_MISMATCH', {}, {
      TwoWayEnabled: true, TwoWayChannelArn: 'arn:aws:sns:us-east-1:123456789012:inbound', SelfManagedOptOutsEnabled: true,
    }],
  ] as const)('a number whose configuration differs from the pool\'s is ConflictException %s', async (Reason, request, update) => {
    await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'other' }));
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms, request);
    if (update) await env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId: number.PhoneNumberId, ...update }));
    const error = await errorOf(associate(poolId, number.PhoneNumberId!));
    expect(error).toMatchObject({ name: 'ConflictException', Reason, ResourceType: 'phone-number', ResourceId: number.PhoneNumberId });
    expect(await members(poolId)).toHaveLength(1);
  });

  test('a channel left behind when two-way was turned off does not stop a number joining a pool without two-way', async () => {
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    await env.sms.send(new UpdatePhoneNumberCommand({
      PhoneNumberId: number.PhoneNumberId, TwoWayEnabled: true, TwoWayChannelArn: 'arn:aws:sns:us-east-1:123456789012:inbound',
    }));
    await env.sms.send(new UpdatePhoneNumberCommand({ PhoneNumberId: number.PhoneNumberId, TwoWayEnabled: false }));

    await associate(poolId, number.PhoneNumberId!);

    expect(await members(poolId)).toHaveLength(2);
  });

  test('the country must be the identity\'s: ValidationException COUNTRY_CODE_MISMATCH', async () => {
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    const error = await errorOf(associate(poolId, number.PhoneNumberId!, 'CA'));
    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'COUNTRY_CODE_MISMATCH', Fields: [{ Name: 'IsoCountryCode' }] });
  });

  test('the pool must be ACTIVE, and both must exist', async () => {
    env.emulator.configure({ statusDelays: { pool: 1000 } });
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    const creating = await errorOf(associate(poolId, number.PhoneNumberId!));
    expect(creating).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE', ResourceType: 'pool' });
    clock.advance(1000);
    const noNumber = await errorOf(associate(poolId, 'phone-ffffffffffffffffffffffffffffffff'));
    expect(noNumber).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'phone-number' });
    const noPool = await errorOf(associate('pool-missing', number.PhoneNumberId!));
    expect(noPool).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'pool', ResourceId: 'pool-missing' });
  });

  test('the identities per pool are limited', async () => {
    env.emulator.configure({ limits: { originationIdentitiesPerPool: 1 } });
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    const error = await errorOf(associate(poolId, number.PhoneNumberId!));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('ORIGINATION_IDENTITIES_PER_POOL');
  });

  test('a ClientToken replays the first association', async () => {
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    const input = { PoolId: poolId, OriginationIdentity: number.PhoneNumberId, IsoCountryCode: 'US', ClientToken: 'token-1' };
    const first = await env.sms.send(new AssociateOriginationIdentityCommand(input));
    const again = await env.sms.send(new AssociateOriginationIdentityCommand(input));
    expect(again.OriginationIdentityArn).toBe(first.OriginationIdentityArn);
  });
});

describe('DisassociateOriginationIdentity', () => {
  test('removes the identity; a phone number is DISASSOCIATING for the phone-number status delay', async () => {
    const { poolId, firstNumber } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    await associate(poolId, number.PhoneNumberId!);
    env.emulator.configure({ statusDelays: { 'phone-number': 1000 } });
    const removed = await disassociate(poolId, number.PhoneNumberArn!);
    expect(removed).toMatchObject({ PoolId: poolId, OriginationIdentity: number.PhoneNumberId, IsoCountryCode: 'US' });
    expect(await members(poolId)).toEqual([firstNumber]);
    const leaving = await describePhoneNumber(env.sms, number.PhoneNumberId!);
    expect(leaving.Status).toBe('DISASSOCIATING');
    expect(leaving.PoolId).toBeUndefined();
    clock.advance(1000);
    expect((await describePhoneNumber(env.sms, number.PhoneNumberId!)).Status).toBe('ACTIVE');
  });

  test('the last identity cannot leave: ConflictException LAST_PHONE_NUMBER', async () => {
    const { poolId, firstNumber } = await poolWithNumber();
    const error = await errorOf(disassociate(poolId, firstNumber));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'LAST_PHONE_NUMBER', ResourceType: 'phone-number', ResourceId: firstNumber });
    expect(await members(poolId)).toEqual([firstNumber]);
  });

  test('an identity that is not in the pool is ConflictException (PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL for numbers)', async () => {
    await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'US' }));
    const { poolId } = await poolWithNumber();
    const number = await requestPhoneNumber(env.sms);
    const phone = await errorOf(disassociate(poolId, number.PhoneNumberId!));
    expect(phone).toMatchObject({ name: 'ConflictException', Reason: 'PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL', ResourceId: number.PhoneNumberId });
    const sender = await errorOf(disassociate(poolId, 'MyShop'));
    expect(sender).toMatchObject({ name: 'ConflictException', ResourceType: 'sender-id', ResourceId: 'MyShop' });
  });

  test('a sender ID leaves one pool and stays in the others', async () => {
    await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'US' }));
    const a = await poolWithNumber();
    const b = await poolWithNumber();
    await associate(a.poolId, 'MyShop');
    await associate(b.poolId, 'MyShop');
    await disassociate(a.poolId, 'MyShop');
    expect(await members(a.poolId)).toEqual([a.firstNumber]);
    expect(await members(b.poolId)).toContain('MyShop');
  });
});

describe('ListPoolOriginationIdentities', () => {
  test('describes each identity, filters on country and capability, and pages', async () => {
    await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'US' }));
    const number = await requestPhoneNumber(env.sms, { NumberCapabilities: ['SMS', 'VOICE'] });
    const pool = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberId });
    await associate(pool.PoolId!, 'MyShop');

    const listed = await env.sms.send(new ListPoolOriginationIdentitiesCommand({ PoolId: pool.PoolArn }));
    expect(listed).toMatchObject({ PoolArn: pool.PoolArn, PoolId: pool.PoolId });
    expect(listed.OriginationIdentities).toEqual([
      {
        OriginationIdentity: number.PhoneNumberId,
        OriginationIdentityArn: number.PhoneNumberArn,
        IsoCountryCode: 'US',
        NumberCapabilities: ['SMS', 'VOICE'],
        PhoneNumber: number.PhoneNumber,
      },
      {
        OriginationIdentity: 'MyShop',
        OriginationIdentityArn: 'arn:aws:sms-voice:us-east-1:123456789012:sender-id/MyShop/US',
        IsoCountryCode: 'US',
        NumberCapabilities: ['SMS'],
      },
    ]);
    expect(await members(pool.PoolId!, [{ Name: 'number-capability', Values: ['VOICE'] }])).toEqual([number.PhoneNumberId]);
    expect(await members(pool.PoolId!, [{ Name: 'iso-country-code', Values: ['GB'] }])).toEqual([]);

    const pages: number[] = [];
    for await (const page of paginateListPoolOriginationIdentities({ client: env.sms, pageSize: 1 }, { PoolId: pool.PoolId })) {
      pages.push(page.OriginationIdentities!.length);
    }
    expect(pages).toEqual([1, 1]);
  });

  test('an unknown pool is ResourceNotFoundException', async () => {
    const error = await errorOf(env.sms.send(new ListPoolOriginationIdentitiesCommand({ PoolId: 'pool-missing' })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'pool', ResourceId: 'pool-missing' });
  });
});
