import { CreateEventDestinationCommand, DeleteOptedOutNumberCommand, DescribeConfigurationSetsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../../lambda/sms-provider/client';
import { CONTROL_PLANE_INTERVAL_MS, pacedPerAction, SERVICE_INTERVAL_OVERRIDES } from '../../lambda/sms-provider/pacing';

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
