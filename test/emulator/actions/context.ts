import type { Scope } from '../arns';
import type { ResourceLimits } from '../options';
import type { RegionState } from '../state';
import type { StatusTimer } from '../status';

/** What an action handler may use: the caller's region state, the account's limits and the time. */
export interface ActionContext {
  readonly scope: Scope;
  readonly state: RegionState;
  readonly limits: ResourceLimits;
  readonly statuses: StatusTimer;
  /** ms since the epoch */
  now(): number;
}

/**
 * Runs one action. The input has passed the model's validation, so it has the SDK input type's
 * shape; the result is the wire form of the SDK output type.
 */
export type ActionHandler<I = never, O = unknown> = (input: I, context: ActionContext) => O;
