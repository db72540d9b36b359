import { CLOUDFORMATION_CONCURRENCY, concurrencyOf, runScheduled, ScheduleOptions } from './schedule';

/** Tasks that finish only when the test says so, with a record of what started and how many ran at once. */
class ControlledTasks {
  readonly started: string[] = [];
  mostAtOnce = 0;
  private readonly running = new Map<string, (succeeded: boolean) => void>();

  readonly run = (id: string): Promise<boolean> => {
    this.started.push(id);
    this.mostAtOnce = Math.max(this.mostAtOnce, this.running.size + 1);
    return new Promise(resolve => this.running.set(id, resolve));
  };

  get inFlight(): string[] {
    return [...this.running.keys()];
  }

  /** Finishes `id`, and lets the schedule react before the test goes on. */
  async finish(id: string, succeeded = true): Promise<void> {
    const resolve = this.running.get(id);
    if (!resolve) throw new Error(`${id} is not running`);
    this.running.delete(id);
    resolve(succeeded);
    await new Promise(setImmediate);
  }
}

/** A waits on nothing; B and C on A; D on nothing; E on B and D. */
const WAITS_ON: { readonly [id: string]: readonly string[] } = { A: [], B: ['A'], C: ['A'], D: [], E: ['B', 'D'] };
const ORDER = ['A', 'B', 'C', 'D', 'E'];
const waitsOn = (id: string) => new Set(WAITS_ON[id]);

function schedule(tasks: ControlledTasks, options: Partial<ScheduleOptions> = {}): Promise<boolean> {
  return runScheduled(ORDER, waitsOn, tasks.run, { maxConcurrency: 10, stopOnFailure: true, ...options });
}

describe('runScheduled', () => {
  test('starts everything whose prerequisites have succeeded, and each of the others as soon as they have', async () => {
    const tasks = new ControlledTasks();
    const done = schedule(tasks);

    await new Promise(setImmediate);
    expect(tasks.inFlight).toEqual(['A', 'D']);
    await tasks.finish('A');
    expect(tasks.inFlight).toEqual(['D', 'B', 'C']);
    await tasks.finish('B');
    expect(tasks.inFlight).toEqual(['D', 'C']);
    await tasks.finish('D');
    expect(tasks.inFlight).toEqual(['C', 'E']);
    await tasks.finish('C');
    await tasks.finish('E');
    await expect(done).resolves.toBe(true);
  });

  test('never runs more than maxConcurrency at once', async () => {
    const tasks = new ControlledTasks();
    const done = runScheduled(['1', '2', '3', '4', '5'], () => new Set(), tasks.run, { maxConcurrency: 2, stopOnFailure: true });

    for (const id of ['1', '2', '3', '4', '5']) {
      await new Promise(setImmediate);
      expect(tasks.inFlight.length).toBeLessThanOrEqual(2);
      await tasks.finish(id);
    }
    await expect(done).resolves.toBe(true);
    expect(tasks.mostAtOnce).toBe(2);
  });

  test('with a concurrency of 1, runs exactly in the order given', async () => {
    const tasks = new ControlledTasks();
    const done = schedule(tasks, { maxConcurrency: 1 });

    for (const id of ORDER) {
      await new Promise(setImmediate);
      expect(tasks.inFlight).toEqual([id]);
      await tasks.finish(id);
    }
    await expect(done).resolves.toBe(true);
    expect(tasks.started).toEqual(ORDER);
  });

  test('after a failure, starts nothing new but lets the ones in flight finish', async () => {
    const tasks = new ControlledTasks();
    let settled = false;
    const done = schedule(tasks).then(result => {
      settled = true;
      return result;
    });

    await new Promise(setImmediate);
    await tasks.finish('A', false);
    expect(tasks.inFlight).toEqual(['D']);
    expect(settled).toBe(false);
    await tasks.finish('D');
    await expect(done).resolves.toBe(false);
    expect(tasks.started).toEqual(['A', 'D']);
  });

  test('without stopping on failure, runs the others and skips only what waits on a failed one', async () => {
    const tasks = new ControlledTasks();
    const done = schedule(tasks, { stopOnFailure: false });

    await new Promise(setImmediate);
    await tasks.finish('A');
    await tasks.finish('B', false);
    await tasks.finish('C');
    await tasks.finish('D');
    await expect(done).resolves.toBe(false);
    expect(tasks.started).toEqual(['A', 'D', 'B', 'C']);
  });
});

describe('concurrencyOf', () => {
  test.each([
    [undefined, 1],
    [false, 1],
    [true, CLOUDFORMATION_CONCURRENCY],
    [{}, CLOUDFORMATION_CONCURRENCY],
    [{ maxConcurrency: 4 }, 4],
  ])('parallel %p runs %p at once', (parallel, expected) => {
    expect(concurrencyOf(parallel)).toBe(expected);
  });

  test('fails when maxConcurrency is not a whole number of 1 or more', () => {
    expect(() => concurrencyOf({ maxConcurrency: 0 })).toThrow('maxConcurrency must be a whole number of 1 or more, not 0');
  });
});
