import { PlannedStep } from './calls';

/** An entry of an opt-out list, as the service reports it. */
export interface OptedOutEntry {
  /** True when the recipient opted out (by replying STOP): such an entry is never removed. */
  readonly endUserOptedOut: boolean;
  /** When the number was opted out. */
  readonly optedOutAt?: Date;
}

/** E.164 number → entry. */
export type OptedOutEntries = ReadonlyMap<string, OptedOutEntry>;

/**
 * What an update changes on the list, each in a fixed order, so that every poll of the same event
 * sees the same work: first the additions (declared now and not before), then the removals
 * (declared before and not now). Its items are numbered 0 to `additions.length + removals.length`.
 */
export interface OptedOutNumberChange {
  readonly additions: readonly string[];
  readonly removals: readonly string[];
}

/**
 * The change from what the previous properties declared to what is declared now. With nothing
 * declared before (a create, a replacement, old properties that do not decode), every declared
 * number is an addition and nothing is removed. Numbers declared both times are not looked at:
 * the change is proportional to what changed, never to the size of the list.
 */
export function optedOutNumberChange(desired: readonly string[] = [], declaredBefore: readonly string[] = []): OptedOutNumberChange {
  const before = new Set(declaredBefore);
  const now = new Set(desired);
  return {
    additions: [...now].filter(number => !before.has(number)).sort(),
    removals: [...before].filter(number => !now.has(number)).sort(),
  };
}

/** The number of items of a change. */
export function changeSize(change: OptedOutNumberChange): number {
  return change.additions.length + change.removals.length;
}

/** The removals among the items from `done` on: the numbers to look up before removing any. */
export function removalsFrom(change: OptedOutNumberChange, done: number): readonly string[] {
  return change.removals.slice(Math.max(0, done - change.additions.length));
}

/**
 * The calls for the items of the change from `done` on: a put for each addition (PutOptedOutNumber
 * is idempotent, and keeps an end-user opt-out one), then a delete for each removal that `found`
 * shows on the list and not opted out by its recipient. Adding comes first: a deployment that runs
 * out of time leaves more numbers opted out, never fewer. A number the stack never declared is
 * never in the change, so it is left alone.
 */
export function planOptedOutNumbers(optOutListName: string, change: OptedOutNumberChange, done: number, found: OptedOutEntries): PlannedStep[] {
  const OptOutListName = optOutListName;
  const { additions, removals } = change;
  const steps: PlannedStep[] = [];
  for (let item = done; item < additions.length; item++) {
    steps.push({ call: { action: 'PutOptedOutNumber', input: { OptOutListName, OptedOutNumber: additions[item] } }, done: item + 1 });
  }
  for (let item = Math.max(done, additions.length); item < changeSize(change); item++) {
    const number = removals[item - additions.length];
    const entry = found.get(number);
    if (entry && !entry.endUserOptedOut) {
      steps.push({ call: { action: 'DeleteOptedOutNumber', input: { OptOutListName, OptedOutNumber: number } }, done: item + 1 });
    }
  }
  return steps;
}

/** The numbers the stack no longer declares but keeps, because their recipients opted out themselves. */
export function keptEndUserOptOuts(found: OptedOutEntries): string[] {
  return [...found].filter(([, entry]) => entry.endUserOptedOut).map(([number]) => number);
}
