import type { Action, Call } from '../commands';

/** One API call a planner decided on; the handler makes it. */
export type PlannedCall = Call;
export type PlannedAction = Action;

/** A planned call, and how many items of a change are done once it is made. */
export interface PlannedStep {
  readonly call: PlannedCall;
  readonly done: number;
}
