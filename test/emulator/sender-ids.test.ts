import {
  ConflictException,
  DescribeSenderIdsCommand,
  paginateDescribeSenderIds,
  ReleaseSenderIdCommand,
  RequestSenderIdCommand,
  SenderIdFilter,
  ServiceQuotaExceededException,
  UpdateSenderIdCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createPool, errorOf, useEmulator } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:sender-id/';

const env = useEmulator();

const request = (SenderId: string, IsoCountryCode = 'GB', more: Partial<{ DeletionProtectionEnabled: boolean; MessageTypes: ('TRANSACTIONAL' | 'PROMOTIONAL')[] }> = {}) =>
  env.sms.send(new RequestSenderIdCommand({ SenderId, IsoCountryCode, ...more }));

async function senderIds(Filters: SenderIdFilter[] = []): Promise<string[]> {
  const { SenderIds } = await env.sms.send(new DescribeSenderIdsCommand({ Filters }));
  return SenderIds!.map(s => `${s.SenderId}/${s.IsoCountryCode}`);
}

describe('RequestSenderId', () => {
  test('returns the sender ID with its ARN (sender-id/<SenderId>/<country>), defaults and tags', async () => {
    const requested = await env.sms.send(new RequestSenderIdCommand({
      SenderId: 'MyShop', IsoCountryCode: 'GB', MessageTypes: ['TRANSACTIONAL'], Tags: [{ Key: 'team', Value: 'shop' }],
    }));
    expect(requested).toEqual({
      $metadata: expect.anything(),
      SenderIdArn: `${ARN_PREFIX}MyShop/GB`,
      SenderId: 'MyShop',
      IsoCountryCode: 'GB',
      MessageTypes: ['TRANSACTIONAL'],
      MonthlyLeasingPrice: '0.00',
      DeletionProtectionEnabled: false,
      Registered: false,
      Tags: [{ Key: 'team', Value: 'shop' }],
    });
  });

  test('the same sender ID can be requested in another country, but not twice in one', async () => {
    await request('MyShop', 'GB');
    await request('MyShop', 'DE');
    const error = await errorOf(request('MyShop', 'GB'));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error).toMatchObject({ Reason: 'RESOURCE_ALREADY_EXISTS', ResourceType: 'sender-id', ResourceId: 'MyShop/GB' });
    expect(await senderIds()).toEqual(['MyShop/DE', 'MyShop/GB']);
  });

  test.each(['12345', '-MyShop', 'MyShop-'])('%s is ValidationException INVALID_PARAMETER: a letter, no hyphen at either end', async senderId => {
    const error = await errorOf(request(senderId));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'INVALID_PARAMETER', Fields: [{ Name: 'SenderId' }] });
  });

  test('the sender IDs per account are limited', async () => {
    env.emulator.configure({ limits: { senderIdsPerAccount: 1 } });
    await request('MyShop');
    const error = await errorOf(request('Other'));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('SENDER_IDS_PER_ACCOUNT');
  });

  test('a ClientToken replays the first request', async () => {
    const input = { SenderId: 'MyShop', IsoCountryCode: 'GB', ClientToken: 'token-1' };
    const first = await env.sms.send(new RequestSenderIdCommand(input));
    const again = await env.sms.send(new RequestSenderIdCommand(input));
    expect(again.SenderIdArn).toBe(first.SenderIdArn);
    expect(await errorOf(env.sms.send(new RequestSenderIdCommand({ ...input, IsoCountryCode: 'DE' })))).toBeInstanceOf(ConflictException);
  });
});

describe('UpdateSenderId', () => {
  test('switches deletion protection, by SenderId or ARN', async () => {
    await request('MyShop');
    const on = await env.sms.send(new UpdateSenderIdCommand({ SenderId: `${ARN_PREFIX}MyShop/GB`, IsoCountryCode: 'GB', DeletionProtectionEnabled: true }));
    expect(on).toMatchObject({ SenderId: 'MyShop', IsoCountryCode: 'GB', DeletionProtectionEnabled: true });
    expect(await senderIds([{ Name: 'deletion-protection-enabled', Values: ['true'] }])).toEqual(['MyShop/GB']);
    await env.sms.send(new UpdateSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB', DeletionProtectionEnabled: false }));
    expect(await senderIds([{ Name: 'deletion-protection-enabled', Values: ['true'] }])).toEqual([]);
  });

  test('a sender ID of another country is ResourceNotFoundException', async () => {
    await request('MyShop', 'GB');
    const error = await errorOf(env.sms.send(new UpdateSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'DE', DeletionProtectionEnabled: true })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'sender-id', ResourceId: 'MyShop' });
    const byArn = await errorOf(env.sms.send(new UpdateSenderIdCommand({ SenderId: `${ARN_PREFIX}MyShop/GB`, IsoCountryCode: 'DE' })));
    expect(byArn).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'sender-id' });
  });
});

