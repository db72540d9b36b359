import {
  ConfigurationSetFilter,
  ConflictException,
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  DeleteConfigurationSetCommand,
  DeleteDefaultMessageTypeCommand,
  DeleteDefaultSenderIdCommand,
  DescribeConfigurationSetsCommand,
  paginateDescribeConfigurationSets,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  SetDefaultMessageFeedbackEnabledCommand,
  SetDefaultMessageTypeCommand,
  SetDefaultSenderIdCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { clientFor, errorOf, SNS_DESTINATION, useEmulator } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/';

const env = useEmulator();

async function describe1(nameOrArn: string) {
  const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: [nameOrArn] }));
  expect(ConfigurationSets).toHaveLength(1);
  return ConfigurationSets![0];
}

describe('CreateConfigurationSet', () => {
  test('returns the ARN, the name, the tags and the creation time', async () => {
    const before = Date.now();
    const created = await env.sms.send(new CreateConfigurationSetCommand({
      ConfigurationSetName: 'orders',
      Tags: [{ Key: 'team', Value: 'payments' }],
    }));
    expect(created.ConfigurationSetArn).toBe(`${ARN_PREFIX}orders`);
    expect(created.ConfigurationSetName).toBe('orders');
    expect(created.Tags).toEqual([{ Key: 'team', Value: 'payments' }]);
    expect(created.CreatedTimestamp).toBeInstanceOf(Date);
    expect(created.CreatedTimestamp!.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(created.CreatedTimestamp!.getTime()).toBeLessThanOrEqual(Date.now() + 1);
  });

  test('fails with ConflictException RESOURCE_ALREADY_EXISTS for a name in use', async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    const error = await errorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' })));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error).toMatchObject({ Reason: 'RESOURCE_ALREADY_EXISTS', ResourceType: 'configuration-set', ResourceId: 'orders' });
  });

  test('fails with ServiceQuotaExceededException beyond the configuration sets per account', async () => {
    env.emulator.configure({ limits: { configurationSetsPerAccount: 2 } });
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'one' }));
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'two' }));
    const error = await errorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'three' })));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('CONFIGURATION_SETS_PER_ACCOUNT');
  });

  describe('ClientToken', () => {
    test('the same token and parameters return the original set, and create no second one', async () => {
      const input = { ConfigurationSetName: 'orders', ClientToken: 'token-1', Tags: [{ Key: 'a', Value: '1' }] };
      const first = await env.sms.send(new CreateConfigurationSetCommand(input));
      const again = await env.sms.send(new CreateConfigurationSetCommand(input));
      expect(again.ConfigurationSetArn).toBe(first.ConfigurationSetArn);
      expect(again.CreatedTimestamp).toEqual(first.CreatedTimestamp);
      const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({}));
      expect(ConfigurationSets!.map(c => c.ConfigurationSetName)).toEqual(['orders']);
    });

    test('the same token with other parameters fails with ConflictException', async () => {
      await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ClientToken: 'token-1' }));
      const error = await errorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'refunds', ClientToken: 'token-1' })));
      expect(error).toBeInstanceOf(ConflictException);
      expect(error.message).toMatch(/ClientToken token-1/);
      const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({}));
      expect(ConfigurationSets).toHaveLength(1);
    });

    test('a new token for an existing name is RESOURCE_ALREADY_EXISTS, not a replay', async () => {
      await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ClientToken: 'token-1' }));
      const error = await errorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ClientToken: 'token-2' })));
      expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_ALREADY_EXISTS' });
    });

    test('a failed call does not bind the token', async () => {
      env.emulator.configure({ limits: { configurationSetsPerAccount: 0 } });
      await errorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ClientToken: 'token-1' })));
      env.emulator.configure({ limits: { configurationSetsPerAccount: 25 } });
      const created = await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ClientToken: 'token-1' }));
      expect(created.ConfigurationSetName).toBe('orders');
    });
  });
});

