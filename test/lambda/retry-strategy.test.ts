import { DescribeConfigurationSetsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { DUMMY_CREDENTIALS } from './support/test-bed';
import { createSmsClient, IS_COMPLETE_RETRY_BUDGET_MS, ON_EVENT_RETRY_BUDGET_MS } from '../../lambda/sms-provider/client';
import { MAX_TRANSIENT_RETRIES, QuotaRetryStrategy } from '../../lambda/sms-provider/retry-strategy';
import { RunningEmulator, startEmulator } from '../emulator';

type ErrorType = 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR';

/** The waits the strategy gives for `errors` in a row, until it refuses a retry (undefined). */
async function waits(strategy: QuotaRetryStrategy, errors: readonly ErrorType[]): Promise<(number | undefined)[]> {
  let token = await strategy.acquireInitialRetryToken();
  const delays: (number | undefined)[] = [];
  for (const errorType of errors) {
    try {
      token = await strategy.refreshRetryTokenForRetry(token, { errorType });
      delays.push(token.getRetryDelay());
    } catch {
      delays.push(undefined);
      break;
    }
  }
  return delays;
}

describe('QuotaRetryStrategy', () => {
  const always = (value: number) => () => value;

  test('a throttled call waits within half a quota interval, a little longer with each throttle in a row, at most a whole one', async () => {
    const strategy = new QuotaRetryStrategy({ budgetMs: 60_000, random: always(1) });
    const delays = await waits(strategy, Array(8).fill('THROTTLING'));
    expect(delays[0]).toBe(500);
    expect(delays[1]).toBeCloseTo(575);
    expect(delays.every((delay, i) => i === 0 || delay! >= delays[i - 1]!)).toBe(true);
    expect(delays[7]).toBe(1_000);
  });

  test('the wait is a random share of the window (full jitter)', async () => {
    const strategy = new QuotaRetryStrategy({ budgetMs: 60_000, throttleWindowMs: 1_000, random: always(0.25) });
    expect(await waits(strategy, ['THROTTLING'])).toEqual([250]);
  });

  test('5xx and network errors back off exponentially, and the last of MAX_TRANSIENT_RETRIES is thrown', async () => {
    const strategy = new QuotaRetryStrategy({ budgetMs: 60_000, transientBaseMs: 100, random: always(1) });
    const delays = await waits(strategy, Array(MAX_TRANSIENT_RETRIES + 1).fill('SERVER_ERROR'));
    expect(delays).toEqual([100, 200, 400, 800, undefined]);
  });

  test('only 5xx errors in a row count: a throttle between them starts the count again', async () => {
    const strategy = new QuotaRetryStrategy({ budgetMs: 600_000, transientBaseMs: 100, throttleWindowMs: 10, random: always(1) });
    const run = Array(MAX_TRANSIENT_RETRIES).fill('SERVER_ERROR');
    const delays = await waits(strategy, [...run, 'THROTTLING', ...run, 'THROTTLING', ...run]);
    expect(delays.every(delay => delay !== undefined)).toBe(true);
    expect(delays).toHaveLength(3 * MAX_TRANSIENT_RETRIES + 2);
  });

  test('a client error is never retried', async () => {
    expect(await waits(new QuotaRetryStrategy({ budgetMs: 60_000 }), ['CLIENT_ERROR'])).toEqual([undefined]);
  });

  test('no retry goes past the budget, however many throttles', async () => {
    const strategy = new QuotaRetryStrategy({ budgetMs: 1_500, throttleWindowMs: 1_000, random: always(1) });
    expect(await waits(strategy, ['THROTTLING', 'THROTTLING'])).toEqual([1_000, undefined]);
  });

  test('the handler\'s clients give onEvent a longer budget than isComplete, which keeps back more than its budget', async () => {
    const client = createSmsClient({ region: 'us-east-1' });
    expect(await client.config.retryStrategy()).toBeInstanceOf(QuotaRetryStrategy);
    expect(IS_COMPLETE_RETRY_BUDGET_MS).toBeLessThan(ON_EVENT_RETRY_BUDGET_MS);
    client.destroy();
  });

  describe('against the emulator', () => {
    let emulator: RunningEmulator;
    beforeAll(async () => {
      emulator = await startEmulator();
    });
    afterAll(() => emulator.stop());

    test('concurrent callers of an action limited to 5 requests a second all get through, throttled and retried', async () => {
      emulator.configure({ quotas: { DescribeConfigurationSets: 5 } });
      const clients = Array.from({ length: 8 }, () => createSmsClient({
        endpoint: emulator.endpoint,
        region: 'us-east-1',
        credentials: DUMMY_CREDENTIALS,
        retryStrategy: new QuotaRetryStrategy({ budgetMs: 10_000, throttleWindowMs: 200 }),
      }));
      const mark = emulator.calls().length;

      await Promise.all(clients.map(client => client.send(new DescribeConfigurationSetsCommand({}))));

      const calls = emulator.calls().slice(mark);
      expect(calls.filter(call => call.ok)).toHaveLength(8);
      expect(calls.some(call => call.errorName === 'ThrottlingException')).toBe(true);
      clients.forEach(client => client.destroy());
      emulator.configure({ quotas: 'off' });
    });
  });
});
