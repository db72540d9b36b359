/** A read that the fewest calls the API allows still makes, and why. */
export interface KeptRead {
  readonly count: number;
  readonly reason: string;
}

/** The fewest calls the API allows for one case: mutating ones, and the reads that decide something. */
export interface Minimum {
  readonly mutating: number;
  readonly reads: readonly KeptRead[];
}

/** The calls the handler made for one case, from the emulator's call log. */
export interface CallCount {
  readonly mutating: number;
  readonly reads: number;
  /** Every call, as `Action ×n`, in the order each action first came. */
  readonly actions: readonly string[];
}

/** The reads a minimum keeps, in all. */
export function readMinimum(minimum: Minimum): number {
  return minimum.reads.reduce((sum, read) => sum + read.count, 0);
}

/** Whether the handler made more calls of either kind than the minimum. */
export function isAbove(measured: CallCount, minimum: Minimum): boolean {
  return measured.mutating > minimum.mutating || measured.reads > readMinimum(minimum);
}

/** What a table's verdict column says. */
export function verdict(measured: CallCount, minimum: Minimum): string {
  const over = [
    measured.mutating > minimum.mutating ? `+${measured.mutating - minimum.mutating} mutating` : '',
    measured.reads > readMinimum(minimum) ? `+${measured.reads - readMinimum(minimum)} reads` : '',
  ].filter(part => part !== '');
  return over.length > 0 ? `above: ${over.join(', ')}` : 'at the minimum';
}

/** The child counts a k-child change is measured at: 1, 10, 100 and 1000 where the API allows that many, and the most it allows. */
export function childCounts(max: number): number[] {
  const counts = [1, 10, 100, 1000].filter(k => k <= max);
  return counts.includes(max) || max > 1000 ? counts : [...counts, max];
}

/** The calls of a log, counted by kind, with each action's count. */
export function countCalls(actions: readonly string[], mutating: (action: string) => boolean): CallCount {
  const byAction = new Map<string, number>();
  for (const action of actions) byAction.set(action, (byAction.get(action) ?? 0) + 1);
  return {
    mutating: actions.filter(mutating).length,
    reads: actions.filter(action => !mutating(action)).length,
    actions: [...byAction].map(([action, n]) => `${action} ×${n}`),
  };
}
