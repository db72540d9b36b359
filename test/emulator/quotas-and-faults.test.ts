import {
  CreateConfigurationSetCommand,
  DescribeConfigurationSetsCommand,
  InternalServerException,
  ThrottlingException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { FaultInjector } from './faults';
import { RateLimiter, rateOf } from './quotas';
import { clientFor, errorOf, useEmulator } from './support';

let now = 1_000_000;
const env = useEmulator({ clock: () => now }, { maxAttempts: 1 });

const create = (name: string) => env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
const describeAll = () => env.sms.send(new DescribeConfigurationSetsCommand({}));

describe('quotas', () => {
  test('off by default: calls in a burst all pass', async () => {
    for (let i = 0; i < 5; i++) await create(`s${i}`);
    expect(env.emulator.calls().every(c => c.ok)).toBe(true);
  });

  test('realistic: a second call of an action within a second is throttled; other actions have their own budget', async () => {
    env.emulator.configure({ quotas: 'realistic' });
    await create('first');
    const error = await errorOf(create('second'));
    expect(error).toBeInstanceOf(ThrottlingException);
    await describeAll();
    now += 1000;
    await create('second');
    const { ConfigurationSets } = await describeAll();
    expect(ConfigurationSets!.map(c => c.ConfigurationSetName)).toEqual(['first', 'second']);
  });

  test('a throttled call changes nothing and is recorded as failed', async () => {
    env.emulator.configure({ quotas: 'realistic' });
    await create('first');
    await errorOf(create('second'));
    now += 1000;
    const { ConfigurationSets } = await describeAll();
    expect(ConfigurationSets!.map(c => c.ConfigurationSetName)).toEqual(['first']);
    expect(env.emulator.calls().map(c => [c.action, c.errorName])).toEqual([
      ['CreateConfigurationSet', undefined],
      ['CreateConfigurationSet', 'ThrottlingException'],
      ['DescribeConfigurationSets', undefined],
    ]);
  });

  test('a table of requests per second limits only the actions it lists', async () => {
    env.emulator.configure({ quotas: { DescribeConfigurationSets: 2 } });
    await describeAll();
    await describeAll();
    await expect(describeAll()).rejects.toBeInstanceOf(ThrottlingException);
    for (let i = 0; i < 3; i++) await create(`s${i}`);
    now += 500;
    await describeAll();
  });

  test('rateOf knows the documented exception', () => {
    expect(rateOf('realistic', 'CreatePool')).toBe(1);
    expect(rateOf('realistic', 'DeleteOptedOutNumber')).toBe(10);
    expect(rateOf('off', 'CreatePool')).toBeUndefined();
    expect(rateOf({ CreatePool: 3 }, 'DeletePool')).toBeUndefined();
  });

  test('the token bucket refills at the rate, up to its capacity, per region and action', () => {
    let t = 0;
    const limiter = new RateLimiter('realistic', () => t);
    const burst = (action: string, n: number) => Array.from({ length: n }, () => limiter.tryAcquire('us-east-1', action)).filter(Boolean).length;
    expect(burst('DeleteOptedOutNumber', 12)).toBe(10);
    t += 300;
    expect(burst('DeleteOptedOutNumber', 5)).toBe(3);
    expect(burst('CreatePool', 2)).toBe(1);
    expect(limiter.tryAcquire('eu-west-1', 'CreatePool')).toBe(true);
    t += 999;
    expect(limiter.tryAcquire('us-east-1', 'CreatePool')).toBe(false);
    t += 1;
    expect(limiter.tryAcquire('us-east-1', 'CreatePool')).toBe(true);
    t += 60_000;
    expect(burst('CreatePool', 3)).toBe(1);
  });
});

describe('faults', () => {
  test('throttleEveryNth fails every Nth call with ThrottlingException before it does anything', async () => {
    env.emulator.configure({ faults: { throttleEveryNth: 3 } });
    const outcomes: string[] = [];
    for (let i = 1; i <= 6; i++) {
      outcomes.push(await create(`s${i}`).then(() => 'ok', (e: Error) => e.name));
    }
    expect(outcomes).toEqual(['ok', 'ok', 'ThrottlingException', 'ok', 'ok', 'ThrottlingException']);
    env.emulator.configure({ faults: {} });
    const { ConfigurationSets } = await describeAll();
    expect(ConfigurationSets!.map(c => c.ConfigurationSetName)).toEqual(['s1', 's2', 's4', 's5']);
  });

  test('internalErrorEveryNth fails every Nth call with a 500 InternalServerException', async () => {
    env.emulator.configure({ faults: { internalErrorEveryNth: 2 } });
    await create('a');
    const error = await errorOf(create('b'));
    expect(error).toBeInstanceOf(InternalServerException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 500 });
    expect(typeof error.RequestId).toBe('string');
  });

  test('the SDK retries an injected 500 and the call then succeeds, once', async () => {
    env.emulator.configure({ faults: { internalErrorEveryNth: 2 } });
    const retrying = clientFor(env.emulator.endpoint, { maxAttempts: 3 });
    try {
      await retrying.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'a' }));
      const created = await retrying.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'b', ClientToken: 'b-token' }));
      expect(created.$metadata.attempts).toBe(2);
      expect(env.emulator.calls().map(c => c.errorName ?? 'ok')).toEqual(['ok', 'InternalServerException', 'ok']);
    } finally {
      retrying.destroy();
    }
  });

  test('latencyMs delays every response, and the recorded duration includes it', async () => {
    env.emulator.configure({ faults: { latencyMs: 150 } });
    const started = performance.now();
    await describeAll();
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(env.emulator.calls()[0].durationMs).toBeGreaterThanOrEqual(145);
  });

  test('configure() restarts the count, and when both rules pick a call it is throttled', () => {
    const faults = new FaultInjector({ throttleEveryNth: 2, internalErrorEveryNth: 2 });
    expect([faults.next(), faults.next()]).toEqual([undefined, 'throttle']);
    faults.next();
    faults.configure({ internalErrorEveryNth: 2 });
    expect([faults.next(), faults.next()]).toEqual([undefined, 'internal-error']);
  });

  test('internalErrorRate fails that share of calls at random, the same calls for the same seed', () => {
    const draw = (seed: number) => {
      const faults = new FaultInjector({ internalErrorRate: 0.05, seed });
      return Array.from({ length: 2000 }, () => faults.next());
    };
    const failures = draw(7).filter(fault => fault === 'internal-error').length;
    expect(failures).toBeGreaterThan(60);
    expect(failures).toBeLessThan(140);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(8)).not.toEqual(draw(7));
  });

  test('latencyJitterMs adds a random delay below it, the same delays for the same seed', () => {
    const delays = (seed: number) => {
      const faults = new FaultInjector({ latencyMs: 10, latencyJitterMs: 50, seed });
      return Array.from({ length: 200 }, () => faults.nextLatencyMs());
    };
    const drawn = delays(3);
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...drawn)).toBeLessThan(60);
    expect(new Set(drawn).size).toBeGreaterThan(20);
    expect(delays(3)).toEqual(drawn);
  });
});
