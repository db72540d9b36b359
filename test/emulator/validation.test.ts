import {
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  DescribeConfigurationSetsCommand,
  SetDefaultMessageTypeCommand,
  SetDefaultSenderIdCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { MAPS, OPERATIONS, SHAPES, STRUCTURES } from './generated/operations.generated';
import { CLOUDWATCH_DESTINATION, errorOf, rawCall, SNS_DESTINATION, useEmulator } from './support';
import { validateInput } from './validate';

const env = useEmulator();

async function validationErrorOf(call: Promise<unknown>) {
  const error = await errorOf(call);
  expect(error).toBeInstanceOf(ValidationException);
  return error as unknown as ValidationException;
}

describe('through the SDK', () => {
  test('a name that breaks the pattern', async () => {
    const error = await validationErrorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'my set!' })));
    expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.Fields).toEqual([{ Name: 'ConfigurationSetName', Message: expect.stringContaining('regular expression pattern: [A-Za-z0-9_-]+') }]);
    expect(error.message).toMatch(/^1 validation error detected: Value 'my set!' at 'ConfigurationSetName'/);
  });

  test('a name that is too long', async () => {
    const error = await validationErrorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'a'.repeat(65) })));
    expect(error.Fields).toEqual([{ Name: 'ConfigurationSetName', Message: expect.stringContaining('length less than or equal to 64') }]);
  });

  test('a value outside the enum', async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    const error = await validationErrorOf(env.sms.send(new SetDefaultMessageTypeCommand({ ConfigurationSetName: 'orders', MessageType: 'MARKETING' as never })));
    expect(error.Fields).toEqual([{ Name: 'MessageType', Message: expect.stringContaining('enum value set: [TRANSACTIONAL, PROMOTIONAL]') }]);
  });

  test('a missing required member', async () => {
    const error = await validationErrorOf(env.sms.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: 'orders' } as never)));
    expect(error.Fields).toEqual([{ Name: 'SenderId', Message: expect.stringContaining('must not be null') }]);
  });

  test('a list that is too long', async () => {
    const error = await validationErrorOf(env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ['a', 'b', 'c', 'd', 'e', 'f'] })));
    expect(error.Fields).toEqual([{ Name: 'ConfigurationSetNames', Message: expect.stringContaining('length less than or equal to 5') }]);
  });

  test('a number out of range', async () => {
    const error = await validationErrorOf(env.sms.send(new DescribeConfigurationSetsCommand({ MaxResults: 101 })));
    expect(error.Fields).toEqual([{ Name: 'MaxResults', Message: expect.stringContaining('value less than or equal to 100') }]);
  });

  test('nested members and list items are named by their path, and every violation is reported', async () => {
    const error = await validationErrorOf(env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders',
      EventDestinationName: 'events',
      MatchingEventTypes: ['TEXT_ALL', 'TEXT_NOPE' as never],
      CloudWatchLogsDestination: { ...CLOUDWATCH_DESTINATION, IamRoleArn: 'role' },
    })));
    expect(error.Fields!.map(f => f.Name)).toEqual(['MatchingEventTypes[1]', 'CloudWatchLogsDestination.IamRoleArn', 'CloudWatchLogsDestination.IamRoleArn']);
    expect(error.message).toMatch(/^3 validation errors detected/);
  });

  test('a tag with an empty key', async () => {
    const error = await validationErrorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', Tags: [{ Key: '', Value: 'v' }] })));
    expect(error.Fields).toEqual([
      { Name: 'Tags[0].Key', Message: expect.stringContaining('length greater than or equal to 1') },
      { Name: 'Tags[0].Key', Message: expect.stringContaining('regular expression pattern: .+') },
    ]);
  });

  test('TEXT_SENT, which the model allows but the service does not', async () => {
    const error = await validationErrorOf(env.sms.send(new CreateEventDestinationCommand({
      ConfigurationSetName: 'orders', EventDestinationName: 'events', MatchingEventTypes: ['TEXT_SENT'], SnsDestination: SNS_DESTINATION,
    })));
    expect(error.Fields).toEqual([{ Name: 'MatchingEventTypes[0]', Message: expect.stringContaining('TEXT_SENT') }]);
  });

  test('an invalid request changes nothing', async () => {
    await validationErrorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'bad name' })));
    const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({}));
    expect(ConfigurationSets).toEqual([]);
  });
});

describe('over raw HTTP', () => {
  const call = (action: string, body: unknown) => rawCall(env.emulator.endpoint, `PinpointSMSVoiceV2.${action}`, JSON.stringify(body));

  test('a value of the wrong JSON type is CANNOT_PARSE', async () => {
    const { status, body } = await call('CreateConfigurationSet', { ConfigurationSetName: 42 });
    expect(status).toBe(400);
    expect(body).toMatchObject({ __type: 'ValidationException', Reason: 'CANNOT_PARSE', Fields: [{ Name: 'ConfigurationSetName' }] });
  });

  test('a body that is not JSON is CANNOT_PARSE', async () => {
    const { status, body } = await rawCall(env.emulator.endpoint, 'PinpointSMSVoiceV2.CreateConfigurationSet', '{not json');
    expect(status).toBe(400);
    expect(body).toMatchObject({ __type: 'ValidationException', Reason: 'CANNOT_PARSE' });
  });

  test('members the model does not know are ignored', async () => {
    const { status, body } = await call('CreateConfigurationSet', { ConfigurationSetName: 'orders', Colour: 'blue' });
    expect(status).toBe(200);
    expect(body.ConfigurationSetName).toBe('orders');
  });

  test('null counts as absent', async () => {
    const { body } = await call('CreateConfigurationSet', { ConfigurationSetName: null });
    expect(body).toMatchObject({ __type: 'ValidationException', Fields: [{ Name: 'ConfigurationSetName', Message: expect.stringContaining('must not be null') }] });
  });
});

describe('validateInput', () => {
  test('accepts a valid input and names no field', () => {
    expect(validateInput('CreateConfigurationSet', { ConfigurationSetName: 'orders', Tags: [{ Key: 'k', Value: '' }] })).toBeUndefined();
  });

  test('anchors patterns: a partial match is not enough', () => {
    const error = validateInput('SetDefaultSenderId', { ConfigurationSetName: 'orders', SenderId: 'ab cd' });
    expect(error?.fields.Fields).toEqual([{ Name: 'SenderId', Message: expect.stringContaining('regular expression') }]);
  });

  test('counts characters, not UTF-16 code units', () => {
    expect(validateInput('TagResource', {
      ResourceArn: 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/x',
      Tags: [{ Key: 'k', Value: '😀'.repeat(256) }],
    })).toBeUndefined();
  });

  test('every shape an in-scope operation reaches is known, so validation never meets an unknown shape', () => {
    const known = (shape: string) => shape in SHAPES || shape in STRUCTURES || shape in MAPS;
    const referenced = [
      ...Object.values(OPERATIONS).flatMap(o => [o.input, o.output]),
      ...Object.values(STRUCTURES).flatMap(s => Object.values(s.members)),
      ...Object.values(MAPS).flatMap(m => [m.key, m.value]),
      ...Object.values(SHAPES).map(s => s.member),
    ].filter((s): s is string => s !== undefined);
    expect(referenced.filter(s => !known(s))).toEqual([]);
    expect(Object.keys(OPERATIONS)).toHaveLength(91);
  });
});
