import { Call } from '../commands';
import { isNotFound } from '../errors';
import { IsCompleteResponse, OnEventRequest, OnEventResponse } from '../events';
import { HandlerContext } from './resource-handler';

/** What stands between a resource and its removal. */
export type RemovalState =
  /** Gone already (or in a terminal status such as a released number's DELETED). */
  | { readonly state: 'gone' }
  | { readonly state: 'ready' }
  /** On its way out (DELETING): wait, with no call. */
  | { readonly state: 'waiting'; readonly reason: string }
  /** Not removable yet (in a pool, still CREATING): retried for a bounded time, then a failure with `reason`. */
  | { readonly state: 'blocked'; readonly reason: string }
  /** Never removed by the handler (deletion protection, end-user opt-outs): fails at once. */
  | { readonly state: 'refused'; readonly error: Error }
  /** Not the stack's to remove (changed outside the stack): left as it is, and the Delete succeeds; `reason` goes in the log. */
  | { readonly state: 'kept'; readonly reason: string };

/**
 * How a handler removes its resource. The handler base adds what every type shares: what
 * `describe` finds counts only when its ARN is the physical id (a resource of the same name with
 * another ARN is not this one), and deletion protection refuses the removal.
 */
export interface ResourceRemoval<I extends object = object> {
  /** The call that removes it; its response's Status DELETING means on its way out, anything else gone. */
  readonly call: Call;
  /** What the service has of the resource the physical id names; undefined when it has none. */
  describe(): Promise<I | undefined>;
  /** What else stands in the way of removing what `describe` found. @default ready */
  inspect?(info: I): RemovalState | Promise<RemovalState>;
  /** Why a failed removal call means "not yet" (a number still leaving its pool), or undefined. */
  blockedBy?(error: unknown): string | undefined;
}

/** How one resource is removed. */
export interface Removal {
  inspect(): Promise<RemovalState>;
  /** Makes the removal call: true when the resource is gone, false when it is on its way out. */
  remove(): Promise<boolean>;
  /** Why a failed removal call means "not yet" (a number still leaving its pool), or undefined. */
  blockedBy?(error: unknown): string | undefined;
}

/** How long a blocked removal is retried before it fails. */
export const REMOVAL_RETRY_MS = 10 * 60_000;

/**
 * How long one poll goes on reading a resource on its way out (DELETING, DISASSOCIATING) before it
 * leaves the rest to the next poll: about the provider's query interval, which a removal that
 * finishes in seconds would otherwise wait in full.
 */
export const LEAVING_WAIT_MS = 5_000;
/**
 * Between those reads, at the least: the client's pacing spaces them by the read's quota (about one
 * request a second); this keeps an unpaced client (a local emulator's) out of a busy loop.
 */
const LEAVING_READ_GAP_MS = 100;

/** The Data key of the time (epoch ms) onEvent started a removal that isComplete goes on with. */
export const REMOVAL_STARTED_AT = 'RemovalStartedAt';

/**
 * onEvent of a Delete makes no call: isComplete, which the framework invokes at once, makes them,
 * and the same read from both, a moment apart, would meet the action's quota of about one request
 * a second. It records when the removal started, from which isComplete bounds its retries.
 */
export function startRemoval(event: OnEventRequest, retained: boolean): OnEventResponse {
  const PhysicalResourceId = event.PhysicalResourceId;
  return retained ? { PhysicalResourceId } : { PhysicalResourceId, Data: { [REMOVAL_STARTED_AT]: String(Date.now()) } };
}

/**
 * isComplete of a Delete: the removal's checks and call, complete once the resource is gone. A
 * `retained` resource (removal policy RETAIN) gets no call at all. A removal blocked for longer
 * than REMOVAL_RETRY_MS since onEvent fails.
 */
export async function continueRemoval(event: OnEventRequest & { readonly Data?: { readonly [key: string]: string } },
  context: HandlerContext, removal: Removal, retained: boolean): Promise<IsCompleteResponse> {
  if (keep(retained, context)) return { IsComplete: true };
  const waitUntil = Math.min(Date.now() + LEAVING_WAIT_MS, context.deadline ?? Infinity);
  let step = await removeOnce(removal, context);
  while (step.leaving && Date.now() + LEAVING_READ_GAP_MS < waitUntil) {
    await new Promise(resolve => setTimeout(resolve, LEAVING_READ_GAP_MS));
    step = await removeOnce(removal, context);
  }
  if (step.done) return { IsComplete: true };
  if (step.blocked !== undefined) {
    const startedAt = Number(event.Data?.[REMOVAL_STARTED_AT]);
    const waitedMs = Date.now() - startedAt;
    if (!(waitedMs < REMOVAL_RETRY_MS)) {
      throw new Error(`${step.blocked}; gave up after ${Math.round(REMOVAL_RETRY_MS / 60_000)} minutes of retries`);
    }
  }
  return { IsComplete: false };
}

function keep(retained: boolean, context: HandlerContext): boolean {
  if (retained) context.log('retained: the removal policy keeps the resource, so Delete makes no call');
  return retained;
}

interface Step {
  readonly done: boolean;
  readonly blocked?: string;
  /** On its way out: the next read may find it gone. */
  readonly leaving?: boolean;
}

async function removeOnce(removal: Removal, context: HandlerContext): Promise<Step> {
  const { log } = context;
  const state = await removal.inspect();
  switch (state.state) {
    case 'gone':
      log('nothing to delete: already gone');
      return { done: true };
    case 'refused':
      throw state.error;
    case 'kept':
      log('kept: Delete leaves it as it is', { reason: state.reason });
      return { done: true };
    case 'waiting':
      log('not gone yet: waiting', { reason: state.reason });
      return { done: false, leaving: true };
    case 'blocked':
      log('not removable yet: retrying', { reason: state.reason });
      return { done: false, blocked: state.reason };
    case 'ready':
      try {
        if (await removal.remove()) {
          log('removed');
          return { done: true };
        }
      } catch (error) {
        if (isNotFound(error)) return { done: true };
        const blocked = removal.blockedBy?.(error);
        if (blocked === undefined) throw error;
        log('not removable yet: retrying', { reason: blocked });
        return { done: false, blocked };
      }
      log('removal requested: on its way out');
      return { done: false, leaving: true };
  }
}
