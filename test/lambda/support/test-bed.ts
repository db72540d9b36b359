import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { ProviderResult, runProvider, UserHandlers } from './provider';
import { createSmsClient, SmsClient } from '../../../lambda/sms-provider/client';
import { dispatch } from '../../../lambda/sms-provider/dispatch';
import { OnEventRequest } from '../../../lambda/sms-provider/events';
import { LogDetails, Logger } from '../../../lambda/sms-provider/log';
import { QuotaRetryStrategy } from '../../../lambda/sms-provider/retry-strategy';
import { DEFAULT_LIMITS, MUTATING, RecordedCall, RunningEmulator, startEmulator } from '../../emulator';

export const DUMMY_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' };

export interface LogRecord extends LogDetails {
  readonly decision: string;
}

/**
 * The handler's own client and retry strategy pointed at the emulator, with waits of a few
 * milliseconds instead of the quota's second, within `retryBudgetMs` (0: no retry).
 */
export function handlerClient(endpoint: string, retryBudgetMs = 5_000): PinpointSMSVoiceV2Client {
  return createSmsClient({
    endpoint,
    region: 'us-east-1',
    credentials: DUMMY_CREDENTIALS,
    retryStrategy: new QuotaRetryStrategy({ budgetMs: retryBudgetMs, throttleWindowMs: 4, transientBaseMs: 2 }),
  });
}

/** The handler as the Provider framework invokes it, with a client for the emulator and logs kept in memory. */
export function handlersFor(client: SmsClient, logs: LogRecord[] = [], deadline?: number): UserHandlers {
  const log: Logger = (decision, details) => logs.push({ decision, ...details });
  return {
    onEvent: event => dispatch(event, client, { log }).onEvent(),
    isComplete: event => dispatch(event, client, { log, deadline }).isComplete(),
  };
}

/** The handler with a fresh deadline for every isComplete: `budgetMs` from when it starts, as Lambda's remaining time gives. */
export function handlersWithBudget(client: SmsClient, budgetMs: number, logs: LogRecord[] = []): UserHandlers {
  const log: Logger = (decision, details) => logs.push({ decision, ...details });
  return {
    onEvent: event => dispatch(event, client, { log }).onEvent(),
    isComplete: event => dispatch(event, client, { log, deadline: Date.now() + budgetMs }).isComplete(),
  };
}

export interface TestBed {
  readonly emulator: RunningEmulator;
  /** The handler's client. */
  readonly client: PinpointSMSVoiceV2Client;
  readonly handlers: UserHandlers;
  readonly logs: LogRecord[];
  /** The event through the Provider framework, as CloudFormation would see it. */
  run(event: OnEventRequest, maxPolls?: number): Promise<ProviderResult>;
  /** A position in the emulator's call log. */
  mark(): number;
  callsSince(mark: number): RecordedCall[];
  /** The actions of the calls since `mark` that change state, failed ones included. */
  mutatingCallsSince(mark: number): string[];
}

/**
 * One emulator for the test file, reset before each test; a fresh handler client per test, so
 * the adaptive rate limiter starts over.
 */
export function useTestBed(): () => TestBed {
  let emulator: RunningEmulator;
  let bed: TestBed;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator.stop();
  });
  beforeEach(() => {
    emulator.reset();
    emulator.configure({ faults: {}, quotas: 'off', statusDelays: {}, limits: DEFAULT_LIMITS });
    const client = handlerClient(emulator.endpoint);
    const logs: LogRecord[] = [];
    const handlers = handlersFor(client, logs);
    bed = {
      emulator,
      client,
      handlers,
      logs,
      run: (event, maxPolls) => runProvider(handlers, event, maxPolls),
      mark: () => emulator.calls().length,
      callsSince: mark => emulator.calls().slice(mark),
      mutatingCallsSince: mark => emulator.calls().slice(mark).map(call => call.action).filter(MUTATING),
    };
  });
  afterEach(() => bed.client.destroy());
  return () => bed;
}