describe('DescribeConfigurationSets', () => {
  test('describes a new set with its defaults', async () => {
    const created = await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    expect(await describe1('orders')).toEqual({
      ConfigurationSetArn: created.ConfigurationSetArn,
      ConfigurationSetName: 'orders',
      EventDestinations: [],
      DefaultMessageFeedbackEnabled: false,
      CreatedTimestamp: created.CreatedTimestamp,
    });
  });

  test('describes every default and event destination', async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    await env.sms.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: 'orders', SenderId: 'MyShop' }));
    await env.sms.send(new SetDefaultMessageTypeCommand({ ConfigurationSetName: 'orders', MessageType: 'TRANSACTIONAL' }));
    await env.sms.send(new SetDefaultMessageFeedbackEnabledCommand({ ConfigurationSetName: 'orders', MessageFeedbackEnabled: true }));
    await env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'sns', MatchingEventTypes: ['TEXT_DELIVERED'], SnsDestination: SNS_DESTINATION,
    }));
    expect(await describe1('orders')).toMatchObject({
      DefaultSenderId: 'MyShop',
      DefaultMessageType: 'TRANSACTIONAL',
      DefaultMessageFeedbackEnabled: true,
      EventDestinations: [{ EventDestinationName: 'sns', Enabled: true, MatchingEventTypes: ['TEXT_DELIVERED'], SnsDestination: SNS_DESTINATION }],
    });
  });

  test('lists every set when no names are given', async () => {
    for (const name of ['b', 'a', 'c']) await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    const { ConfigurationSets, NextToken } = await env.sms.send(new DescribeConfigurationSetsCommand({}));
    expect(ConfigurationSets!.map(c => c.ConfigurationSetName)).toEqual(['a', 'b', 'c']);
    expect(NextToken).toBeUndefined();
  });

  test('accepts names and ARNs, and fails with ResourceNotFoundException for an unknown one', async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'a' }));
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'b' }));
    const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ['a', `${ARN_PREFIX}b`] }));
    expect(ConfigurationSets!.map(c => c.ConfigurationSetName)).toEqual(['a', 'b']);

    const error = await errorOf(env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ['a', 'missing'] })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'configuration-set', ResourceId: 'missing' });
  });

  test('does not resolve the ARN of another region or account', async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'a' }));
    for (const arn of [
      'arn:aws:sms-voice:eu-west-1:123456789012:configuration-set/a',
      'arn:aws:sms-voice:us-east-1:210987654321:configuration-set/a',
      'arn:aws:sms-voice:us-east-1:123456789012:pool/a',
    ]) {
      const error = await errorOf(env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: [arn] })));
      expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'configuration-set', ResourceId: arn });
    }
  });

  test('applies filters: values of one filter are alternatives, filters must all match', async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'a' }));
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'b' }));
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'c' }));
    await env.sms.send(new SetDefaultMessageTypeCommand({ ConfigurationSetName: 'a', MessageType: 'PROMOTIONAL' }));
    await env.sms.send(new SetDefaultMessageTypeCommand({ ConfigurationSetName: 'b', MessageType: 'TRANSACTIONAL' }));
    await env.sms.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: 'b', SenderId: 'Shop' }));
    await env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'c', EventDestinationName: 'dest', MatchingEventTypes: ['TEXT_BLOCKED'], SnsDestination: SNS_DESTINATION,
    }));
    const names = async (Filters: ConfigurationSetFilter[]) => {
      const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({ Filters }));
      return ConfigurationSets!.map(c => c.ConfigurationSetName);
    };
    expect(await names([{ Name: 'default-message-type', Values: ['PROMOTIONAL', 'TRANSACTIONAL'] }])).toEqual(['a', 'b']);
    expect(await names([{ Name: 'default-message-type', Values: ['TRANSACTIONAL'] }, { Name: 'default-sender-id', Values: ['Shop'] }])).toEqual(['b']);
    expect(await names([{ Name: 'default-message-type', Values: ['PROMOTIONAL'] }, { Name: 'default-sender-id', Values: ['Shop'] }])).toEqual([]);
    expect(await names([{ Name: 'event-destination-name', Values: ['dest'] }])).toEqual(['c']);
    expect(await names([{ Name: 'matching-event-types', Values: ['TEXT_BLOCKED'] }])).toEqual(['c']);
    expect(await names([{ Name: 'default-message-feedback-enabled', Values: ['false'] }])).toEqual(['a', 'b', 'c']);
  });

  test('pages with MaxResults and NextToken, as the SDK paginator expects', async () => {
    const all = ['s1', 's2', 's3', 's4', 's5'];
    for (const name of all) await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    const pages: string[][] = [];
    for await (const page of paginateDescribeConfigurationSets({ client: env.sms, pageSize: 2 }, {})) {
      pages.push(page.ConfigurationSets!.map(c => c.ConfigurationSetName!));
    }
    expect(pages).toEqual([['s1', 's2'], ['s3', 's4'], ['s5']]);
  });

  test('a page token stays valid when sets are deleted in between', async () => {
    for (const name of ['s1', 's2', 's3', 's4']) await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    const first = await env.sms.send(new DescribeConfigurationSetsCommand({ MaxResults: 2 }));
    await env.sms.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 's1' }));
    const second = await env.sms.send(new DescribeConfigurationSetsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    expect(second.ConfigurationSets!.map(c => c.ConfigurationSetName)).toEqual(['s3', 's4']);
    expect(second.NextToken).toBeUndefined();
  });

  test('fails with ValidationException INVALID_NEXT_TOKEN for a token it did not issue', async () => {
    const error = await errorOf(env.sms.send(new DescribeConfigurationSetsCommand({ NextToken: 'not-a-token' })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'INVALID_NEXT_TOKEN', Fields: [{ Name: 'NextToken', Message: expect.any(String) }] });
  });

  test('sets are regional: a client in another region does not see them', async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    const west = clientFor(env.emulator.endpoint, { region: 'eu-west-1' });
    try {
      const { ConfigurationSets } = await west.send(new DescribeConfigurationSetsCommand({}));
      expect(ConfigurationSets).toEqual([]);
      const created = await west.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
      expect(created.ConfigurationSetArn).toBe('arn:aws:sms-voice:eu-west-1:123456789012:configuration-set/orders');
    } finally {
      west.destroy();
    }
  });
});

