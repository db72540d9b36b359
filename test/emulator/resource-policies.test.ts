import {
  CreateConfigurationSetCommand,
  CreateOptOutListCommand,
  DeleteOptOutListCommand,
  DeletePoolCommand,
  DeleteResourcePolicyCommand,
  GetResourcePolicyCommand,
  PutResourcePolicyCommand,
  ReleasePhoneNumberCommand,
  ReleaseSenderIdCommand,
  RequestSenderIdCommand,
  ResourceNotFoundException,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { MUTATING } from './index';
import { createPool, errorOf, requestPhoneNumber, useEmulator, useTestClock } from './support';

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

const ACCOUNT_ARN = 'arn:aws:sms-voice:us-east-1:123456789012';
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'sms-voice:SendTextMessage', Resource: '*' }],
});

const put = (ResourceArn: string, Policy = POLICY) => env.sms.send(new PutResourcePolicyCommand({ ResourceArn, Policy }));
const get = (ResourceArn: string) => env.sms.send(new GetResourcePolicyCommand({ ResourceArn }));
const remove = (ResourceArn: string) => env.sms.send(new DeleteResourcePolicyCommand({ ResourceArn }));

/** One resource of each kind that takes a resource-based policy, by kind: its ARN. */
async function oneOfEach(): Promise<{ [kind: string]: string }> {
  const number = await requestPhoneNumber(env.sms);
  const pool = await createPool(env.sms);
  const sender = await env.sms.send(new RequestSenderIdCommand({ SenderId: 'ORDERS', IsoCountryCode: 'GB' }));
  const list = await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));
  return { 'phone-number': number.PhoneNumberArn!, 'pool': pool.PoolArn!, 'sender-id': sender.SenderIdArn!, 'opt-out-list': list.OptOutListArn! };
}

