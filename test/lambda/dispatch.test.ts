import { AccessDeniedException, InternalServerException, ThrottlingException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { configurationSetProperties, CustomResourceEvents } from './support/events';
import { LogRecord } from './support/test-bed';
import { SmsClient } from '../../lambda/sms-provider/client';
import { dispatch } from '../../lambda/sms-provider/dispatch';
import { CONFIGURATION_SET } from '../../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../../src/wire/opt-out-list-properties';
import { PHONE_NUMBER } from '../../src/wire/phone-number-properties';
import { POOL } from '../../src/wire/pool-properties';
import { SENDER_ID } from '../../src/wire/sender-id-properties';

const NAMES: { readonly [resourceType: string]: string } = {
  [CONFIGURATION_SET.resourceType]: 'configuration set',
  [OPT_OUT_LIST.resourceType]: 'opt-out list',
  [PHONE_NUMBER.resourceType]: 'phone number',
  [SENDER_ID.resourceType]: 'sender ID',
  [POOL.resourceType]: 'pool',
};

const ARN = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders';

/** A client whose every call fails with `error`; counts the calls. */
function failingClient(error: Error): SmsClient & { calls: number } {
  const client = {
    calls: 0,
    send: (() => {
      client.calls++;
      return Promise.reject(error);
    }) as SmsClient['send'],
  };
  return client;
}

describe('dispatch', () => {
  const events = new CustomResourceEvents();
  const properties = configurationSetProperties({ name: 'orders' });
  let logs: LogRecord[];
  const log = (decision: string, details?: object) => logs.push({ decision, ...details });
  beforeEach(() => {
    logs = [];
  });

  test('an unknown resource type fails with a message naming it and the known ones', async () => {
    const event = { ...events.create(properties), ResourceType: 'Custom::SmsVoiceTeleporter' };
    const client = failingClient(new Error('never called'));
    const expected = "Unknown resource type 'Custom::SmsVoiceTeleporter': this provider handles Custom::SmsVoiceConfigurationSet,"
      + ' Custom::SmsVoiceOptOutList, Custom::SmsVoiceOptedOutNumbers, Custom::SmsVoicePhoneNumber, Custom::SmsVoiceSenderId, Custom::SmsVoicePool';
    await expect(dispatch(event, client, { log }).onEvent()).rejects.toThrow(expected);
    await expect(dispatch({ ...event, PhysicalResourceId: ARN }, client, { log }).isComplete()).rejects.toThrow(expected);
    expect(client.calls).toBe(0);
  });

  test.each([
    ['ThrottlingException', new ThrottlingException({ message: 'Rate exceeded', $metadata: {} })],
    ['InternalServerException', new InternalServerException({ message: 'oops', $metadata: { httpStatusCode: 500 } })],
  ])('isComplete is not complete, instead of failed, on %s', async (_name, error) => {
    const event = { ...events.create(properties), PhysicalResourceId: ARN };
    await expect(dispatch(event, failingClient(error), { log }).isComplete()).resolves.toEqual({ IsComplete: false });
    expect(logs.map(record => record.decision)).toContain('not complete yet: the service throttled or failed transiently');
  });

  test('isComplete fails at once on access denied, with the code name', async () => {
    const event = { ...events.create(properties), PhysicalResourceId: ARN };
    const client = failingClient(new AccessDeniedException({ message: 'not authorized', $metadata: {}, Reason: 'ACCOUNT_DISABLED' }));
    await expect(dispatch(event, client, { log }).isComplete()).rejects.toThrow(/^AccessDeniedException ACCOUNT_DISABLED: the provider's role was denied/);
    expect(client.calls).toBe(1);
  });

  test('onEvent fails with a short message once the SDK gives up on throttling, and logs the original error', async () => {
    const client = failingClient(new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } }));
    await expect(dispatch(events.create(properties), client, { log }).onEvent())
      .rejects.toThrow('ThrottlingException: the service kept throttling requests after every retry; deploy again later');
    expect(logs.find(record => record.decision === 'failed')).toMatchObject({ error: { name: 'ThrottlingException', message: 'Rate exceeded' } });
  });

  test.each(Object.keys(NAMES))('%s is dispatched to its handler: a Delete of an id it cannot parse makes no call', async resourceType => {
    const event = { ...events.delete('not-an-arn', {}), ResourceType: resourceType };
    const client = failingClient(new Error('never called'));
    await expect(dispatch(event, client, { log }).onEvent()).resolves.toEqual({ PhysicalResourceId: 'not-an-arn' });
    expect(logs.map(record => record.decision)).toContain(`nothing to delete: the physical id is not a ${NAMES[resourceType]} ARN`);
    expect(client.calls).toBe(0);
  });

  test('logs the event without its ResponseURL', async () => {
    const event = events.delete('not-an-arn', properties);
    await dispatch(event, failingClient(new Error('never called')), { log }).onEvent();
    const logged = logs.find(record => record.decision === 'onEvent');
    expect(logged).toMatchObject({ event: { RequestId: event.RequestId, PhysicalResourceId: 'not-an-arn' } });
    expect(logged!.event).not.toHaveProperty('ResponseURL');
  });
});
