import type { Action, Call } from '../commands';

/** One API call a planner decided on; the handler makes it. */
export type PlannedCall = Call;
export type PlannedAction = Action;