describe('DeleteConfigurationSet', () => {
  test('returns everything the set had, and the set is gone', async () => {
    const created = await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    await env.sms.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: 'orders', SenderId: 'MyShop' }));
    await env.sms.send(new SetDefaultMessageTypeCommand({ ConfigurationSetName: 'orders', MessageType: 'PROMOTIONAL' }));
    await env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'sns', MatchingEventTypes: ['ALL'], SnsDestination: SNS_DESTINATION,
    }));
    const deleted = await env.sms.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: `${ARN_PREFIX}orders` }));
    expect(deleted).toMatchObject({
      ConfigurationSetArn: created.ConfigurationSetArn,
      ConfigurationSetName: 'orders',
      DefaultSenderId: 'MyShop',
      DefaultMessageType: 'PROMOTIONAL',
      DefaultMessageFeedbackEnabled: false,
      CreatedTimestamp: created.CreatedTimestamp,
      EventDestinations: [{ EventDestinationName: 'sns', Enabled: true, MatchingEventTypes: ['ALL'], SnsDestination: SNS_DESTINATION }],
    });
    const error = await errorOf(env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ['orders'] })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  test('fails with ResourceNotFoundException for a missing set', async () => {
    const error = await errorOf(env.sms.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'missing' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'configuration-set', ResourceId: 'missing' });
  });
});

describe('default sender ID, message type and feedback', () => {
  beforeEach(async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
  });

  test('SetDefaultSenderId and DeleteDefaultSenderId, by name and by ARN', async () => {
    const set = await env.sms.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: `${ARN_PREFIX}orders`, SenderId: 'MyShop' }));
    expect(set).toMatchObject({ ConfigurationSetArn: `${ARN_PREFIX}orders`, ConfigurationSetName: 'orders', SenderId: 'MyShop' });
    expect((await describe1('orders')).DefaultSenderId).toBe('MyShop');

    const removed = await env.sms.send(new DeleteDefaultSenderIdCommand({ ConfigurationSetName: 'orders' }));
    expect(removed).toMatchObject({ ConfigurationSetArn: `${ARN_PREFIX}orders`, ConfigurationSetName: 'orders', SenderId: 'MyShop' });
    expect((await describe1('orders')).DefaultSenderId).toBeUndefined();
  });

  test('SetDefaultMessageType and DeleteDefaultMessageType, by name and by ARN', async () => {
    const set = await env.sms.send(new SetDefaultMessageTypeCommand({ ConfigurationSetName: 'orders', MessageType: 'PROMOTIONAL' }));
    expect(set).toMatchObject({ ConfigurationSetArn: `${ARN_PREFIX}orders`, ConfigurationSetName: 'orders', MessageType: 'PROMOTIONAL' });
    expect((await describe1(`${ARN_PREFIX}orders`)).DefaultMessageType).toBe('PROMOTIONAL');

    const removed = await env.sms.send(new DeleteDefaultMessageTypeCommand({ ConfigurationSetName: `${ARN_PREFIX}orders` }));
    expect(removed).toMatchObject({ ConfigurationSetName: 'orders', MessageType: 'PROMOTIONAL' });
    expect((await describe1('orders')).DefaultMessageType).toBeUndefined();
  });

  test('SetDefaultMessageFeedbackEnabled switches feedback on and off', async () => {
    const on = await env.sms.send(new SetDefaultMessageFeedbackEnabledCommand({ ConfigurationSetName: 'orders', MessageFeedbackEnabled: true }));
    expect(on).toMatchObject({ ConfigurationSetArn: `${ARN_PREFIX}orders`, ConfigurationSetName: 'orders', MessageFeedbackEnabled: true });
    expect((await describe1('orders')).DefaultMessageFeedbackEnabled).toBe(true);
    await env.sms.send(new SetDefaultMessageFeedbackEnabledCommand({ ConfigurationSetName: `${ARN_PREFIX}orders`, MessageFeedbackEnabled: false }));
    expect((await describe1('orders')).DefaultMessageFeedbackEnabled).toBe(false);
  });

  test.each([
    ['SetDefaultSenderId', () => env.sms.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: 'missing', SenderId: 'MyShop' }))],
    ['DeleteDefaultSenderId', () => env.sms.send(new DeleteDefaultSenderIdCommand({ ConfigurationSetName: 'missing' }))],
    ['SetDefaultMessageType', () => env.sms.send(new SetDefaultMessageTypeCommand({ ConfigurationSetName: 'missing', MessageType: 'PROMOTIONAL' }))],
    ['DeleteDefaultMessageType', () => env.sms.send(new DeleteDefaultMessageTypeCommand({ ConfigurationSetName: 'missing' }))],
    ['SetDefaultMessageFeedbackEnabled', () => env.sms.send(new SetDefaultMessageFeedbackEnabledCommand({ ConfigurationSetName: 'missing', MessageFeedbackEnabled: true }))],
  ])('%s fails with ResourceNotFoundException for a missing set', async (_action, command) => {
    const error = await errorOf(command());
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'configuration-set', ResourceId: 'missing' });
  });
});
