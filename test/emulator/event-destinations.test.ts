import {
  ConflictException,
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  DeleteEventDestinationCommand,
  DescribeConfigurationSetsCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  UpdateEventDestinationCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CLOUDWATCH_DESTINATION, errorOf, FIREHOSE_DESTINATION, SNS_DESTINATION, useEmulator } from './support';

const SET_ARN = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders';

const env = useEmulator();

beforeEach(async () => {
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
});

async function destinations() {
  const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ['orders'] }));
  return ConfigurationSets![0].EventDestinations;
}

function createSns(name: string, configurationSetName = 'orders') {
  return env.sms.send(new CreateEventDestinationCommand({
    ConfigurationSetName: configurationSetName, EventDestinationName: name, MatchingEventTypes: ['TEXT_DELIVERED'], SnsDestination: SNS_DESTINATION,
  }));
}

describe('CreateEventDestination', () => {
  test.each([
    ['CloudWatchLogsDestination', { CloudWatchLogsDestination: CLOUDWATCH_DESTINATION }],
    ['KinesisFirehoseDestination', { KinesisFirehoseDestination: FIREHOSE_DESTINATION }],
    ['SnsDestination', { SnsDestination: SNS_DESTINATION }],
  ])('creates an enabled %s destination', async (_kind, destination) => {
    const created = await env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'events', MatchingEventTypes: ['TEXT_ALL', 'VOICE_ALL'], ...destination,
    }));
    const expected = { EventDestinationName: 'events', Enabled: true, MatchingEventTypes: ['TEXT_ALL', 'VOICE_ALL'], ...destination };
    expect(created).toMatchObject({ ConfigurationSetArn: SET_ARN, ConfigurationSetName: 'orders', EventDestination: expected });
    expect(await destinations()).toEqual([expected]);
  });

  test('addresses the configuration set by ARN', async () => {
    const created = await createSns('events', SET_ARN);
    expect(created.ConfigurationSetName).toBe('orders');
    expect(await destinations()).toHaveLength(1);
  });

  test('fails with ResourceNotFoundException for a missing configuration set', async () => {
    const error = await errorOf(createSns('events', 'missing'));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'configuration-set', ResourceId: 'missing' });
  });

  test('fails with ConflictException RESOURCE_ALREADY_EXISTS for a name in use in the set', async () => {
    await createSns('events');
    const error = await errorOf(createSns('events'));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error).toMatchObject({ Reason: 'RESOURCE_ALREADY_EXISTS', ResourceType: 'event-destination', ResourceId: 'events' });
  });

  test('fails with ServiceQuotaExceededException beyond 5 destinations per set', async () => {
    for (let i = 1; i <= 5; i++) await createSns(`d${i}`);
    const error = await errorOf(createSns('d6'));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('EVENT_DESTINATIONS_PER_CONFIGURATION_SET');
    expect(await destinations()).toHaveLength(5);
  });

  test('rejects TEXT_SENT, which the service does not support', async () => {
    const error = await errorOf(env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'events', MatchingEventTypes: ['TEXT_DELIVERED', 'TEXT_SENT'], SnsDestination: SNS_DESTINATION,
    })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'INVALID_PARAMETER', Fields: [{ Name: 'MatchingEventTypes[1]', Message: expect.stringContaining('TEXT_SENT') }] });
    expect(await destinations()).toEqual([]);
  });

  test('requires a destination', async () => {
    const error = await errorOf(env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'events', MatchingEventTypes: ['ALL'],
    })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.Reason).toBe('MISSING_PARAMETER');
    expect((error.Fields as { Name: string }[]).map(f => f.Name)).toEqual(['CloudWatchLogsDestination', 'KinesisFirehoseDestination', 'SnsDestination']);
  });

  test('takes a single destination', async () => {
    const error = await errorOf(env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders',
      EventDestinationName: 'events',
      MatchingEventTypes: ['ALL'],
      SnsDestination: SNS_DESTINATION,
      CloudWatchLogsDestination: CLOUDWATCH_DESTINATION,
    })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.Reason).toBe('PARAMETERS_CANNOT_BE_USED_TOGETHER');
  });

  test('the same ClientToken and parameters create one destination', async () => {
    const input = { ConfigurationSetName: 'orders', EventDestinationName: 'events', MatchingEventTypes: ['ALL' as const], SnsDestination: SNS_DESTINATION, ClientToken: 't' };
    await env.sms.send(new CreateEventDestinationCommand(input));
    const again = await env.sms.send(new CreateEventDestinationCommand(input));
    expect(again.EventDestination!.EventDestinationName).toBe('events');
    expect(await destinations()).toHaveLength(1);
  });
});