describe('PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy', () => {
  test.each(['phone-number', 'pool', 'sender-id', 'opt-out-list'])('%s: takes a policy; put, get and delete return it with its CreatedTimestamp', async kind => {
    // GIVEN
    const arn = (await oneOfEach())[kind];
    const expected = { ResourceArn: arn, Policy: POLICY, CreatedTimestamp: new Date(clock.now()) };

    // WHEN / THEN
    expect(await put(arn)).toEqual({ $metadata: expect.anything(), ...expected });
    clock.advance(5_000);
    expect(await get(arn)).toEqual({ $metadata: expect.anything(), ...expected });
    expect(await remove(arn)).toEqual({ $metadata: expect.anything(), ...expected });
  });

  test('a resource without a policy answers GetResourcePolicy with the policy {} and no CreatedTimestamp, also after a delete', async () => {
    // GIVEN
    const { pool } = await oneOfEach();
    const none = { $metadata: expect.anything(), ResourceArn: pool, Policy: '{}' };

    // THEN
    expect(await get(pool)).toEqual(none);
    await put(pool);
    await remove(pool);
    expect(await get(pool)).toEqual(none);
  });

  test('a second put replaces the policy, with the time of that put', async () => {
    // GIVEN
    const { pool } = await oneOfEach();
    await put(pool);
    clock.advance(60_000);
    const other = POLICY.replace('210987654321', '111122223333');

    // WHEN
    await put(pool, other);

    // THEN
    expect(await get(pool)).toMatchObject({ Policy: other, CreatedTimestamp: new Date(clock.now()) });
  });

  test('DeleteResourcePolicy of a resource without a policy is ResourceNotFoundException policy', async () => {
    const { 'opt-out-list': list } = await oneOfEach();
    const error = await errorOf(remove(list));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'policy', ResourceId: list });
  });

  test('the policy goes with its resource: a list created again under the same name has none', async () => {
    // GIVEN
    const { 'opt-out-list': list } = await oneOfEach();
    await put(list);

    // WHEN
    await env.sms.send(new DeleteOptOutListCommand({ OptOutListName: 'orders' }));
    await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));

    // THEN
    expect(await get(list)).toMatchObject({ Policy: '{}' });
  });

  test.each([
    ['a pool that does not exist', `${ACCOUNT_ARN}:pool/pool-0123456789abcdef0123456789abcdef`, 'pool'],
    ['a phone number of another account', 'arn:aws:sms-voice:us-east-1:111122223333:phone-number/phone-0123456789abcdef0123456789abcdef', 'phone-number'],
    ['a sender ID that was never requested', `${ACCOUNT_ARN}:sender-id/NEVER/GB`, 'sender-id'],
    ['an opt-out list of another region', 'arn:aws:sms-voice:eu-west-1:123456789012:opt-out-list/orders', 'opt-out-list'],
  ])('%s is ResourceNotFoundException of its kind, for every action', async (_title, arn, kind) => {
    for (const call of [put(arn), get(arn), remove(arn)]) {
      const error = await errorOf(call);
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ ResourceType: kind, ResourceId: arn });
    }
  });

  test('released and deleted resources take no policy', async () => {
    // GIVEN
    const { 'phone-number': number, 'sender-id': sender, 'pool': pool } = await oneOfEach();
    await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: number }));
    await env.sms.send(new ReleaseSenderIdCommand({ SenderId: 'ORDERS', IsoCountryCode: 'GB' }));
    await env.sms.send(new DeletePoolCommand({ PoolId: pool }));

    // THEN
    for (const arn of [number, sender, pool]) expect(await errorOf(get(arn))).toBeInstanceOf(ResourceNotFoundException);
  });

  test.each([
    ['a configuration set ARN', `${ACCOUNT_ARN}:configuration-set/orders`, 'A configuration-set takes no resource-based policy'],
    ['an ARN of another service', 'arn:aws:sns:us-east-1:123456789012:orders', 'is not an AWS End User Messaging SMS resource ARN'],
  ])('%s is ValidationException INVALID_ARN', async (_title, arn, message) => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    const error = await errorOf(put(arn));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'INVALID_ARN', Fields: [{ Name: 'ResourceArn', Message: expect.stringContaining(message) }] });
  });

  test.each([
    ['not JSON', '{"Statement": [', 'CANNOT_PARSE', 'The policy is not valid JSON.'],
    ['no statement', '{"Version": "2012-10-17"}', 'INVALID_PARAMETER', 'The policy must be a JSON object with at least one statement.'],
    ['an empty statement list', '{"Version": "2012-10-17", "Statement": []}', 'INVALID_PARAMETER', 'The policy must be a JSON object with at least one statement.'],
    ['a JSON list', '[]', 'INVALID_PARAMETER', 'The policy must be a JSON object with at least one statement.'],
  ])('a policy that is %s is ValidationException, and the policy before stays', async (_title, policy, reason, message) => {
    // GIVEN
    const { pool } = await oneOfEach();
    await put(pool);

    // WHEN
    const error = await errorOf(put(pool, policy));

    // THEN
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: reason, Fields: [{ Name: 'Policy', Message: message }] });
    expect(await get(pool)).toMatchObject({ Policy: POLICY });
  });

  test('a policy longer than the model\'s 10000 characters is refused by the model\'s validation', async () => {
    const { pool } = await oneOfEach();
    const error = await errorOf(put(pool, JSON.stringify({ Statement: [{ Sid: 'x'.repeat(10_000) }] })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'Policy' }] });
  });

  test('GetResourcePolicy is not a mutating call; Put and Delete are', async () => {
    const { pool } = await oneOfEach();
    const mark = env.emulator.calls().length;
    await put(pool);
    await get(pool);
    await remove(pool);
    expect(env.emulator.calls().slice(mark).map(call => [call.action, MUTATING(call.action)]))
      .toEqual([['PutResourcePolicy', true], ['GetResourcePolicy', false], ['DeleteResourcePolicy', true]]);
  });
});
