/**
 * How many resources CloudFormation works on at once: every resource whose dependencies are
 * complete. Its user guide ("Understand stack deployment time") says that resources without
 * dependencies on each other are provisioned in parallel, and its quotas page sets no limit on how
 * many; the one bound is the template's, 500 resources ("Understand CloudFormation quotas"), so
 * 500 at once is "every ready resource" for any template CloudFormation accepts.
 */
export const CLOUDFORMATION_CONCURRENCY = 500;

/** The runner's parallel mode. */
export interface ParallelOptions {
  /** How many resources at once, at most. @default CLOUDFORMATION_CONCURRENCY */
  readonly maxConcurrency?: number;
}

/** How many resources run at once: 1 unless `parallel` is set. */
export function concurrencyOf(parallel: boolean | ParallelOptions | undefined): number {
  if (!parallel) return 1;
  const maxConcurrency = parallel === true ? CLOUDFORMATION_CONCURRENCY : parallel.maxConcurrency ?? CLOUDFORMATION_CONCURRENCY;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) throw new Error(`maxConcurrency must be a whole number of 1 or more, not ${maxConcurrency}`);
  return maxConcurrency;
}

/** How resources that wait on others are run. */
export interface ScheduleOptions {
  /** How many run at once: 1 is one after the other, in `order`. */
  readonly maxConcurrency: number;
  /**
   * Whether a failure stops the schedule: nothing new starts, the ones in flight finish (a create
   * or an update). Otherwise the others go on, except those that wait on a failed one (a delete).
   */
  readonly stopOnFailure: boolean;
}

/**
 * Runs `run` for each id of `order`, each once the ids it waits on (`waitsOn`, among `order`) have
 * succeeded, up to `maxConcurrency` at once, and those ready together in `order`'s order. An id
 * that waits on a failed or skipped one is skipped. `order` must list each id after those it waits
 * on, so that with a concurrency of 1 the ids run exactly in `order`. Resolves with whether every
 * id ran and succeeded.
 */
export async function runScheduled(
  order: readonly string[],
  waitsOn: (id: string) => ReadonlySet<string>,
  run: (id: string) => Promise<boolean>,
  options: ScheduleOptions,
): Promise<boolean> {
  const prerequisites = new Map(order.map(id => [id, [...waitsOn(id)].filter(other => other !== id && order.includes(other))]));
  const succeeded = new Map<string, boolean>();
  const pending = [...order];
  const inFlight = new Set<Promise<void>>();
  let stopped = false;

  const startReady = () => {
    for (let i = 0; i < pending.length && !stopped && inFlight.size < options.maxConcurrency;) {
      const id = pending[i];
      const waits = prerequisites.get(id)!;
      if (waits.some(other => succeeded.get(other) === false)) {
        pending.splice(i, 1);
        succeeded.set(id, false);
      } else if (waits.every(other => succeeded.get(other) === true)) {
        pending.splice(i, 1);
        const task: Promise<void> = run(id).then(outcome => {
          succeeded.set(id, outcome);
          if (!outcome && options.stopOnFailure) stopped = true;
          inFlight.delete(task);
        });
        inFlight.add(task);
      } else {
        i++;
      }
    }
  };

  startReady();
  while (inFlight.size > 0) {
    await Promise.race(inFlight);
    startReady();
  }
  return order.every(id => succeeded.get(id) === true);
}
