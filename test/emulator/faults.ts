import type { FaultOptions } from './options';
import { seededRandom } from './seeded-random';

export type Fault = 'throttle' | 'internal-error';

/**
 * Decides which calls fail on purpose, and how long each response waits. Calls are counted over the
 * whole emulator from the start, the last `reset()` or the last `configure()`, and the random draws
 * start again from the seed then; when several rules pick the same call, it is throttled.
 */
export class FaultInjector {
  private count = 0;
  private random: () => number;

  constructor(private options: FaultOptions) {
    this.random = seededRandom(options.seed ?? 1);
  }

  /** The delay of the next response: `latencyMs`, plus a random part of up to `latencyJitterMs`. */
  nextLatencyMs(): number {
    const jitter = this.options.latencyJitterMs ?? 0;
    return (this.options.latencyMs ?? 0) + (jitter > 0 ? Math.floor(this.random() * jitter) : 0);
  }

  configure(options: FaultOptions): void {
    this.options = options;
    this.reset();
  }

  reset(): void {
    this.count = 0;
    this.random = seededRandom(this.options.seed ?? 1);
  }

  /** Counts one call and tells whether it must fail. */
  next(): Fault | undefined {
    this.count += 1;
    if (isNth(this.count, this.options.throttleEveryNth)) return 'throttle';
    if (isNth(this.count, this.options.internalErrorEveryNth)) return 'internal-error';
    const rate = this.options.internalErrorRate ?? 0;
    if (rate > 0 && this.random() < rate) return 'internal-error';
    return undefined;
  }
}

function isNth(count: number, every: number | undefined): boolean {
  return every !== undefined && every > 0 && count % every === 0;
}
