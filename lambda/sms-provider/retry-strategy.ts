import type { PinpointSMSVoiceV2ClientConfig } from '@aws-sdk/client-pinpoint-sms-voice-v2';

type RetryStrategyV2 = Extract<NonNullable<PinpointSMSVoiceV2ClientConfig['retryStrategy']>, { recordSuccess: unknown }>;
type RetryToken = Awaited<ReturnType<RetryStrategyV2['acquireInitialRetryToken']>>;
type RetryErrorInfo = Parameters<RetryStrategyV2['refreshRetryTokenForRetry']>[1];

export interface QuotaRetryOptions {
  /** How long one call may be retried, from its first attempt. */
  readonly budgetMs: number;
  /**
   * The first wait after a throttle is at most this long; it grows to twice this. Half the quota's
   * interval of one second: the sooner a contender tries again after the quota frees a request,
   * the less of the quota goes unused (a window of a whole interval left about a fifth of it idle
   * in the 50-resource benchmark).
   * @default 500
   */
  readonly throttleWindowMs?: number;
  /** The first backoff window after a 5xx or a network error, doubled on each. @default 100 */
  readonly transientBaseMs?: number;
  /** @default Math.random */
  readonly random?: () => number;
}

/** Retries after a 5xx or a network error; the fifth such failure in a row is thrown. */
export const MAX_TRANSIENT_RETRIES = 4;
/** A throttle's wait window grows by this factor on each throttle in a row... */
const THROTTLE_WINDOW_GROWTH = 1.15;
/** ...up to this many first windows. */
const MAX_THROTTLE_WINDOWS = 2;
const MAX_TRANSIENT_WAIT_MS = 5_000;

/**
 * How the handler's client retries, for quotas that concurrent invocations share (CloudFormation
 * starts independent resources at once, each through its own Lambda invocation, and the account's
 * quota of about one request a second per action is theirs together):
 * - a throttled call waits a random time (full jitter) within a window of half a quota interval,
 *   growing a little with each throttle in a row up to a whole one, so that the contenders of an
 *   action spread over the quota's next free slots (the exponential backoff of the SDK's own
 *   strategies leaves the quota idle while everyone waits: about twice the time a quota allows);
 * - a 5xx or network error backs off exponentially, with full jitter, at most MAX_TRANSIENT_RETRIES times;
 * - a client error is never retried;
 * and no call is retried past the budget, from its first attempt: then its last error is thrown.
 */
export class QuotaRetryStrategy implements RetryStrategyV2 {
  private readonly throttleWindowMs: number;
  private readonly transientBaseMs: number;
  private readonly random: () => number;

  constructor(private readonly options: QuotaRetryOptions) {
    this.throttleWindowMs = options.throttleWindowMs ?? 500;
    this.transientBaseMs = options.transientBaseMs ?? 100;
    this.random = options.random ?? Math.random;
  }

  async acquireInitialRetryToken(): Promise<RetryToken> {
    const now = Date.now();
    return token({ startedAt: now, retryAt: now, throttles: 0, transients: 0, delayMs: 0 });
  }

  async refreshRetryTokenForRetry(previous: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const state = (previous as QuotaRetryToken).state;
    const next = this.nextState(state, errorInfo.errorType);
    const retryAt = Math.max(Date.now(), state.retryAt) + (next?.delayMs ?? 0);
    if (next === undefined || retryAt - state.startedAt > this.options.budgetMs) {
      throw new Error(`no retry after a ${errorInfo.errorType} error`);
    }
    return token({ ...next, retryAt });
  }

  recordSuccess(): void {}

  private nextState(state: RetryState, errorType: RetryErrorInfo['errorType']): RetryState | undefined {
    switch (errorType) {
      case 'THROTTLING': {
        const window = this.throttleWindowMs * Math.min(MAX_THROTTLE_WINDOWS, THROTTLE_WINDOW_GROWTH ** state.throttles);
        // A throttle is an answer from a service that is up: it ends a run of 5xx errors.
        return { ...state, throttles: state.throttles + 1, transients: 0, delayMs: this.random() * window };
      }
      case 'TRANSIENT':
      case 'SERVER_ERROR': {
        if (state.transients >= MAX_TRANSIENT_RETRIES) return undefined;
        const window = Math.min(MAX_TRANSIENT_WAIT_MS, this.transientBaseMs * 2 ** state.transients);
        return { ...state, transients: state.transients + 1, delayMs: this.random() * window };
      }
      default:
        return undefined;
    }
  }
}

interface RetryState {
  readonly startedAt: number;
  /** When the latest attempt was due. */
  readonly retryAt: number;
  readonly throttles: number;
  readonly transients: number;
  readonly delayMs: number;
}

interface QuotaRetryToken extends RetryToken {
  readonly state: RetryState;
}

function token(state: RetryState): QuotaRetryToken {
  return { state, getRetryCount: () => state.throttles + state.transients, getRetryDelay: () => state.delayMs };
}
