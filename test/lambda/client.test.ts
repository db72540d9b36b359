import { createSmsClient, IS_COMPLETE_MAX_ATTEMPTS, ON_EVENT_MAX_ATTEMPTS } from '../../lambda/sms-provider/client';

describe('createSmsClient', () => {
  test('retries adaptively, with more attempts than the SDK default of 3', async () => {
    const client = createSmsClient({ region: 'us-east-1' });
    const strategy = await client.config.retryStrategy() as { mode?: string };
    expect(strategy.mode).toBe('adaptive');
    expect(ON_EVENT_MAX_ATTEMPTS).toBeGreaterThan(3);
    expect(await client.config.maxAttempts()).toBe(ON_EVENT_MAX_ATTEMPTS);
    client.destroy();
  });

  test('gives isComplete fewer attempts than onEvent, so its calls stay short', async () => {
    const client = createSmsClient({ region: 'us-east-1', maxAttempts: IS_COMPLETE_MAX_ATTEMPTS });
    expect(IS_COMPLETE_MAX_ATTEMPTS).toBeLessThan(ON_EVENT_MAX_ATTEMPTS);
    expect(await client.config.maxAttempts()).toBe(IS_COMPLETE_MAX_ATTEMPTS);
    expect((await client.config.retryStrategy() as { mode?: string }).mode).toBe('adaptive');
    client.destroy();
  });
});