describe('ReleaseSenderId', () => {
  test('releases the sender ID and returns it', async () => {
    await request('MyShop', 'GB', { MessageTypes: ['PROMOTIONAL'] });
    const released = await env.sms.send(new ReleaseSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB' }));
    expect(released).toMatchObject({ SenderIdArn: `${ARN_PREFIX}MyShop/GB`, SenderId: 'MyShop', MessageTypes: ['PROMOTIONAL'], Registered: false });
    expect(await senderIds()).toEqual([]);
    const again = await errorOf(env.sms.send(new ReleaseSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB' })));
    expect(again).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'sender-id' });
  });

  test('fails while deletion protection is on: ConflictException DELETION_PROTECTION_ENABLED', async () => {
    await request('MyShop', 'GB', { DeletionProtectionEnabled: true });
    const error = await errorOf(env.sms.send(new ReleaseSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB' })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'DELETION_PROTECTION_ENABLED', ResourceType: 'sender-id', ResourceId: 'MyShop/GB' });
    expect(await senderIds()).toEqual(['MyShop/GB']);
  });

  test('fails while the sender ID is in a pool: ConflictException SENDER_ID_ASSOCIATED_TO_POOL', async () => {
    await request('MyShop', 'GB');
    await createPool(env.sms, { OriginationIdentity: 'MyShop', IsoCountryCode: 'GB' });
    const error = await errorOf(env.sms.send(new ReleaseSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB' })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'SENDER_ID_ASSOCIATED_TO_POOL', ResourceType: 'sender-id' });
  });
});

describe('DescribeSenderIds', () => {
  test('takes SenderId and country pairs (or ARNs), and fails for an unknown one', async () => {
    await request('MyShop', 'GB');
    await request('MyShop', 'DE');
    await request('Alerts', 'GB');
    const { SenderIds } = await env.sms.send(new DescribeSenderIdsCommand({
      SenderIds: [{ SenderId: 'MyShop', IsoCountryCode: 'DE' }, { SenderId: `${ARN_PREFIX}Alerts/GB`, IsoCountryCode: 'GB' }],
    }));
    expect(SenderIds!.map(s => s.SenderIdArn)).toEqual([`${ARN_PREFIX}Alerts/GB`, `${ARN_PREFIX}MyShop/DE`]);
    const error = await errorOf(env.sms.send(new DescribeSenderIdsCommand({ SenderIds: [{ SenderId: 'MyShop', IsoCountryCode: 'FR' }] })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'sender-id', ResourceId: 'MyShop' });
  });

  test('applies filters', async () => {
    await request('MyShop', 'GB', { MessageTypes: ['TRANSACTIONAL', 'PROMOTIONAL'] });
    await request('MyShop', 'DE', { MessageTypes: ['PROMOTIONAL'] });
    await request('Alerts', 'GB');
    expect(await senderIds([{ Name: 'sender-id', Values: ['MyShop'] }])).toEqual(['MyShop/DE', 'MyShop/GB']);
    expect(await senderIds([{ Name: 'iso-country-code', Values: ['GB'] }])).toEqual(['Alerts/GB', 'MyShop/GB']);
    expect(await senderIds([{ Name: 'message-type', Values: ['TRANSACTIONAL'] }])).toEqual(['MyShop/GB']);
    expect(await senderIds([{ Name: 'registered', Values: ['false'] }])).toHaveLength(3);
  });

  test('pages as the SDK paginator expects, and Owner cannot be used with SenderIds', async () => {
    for (const id of ['A1', 'A2', 'A3']) await request(id);
    const pages: number[] = [];
    for await (const page of paginateDescribeSenderIds({ client: env.sms, pageSize: 2 }, {})) pages.push(page.SenderIds!.length);
    expect(pages).toEqual([2, 1]);
    const error = await errorOf(env.sms.send(new DescribeSenderIdsCommand({ Owner: 'SELF', SenderIds: [{ SenderId: 'A1', IsoCountryCode: 'GB' }] })));
    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'PARAMETERS_CANNOT_BE_USED_TOGETHER' });
  });
});
