import { CreateEventDestinationCommand, DeleteOptedOutNumberCommand, DescribeConfigurationSetsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../../lambda/sms-provider/client';
import {
  CONTROL_PLANE_INTERVAL_MS, PACING_INTERVAL_VARIABLE, pacedPerAction, pacingFromEnvironment, SERVICE_INTERVAL_OVERRIDES,
} from '../../lambda/sms-provider/pacing';

const INTERVAL_MS = 80;
/** Timers may fire a millisecond early. */
const TOLERANCE_MS = 2;

/** A client that takes `latencyMs` per call and records when each call started and finished. */
function recordingClient(latencyMs = 10) {
  const calls: { action: string; startedAt: number; finishedAt: number }[] = [];
  const client: SmsClient = {
    send: (async (command: object) => {
      const startedAt = Date.now();
      await new Promise(resolve => setTimeout(resolve, latencyMs));
      calls.push({ action: command.constructor.name, startedAt, finishedAt: Date.now() });
      return {};
    }) as SmsClient['send'],
  };
  return { client, calls };
}

const create = (name: string) => new CreateEventDestinationCommand({
  ConfigurationSetName: 'orders', EventDestinationName: name, MatchingEventTypes: ['ALL'], ClientToken: name,
});

describe('pacedPerAction', () => {
  test('starts a call of an action the interval after the previous one finished', async () => {
    const { client, calls } = recordingClient();
    const paced = pacedPerAction(client, INTERVAL_MS);
    await paced.send(create('a'));
    await paced.send(create('b'));
    expect(calls[1].startedAt - calls[0].finishedAt).toBeGreaterThanOrEqual(INTERVAL_MS - TOLERANCE_MS);
  });

  test('spaces concurrent calls of one action too', async () => {
    const { client, calls } = recordingClient();
    const paced = pacedPerAction(client, INTERVAL_MS);
    await Promise.all([paced.send(create('a')), paced.send(create('b')), paced.send(create('c'))]);
    expect(calls).toHaveLength(3);
    for (let i = 1; i < calls.length; i++) {
      expect(calls[i].startedAt - calls[i - 1].finishedAt).toBeGreaterThanOrEqual(INTERVAL_MS - TOLERANCE_MS);
    }
  });

  test('does not delay calls of different actions', async () => {
    const { client, calls } = recordingClient();
    const paced = pacedPerAction(client, 10_000);
    await paced.send(create('a'));
    await paced.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ['orders'] }));
    expect(calls[1].startedAt - calls[0].finishedAt).toBeLessThan(1_000);
  });

  test('an action with an interval of its own is paced to it', async () => {
    const { client, calls } = recordingClient();
    const paced = pacedPerAction(client, 10_000, new Map([[CreateEventDestinationCommand, INTERVAL_MS]]));
    await paced.send(create('a'));
    await paced.send(create('b'));
    expect(calls[1].startedAt - calls[0].finishedAt).toBeGreaterThanOrEqual(INTERVAL_MS - TOLERANCE_MS);
    expect(calls[1].startedAt - calls[0].finishedAt).toBeLessThan(1_000);
  });

  test('DeleteOptedOutNumber has its documented quota of 10 a second; everything else 1 a second', () => {
    expect([...SERVICE_INTERVAL_OVERRIDES]).toEqual([[DeleteOptedOutNumberCommand, 100]]);
    expect(CONTROL_PLANE_INTERVAL_MS).toBe(1_000);
  });

  test('a failed call still paces the next one', async () => {
    const startedAt: number[] = [];
    const failing: SmsClient = {
      send: (() => {
        startedAt.push(Date.now());
        return Promise.reject(new Error('throttled'));
      }) as SmsClient['send'],
    };
    const paced = pacedPerAction(failing, INTERVAL_MS);
    await expect(paced.send(create('a'))).rejects.toThrow('throttled');
    await expect(paced.send(create('b'))).rejects.toThrow('throttled');
    expect(startedAt[1] - startedAt[0]).toBeGreaterThanOrEqual(INTERVAL_MS - TOLERANCE_MS);
  });
});

describe('pacingFromEnvironment', () => {
  test('without the variable, paces to the service quotas', () => {
    expect(PACING_INTERVAL_VARIABLE).toBe('SMS_PROVIDER_PACING_INTERVAL_MS');
    for (const environment of [{}, { SMS_PROVIDER_PACING_INTERVAL_MS: '' }]) {
      expect(pacingFromEnvironment(environment)).toEqual({ intervalMs: CONTROL_PLANE_INTERVAL_MS, overrides: SERVICE_INTERVAL_OVERRIDES });
    }
  });

  test.each([['0', 0], ['250', 250]])('%s sets the interval of every action, the overrides included', (value, intervalMs) => {
    expect(pacingFromEnvironment({ SMS_PROVIDER_PACING_INTERVAL_MS: value })).toEqual({ intervalMs, overrides: new Map() });
  });

  test.each(['-1', '1.5', 'fast', ' 0', '1e3'])('refuses %j, naming the variable', value => {
    expect(() => pacingFromEnvironment({ SMS_PROVIDER_PACING_INTERVAL_MS: value }))
      .toThrow(`SMS_PROVIDER_PACING_INTERVAL_MS must be a whole number of milliseconds (0 or more), not '${value}'`);
  });

  test('with 0, calls of one action follow each other at once, one at a time', async () => {
    const { client, calls } = recordingClient(20);
    const { intervalMs, overrides } = pacingFromEnvironment({ SMS_PROVIDER_PACING_INTERVAL_MS: '0' });
    const paced = pacedPerAction(client, intervalMs, overrides);
    const started = Date.now();
    await Promise.all([paced.send(create('a')), paced.send(create('b')), paced.send(create('c'))]);
    expect(calls).toHaveLength(3);
    for (let i = 1; i < calls.length; i++) expect(calls[i].startedAt).toBeGreaterThanOrEqual(calls[i - 1].finishedAt);
    expect(Date.now() - started).toBeLessThan(CONTROL_PLANE_INTERVAL_MS);
  });
});
