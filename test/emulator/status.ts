import type { Clock, ResourceKind } from './options';

/** A resource moving from a transitional status (CREATING) to a settled one (ACTIVE). */
export interface Transition {
  readonly from: string;
  readonly to: string;
  /** When `to` is reached, in ms since the epoch. */
  readonly endsAt: number;
}

/**
 * The status a resource reaches when it no longer exists: RegionState.sweep() removes it.
 * A pool goes DELETING → GONE, a released phone number DELETED → GONE.
 */
export const GONE = 'GONE';

/**
 * Times the transitional statuses of resources: a resource of kind K stays in its transitional
 * status for the configured delay of K (0 by default: it settles at once).
 *
 * Changing the delays affects transitions started afterwards only.
 */
export class StatusTimer {
  constructor(
    private delays: { readonly [kind in ResourceKind]?: number },
    private readonly clock: Clock,
  ) {}

  configure(delays: { readonly [kind in ResourceKind]?: number }): void {
    this.delays = delays;
  }

  start(kind: ResourceKind, from: string, to: string): Transition {
    return { from, to, endsAt: this.clock() + (this.delays[kind] ?? 0) };
  }

  /** A status that stays until something else changes it. */
  hold(status: string): Transition {
    return { from: status, to: status, endsAt: Infinity };
  }

  statusOf(transition: Transition): string {
    return this.settled(transition) ? transition.to : transition.from;
  }

  settled(transition: Transition): boolean {
    return this.clock() >= transition.endsAt;
  }
}
