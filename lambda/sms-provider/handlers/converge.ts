import { IsCompleteResponse, ResponseData } from '../events';
import { execute } from '../execute';
import { HandlerContext } from './resource-handler';
import { PlannedCall } from '../reconcile/calls';

/** How isComplete brings one resource to its declared state. */
export interface Convergence<A> {
  /** What limits the size of the resource that one poll can read, for the failure when a read takes a whole poll. */
  readonly readLimit?: string;
  /**
   * Why the calls' own results do not show the declared state, so that a second read must confirm
   * it (a status the calls move on, attributes the calls change); undefined when a call that
   * succeeded has done what the plan meant, and isComplete reads once.
   */
  readonly readAfterWrite?: string;
  /** What the service has; throws a not-found error when the resource is gone. */
  read(): Promise<A>;
  /** Why planning must wait (a transitional status such as CREATING), or undefined. */
  waitFor?(actual: A): string | undefined;
  /** The calls from `actual` to the declared state; none when they are equal. */
  plan(actual: A): PlannedCall[];
  /** The attributes, once converged. */
  data(actual: A): ResponseData;
  /** After a poll that ran out of time, with the planned calls it made: a chance to record how far it got. */
  outOfTime?(actual: A, made: readonly PlannedCall[]): Promise<void>;
  /** Turns a failed call into a clearer failure (or undefined to keep the service's error). */
  onFailure?(call: PlannedCall, error: unknown, actual: A): Error | undefined;
  /**
   * Why a failed call may be left for a later deployment (a registration-gated phone number that
   * is not active yet), or undefined to fail; then the resource is complete as it is.
   */
  deferral?(actual: A, error: unknown): string | undefined;
}

/**
 * One poll of isComplete: read, wait out a transitional status, and make the planned calls until
 * the deadline. Complete once every planned call has succeeded: the read showed the rest. Where
 * the calls' results do not show the declared state (`readAfterWrite`), a second read must plan no
 * call at all. Out of time, it answers "not complete", and the next poll goes on from what the
 * service then has: work is batched across polls.
 */
export async function converge<A>(convergence: Convergence<A>, context: HandlerContext): Promise<IsCompleteResponse> {
  const { client, log, deadline, rolePropagationMs } = context;
  const waiting = (actual: A) => {
    const reason = convergence.waitFor?.(actual);
    if (reason) log('not complete yet: waiting', { reason });
    return reason !== undefined;
  };

  const inTime = deadline === undefined || Date.now() < deadline;
  let actual = await convergence.read();
  if (waiting(actual)) return { IsComplete: false };
  let calls = convergence.plan(actual);
  if (calls.length > 0 && inTime && deadline !== undefined && Date.now() >= deadline) {
    // Every poll would read as long again, and never make a call: fail now, instead of at the provider's timeout.
    throw new Error(`isComplete used up its time for one poll reading the resource, and could make none of its ${calls.length} planned`
      + ` calls: the resource is too large to reconcile${convergence.readLimit ? ` (${convergence.readLimit})` : ''}`);
  }
  if (calls.length > 0) {
    log('plan', { calls });
    const planned = actual;
    const onFailure = (call: PlannedCall, error: unknown) => convergence.onFailure?.(call, error, planned);
    const made: PlannedCall[] = [];
    try {
      if (!await execute(client, calls, log, { deadline, rolePropagationMs, onFailure, onMade: call => made.push(call) })) {
        log('not complete yet: out of time for this poll');
        await convergence.outOfTime?.(planned, made);
        return { IsComplete: false };
      }
    } catch (error) {
      const deferral = convergence.deferral?.(actual, error);
      if (deferral === undefined) throw error;
      log('complete, with calls left for a later deployment', { reason: deferral, error: String(error) });
      return { IsComplete: true, Data: convergence.data(actual) };
    }
    if (convergence.readAfterWrite === undefined) return { IsComplete: true, Data: convergence.data(actual) };
    log('reading again', { reason: convergence.readAfterWrite });
    actual = await convergence.read();
    if (waiting(actual)) return { IsComplete: false };
    calls = convergence.plan(actual);
  }
  if (calls.length > 0) {
    log('not complete yet: a read does not show every declared property', { remaining: calls });
    return { IsComplete: false };
  }
  return { IsComplete: true, Data: convergence.data(actual) };
}