describe('UpdateEventDestination', () => {
  beforeEach(async () => {
    await env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'logs', MatchingEventTypes: ['TEXT_ALL'], CloudWatchLogsDestination: CLOUDWATCH_DESTINATION,
    }));
  });

  test('changes only what it is given', async () => {
    const updated = await env.sms.send(new UpdateEventDestinationCommand({ ConfigurationSetName: SET_ARN, EventDestinationName: 'logs', Enabled: false }));
    const expected = { EventDestinationName: 'logs', Enabled: false, MatchingEventTypes: ['TEXT_ALL'], CloudWatchLogsDestination: CLOUDWATCH_DESTINATION };
    expect(updated).toMatchObject({ ConfigurationSetArn: SET_ARN, ConfigurationSetName: 'orders', EventDestination: expected });
    expect(await destinations()).toEqual([expected]);
  });

  test('changes the event types and the destination of the same type', async () => {
    const role = 'arn:aws:iam::123456789012:role/other';
    await env.sms.send(new UpdateEventDestinationCommand({
      ConfigurationSetName: 'orders',
      EventDestinationName: 'logs',
      MatchingEventTypes: ['TEXT_DELIVERED', 'TEXT_BLOCKED'],
      CloudWatchLogsDestination: { ...CLOUDWATCH_DESTINATION, IamRoleArn: role },
    }));
    expect(await destinations()).toEqual([{
      EventDestinationName: 'logs',
      Enabled: true,
      MatchingEventTypes: ['TEXT_DELIVERED', 'TEXT_BLOCKED'],
      CloudWatchLogsDestination: { ...CLOUDWATCH_DESTINATION, IamRoleArn: role },
    }]);
  });

  test("fails with ConflictException EVENT_DESTINATION_MISMATCH when it changes the destination's type", async () => {
    const error = await errorOf(env.sms.send(new UpdateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'logs', SnsDestination: SNS_DESTINATION,
    })));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error).toMatchObject({ Reason: 'EVENT_DESTINATION_MISMATCH', ResourceType: 'event-destination', ResourceId: 'logs' });
  });

  test('rejects TEXT_SENT', async () => {
    const error = await errorOf(env.sms.send(new UpdateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'logs', MatchingEventTypes: ['TEXT_SENT'],
    })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'INVALID_PARAMETER', Fields: [{ Name: 'MatchingEventTypes[0]' }] });
  });

  test('fails with ResourceNotFoundException for a missing destination or set', async () => {
    const missingDestination = await errorOf(env.sms.send(new UpdateEventDestinationCommand({ ConfigurationSetName: 'orders', EventDestinationName: 'nope', Enabled: true })));
    expect(missingDestination).toBeInstanceOf(ResourceNotFoundException);
    expect(missingDestination).toMatchObject({ ResourceType: 'event-destination', ResourceId: 'nope' });
    const missingSet = await errorOf(env.sms.send(new UpdateEventDestinationCommand({ ConfigurationSetName: 'nope', EventDestinationName: 'logs', Enabled: true })));
    expect(missingSet).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'configuration-set', ResourceId: 'nope' });
  });
});

describe('DeleteEventDestination', () => {
  test('returns the deleted destination and keeps the others', async () => {
    await createSns('a');
    await createSns('b');
    const deleted = await env.sms.send(new DeleteEventDestinationCommand({ ConfigurationSetName: SET_ARN, EventDestinationName: 'a' }));
    expect(deleted).toMatchObject({
      ConfigurationSetArn: SET_ARN,
      ConfigurationSetName: 'orders',
      EventDestination: { EventDestinationName: 'a', Enabled: true, MatchingEventTypes: ['TEXT_DELIVERED'], SnsDestination: SNS_DESTINATION },
    });
    expect((await destinations())!.map(d => d.EventDestinationName)).toEqual(['b']);
  });

  test('fails with ResourceNotFoundException for a missing destination', async () => {
    const error = await errorOf(env.sms.send(new DeleteEventDestinationCommand({ ConfigurationSetName: 'orders', EventDestinationName: 'a' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'event-destination', ResourceId: 'a' });
  });
});
