import type { FaultOptions } from './options';

export type Fault = 'throttle' | 'internal-error';

/**
 * Decides which calls fail on purpose. Calls are counted over the whole emulator from the start,
 * the last `reset()` or the last `configure()`; when both rules pick the same call, it is throttled.
 */
export class FaultInjector {
  private count = 0;

  constructor(private options: FaultOptions) {}

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  configure(options: FaultOptions): void {
    this.options = options;
    this.count = 0;
  }

  reset(): void {
    this.count = 0;
  }

  /** Counts one call and tells whether it must fail. */
  next(): Fault | undefined {
    this.count += 1;
    if (isNth(this.count, this.options.throttleEveryNth)) return 'throttle';
    if (isNth(this.count, this.options.internalErrorEveryNth)) return 'internal-error';
    return undefined;
  }
}

function isNth(count: number, every: number | undefined): boolean {
  return every !== undefined && every > 0 && count % every === 0;
}
