import { DEFAULT_LIMITS, RunningEmulator, startEmulator } from '../../emulator';
import { DEMO_ACCOUNT_LIMITS } from '../demo-account';
import { LocalStack, LocalStackOptions } from '../local-stack';
import { OutputStream } from '../progress';
import { smsClient } from '../sms-inventory';

/** Polls every few milliseconds: the emulator is never slow unless a test makes it so. */
export const TEST_POLL_INTERVAL_MS = 10;

/** The handler does not pace its calls: the emulator's quotas are off. */
export const TEST_PACING_INTERVAL_MS = 0;

/** An output stream that keeps what is written, for tests to read. */
export class CapturedOutput implements OutputStream {
  private readonly chunks: string[] = [];

  write(text: string): void {
    this.chunks.push(text);
  }

  get text(): string {
    return this.chunks.join('');
  }

  get lines(): string[] {
    return this.text.split('\n').filter(line => line.length > 0);
  }
}

export interface EmulatorBed {
  readonly emulator: RunningEmulator;
  readonly client: ReturnType<typeof smsClient>;
  readonly output: CapturedOutput;
  /** A stack on the emulator, with fast polling, no pacing and its output captured. */
  stack(stackName: string, options?: Partial<LocalStackOptions>): LocalStack;
}

/** One emulator for the test file, reset before each test, with an SDK client for reading back. */
export function useEmulator(): () => EmulatorBed {
  let emulator: RunningEmulator;
  let bed: EmulatorBed;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator.stop();
  });
  beforeEach(() => {
    emulator.reset();
    emulator.configure({ faults: {}, quotas: 'off', limits: { ...DEFAULT_LIMITS, ...DEMO_ACCOUNT_LIMITS } });
    const output = new CapturedOutput();
    bed = {
      emulator,
      client: smsClient(emulator.endpoint),
      output,
      stack: (stackName, options = {}) => new LocalStack({
        stackName, sms: emulator, pollIntervalMs: TEST_POLL_INTERVAL_MS, pacingIntervalMs: TEST_PACING_INTERVAL_MS, output, ...options,
      }),
    };
  });
  afterEach(() => bed.client.destroy());
  return () => bed;
}
