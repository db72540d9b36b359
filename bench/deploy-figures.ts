import { CallCounts, fewestCalls, quotaLowerBound } from './quota-bound';
import { median } from './section';
import type { OperationResult } from '../test/local-deploy';

/** What one deploy, update or destroy of an app took, in one run. */
export interface OperationFigures {
  readonly wallMs: number;
  /** The quota lower bound, from the fewest calls the operation needs. */
  readonly boundSeconds: number;
  /** The action whose quota sets the bound, when one does. */
  readonly boundingAction?: string;
  readonly apiCalls: number;
  readonly throttledCalls: number;
  /** isComplete polls after the first of each event: each waited the provider's query interval. */
  readonly queryIntervalWaits: number;
  /** Stacks that did not reach their COMPLETE status, with their status. */
  readonly failures: readonly string[];
  /**
   * The same operation's wall time with the emulator's quotas off: what the app's dependency chains,
   * the handler's own pacing and the runner's start of each event take, which the bound leaves out.
   */
  readonly unthrottledMs?: number;
}

const sum = (counts: CallCounts) => Object.values(counts).reduce((total, count) => total + count, 0);

function merged(counts: readonly CallCounts[]): CallCounts {
  const total: { [action: string]: number } = {};
  for (const byAction of counts) {
    for (const [action, count] of Object.entries(byAction)) total[action] = (total[action] ?? 0) + count;
  }
  return total;
}

/** The figures of one operation of an app, from the results of its stacks and its wall time. */
export function operationFigures(results: readonly OperationResult[], wallMs: number): OperationFigures {
  const calls = merged(results.map(result => result.apiCalls));
  const throttled = merged(results.map(result => result.throttledCalls));
  const exchanges = results.flatMap(result => result.exchanges);
  const bound = quotaLowerBound(fewestCalls(calls, throttled, exchanges.map(exchange => exchange.request)));
  return {
    wallMs,
    boundSeconds: bound.seconds,
    ...bound.action !== undefined ? { boundingAction: bound.action } : {},
    apiCalls: sum(calls),
    throttledCalls: sum(throttled),
    queryIntervalWaits: exchanges.reduce((total, exchange) => total + Math.max(0, exchange.isCompleteInvocations - 1), 0),
    failures: results.filter(result => !result.succeeded).map(result => `${result.stackName} ${result.status}`),
  };
}

/** The medians of one operation over several runs. */
export interface OperationSummary {
  readonly runs: number;
  readonly wallSeconds: number;
  readonly boundSeconds: number;
  /** The median of each run's wall time over its own bound; undefined while a bound is 0. */
  readonly ratio?: number;
  /** The bounding action most runs had. */
  readonly boundingAction?: string;
  readonly apiCalls: number;
  readonly throttledCalls: number;
  readonly queryIntervalWaits: number;
  /** Every failure of every run. */
  readonly failures: readonly string[];
  /** The median of OperationFigures.unthrottledMs, in seconds, when every run has one. */
  readonly unthrottledSeconds?: number;
}

export function summarize(runs: readonly OperationFigures[]): OperationSummary {
  const ratios = runs.map(run => run.wallMs / 1000 / run.boundSeconds);
  const actions = runs.flatMap(run => (run.boundingAction === undefined ? [] : [run.boundingAction]));
  return {
    runs: runs.length,
    wallSeconds: median(runs.map(run => run.wallMs / 1000)),
    boundSeconds: median(runs.map(run => run.boundSeconds)),
    ...ratios.every(Number.isFinite) ? { ratio: median(ratios) } : {},
    ...actions.length > 0 ? { boundingAction: mostCommon(actions) } : {},
    apiCalls: median(runs.map(run => run.apiCalls)),
    throttledCalls: median(runs.map(run => run.throttledCalls)),
    queryIntervalWaits: median(runs.map(run => run.queryIntervalWaits)),
    failures: runs.flatMap(run => run.failures),
    ...runs.every(run => run.unthrottledMs !== undefined) ? { unthrottledSeconds: median(runs.map(run => run.unthrottledMs! / 1000)) } : {},
  };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** The target: deploy and destroy within 1.3× of the quota lower bound. */
export const TARGET_RATIO = 1.3;

/**
 * What misses the target, said with its figures: an operation that failed, or a deploy or destroy
 * slower than TARGET_RATIO × its bound. An operation whose bound is 0 (no action needs to wait for
 * its quota) has no ratio to miss.
 */
export function targetMisses(app: string, operation: string, summary: OperationSummary): string[] {
  const misses = summary.failures.length > 0 ? [`${app} ${operation} failed: ${summary.failures.join('; ')}`] : [];
  if ((operation === 'deploy' || operation === 'destroy') && summary.ratio !== undefined && summary.ratio > TARGET_RATIO) {
    misses.push(`${app} ${operation}: ${summary.ratio.toFixed(2)}× its quota lower bound (${summary.wallSeconds.toFixed(1)} s against `
      + `${summary.boundSeconds.toFixed(1)} s, set by ${summary.boundingAction}), over the target of ${TARGET_RATIO}×; `
      + `${summary.throttledCalls} throttled calls, ${summary.queryIntervalWaits} polls that waited the provider's query interval`
      + (summary.unthrottledSeconds === undefined ? '' : `; ${beyondTheBound(summary.wallSeconds, summary.boundSeconds, summary.unthrottledSeconds)}`));
  }
  return misses;
}

/** Why an operation takes longer than its bound, and what it would take not to, from the time it takes with no quota at all. */
function beyondTheBound(wallSeconds: number, boundSeconds: number, unthrottledSeconds: number): string {
  const withNoQuota = `with no quota at all it takes ${unthrottledSeconds.toFixed(1)} s, the app's dependency chains (a resource starts`
    + ' only once what it references is complete), the handler\'s pacing of its own calls and the runner\'s start of each event';
  if (wallSeconds - boundSeconds <= unthrottledSeconds) {
    return `${withNoQuota}, which the bound leaves out: a bound that followed the chains would be what it takes to meet the target`;
  }
  return `${withNoQuota}; even the bound and all of that together (${(boundSeconds + unthrottledSeconds).toFixed(1)} s) leave`
    + ` ${(wallSeconds - boundSeconds - unthrottledSeconds).toFixed(1)} s to how concurrent handlers share one action's quota: a`
    + ' throttled call is retried at a random moment within half a second, so each call of the bounding action costs a little'
    + ' more than its second, and which resource gets the next one is chance, whatever depends on it. Meeting the target would'
    + ' take a quota shared across invocations (a token each handler takes before it calls), which concurrent Lambda'
    + ' invocations can have only through a store of their own';
}
