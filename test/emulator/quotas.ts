import type { Clock, QuotaSetting } from './options';

/** The documented default request rates (requests/second): 1 for every action, except these. */
const REALISTIC_EXCEPTIONS: { readonly [action: string]: number } = {
  DeleteOptedOutNumber: 10,
};
const REALISTIC_DEFAULT = 1;

/** The requests/second allowed for an action, or undefined when it is not limited. */
export function rateOf(setting: QuotaSetting, action: string): number | undefined {
  if (setting === 'off') return undefined;
  if (setting === 'realistic') return REALISTIC_EXCEPTIONS[action] ?? REALISTIC_DEFAULT;
  return setting[action];
}

interface Bucket {
  tokens: number;
  refilledAt: number;
}

/**
 * A token bucket per key (region and action): it holds up to `rate` tokens (at least 1), refills
 * at `rate` tokens a second, and each accepted request takes one. A rejected request takes none.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private setting: QuotaSetting, private readonly clock: Clock) {}

  configure(setting: QuotaSetting): void {
    this.setting = setting;
    this.buckets.clear();
  }

  reset(): void {
    this.buckets.clear();
  }

  tryAcquire(region: string, action: string): boolean {
    const rate = rateOf(this.setting, action);
    if (rate === undefined) return true;
    if (rate <= 0) return false;
    const capacity = Math.max(1, rate);
    const now = this.clock();
    const key = `${region}/${action}`;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, refilledAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.refilledAt) / 1000 * rate);
    bucket.refilledAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
