import * as path from 'path';
import { summarize } from './deploy-figures';
import { BENCH_APPS_DIR, lifecycle, OPERATIONS } from './deploys';
import { Benchmark } from './section';
import { APP_VERSIONS, synthesizeApp } from '../test/local-deploy';

/** The query intervals compared, in seconds: the provider's (5) between a shorter and aws-cdk-lib's default. */
const INTERVALS_S = [2, 5, 10];
const APP = path.join(BENCH_APPS_DIR, 'fifty-resources.ts');

/**
 * The Provider framework's query interval, chosen from measurement: the 50-resource app's deploy,
 * update and destroy in parallel under realistic quotas at each interval, the runs of the
 * intervals alternating so that they meet the same load.
 */
export const queryIntervalBenchmark: Benchmark = async options => {
  const [v1, v2] = await Promise.all([APP_VERSIONS.v1, APP_VERSIONS.v2].map(context => synthesizeApp(APP, { context })));
  const runs = new Map(INTERVALS_S.map(seconds => [seconds, [] as Awaited<ReturnType<typeof lifecycle>>[]]));
  for (let run = 1; run <= options.runs; run++) {
    for (const seconds of INTERVALS_S) {
      runs.get(seconds)!.push(await lifecycle(v1, v2, seconds * 1000));
      options.log(`query-interval: ${seconds} s, run ${run}/${options.runs}`);
    }
  }
  const rows = INTERVALS_S.flatMap(seconds => OPERATIONS.map(operation => {
    const summary = summarize(runs.get(seconds)!.map(figures => figures[operation]));
    return `| ${seconds} s | ${operation} | ${summary.wallSeconds.toFixed(1)} | ${summary.queryIntervalWaits} | ${summary.throttledCalls} |`;
  }));
  return {
    title: 'Query interval',
    reproduce: 'npm run bench -- --only query-interval',
    markdown: [
      '`bench/apps/fifty-resources.ts` deployed, updated and destroyed as in the section above, with isComplete polled every 2, 5'
        + ` and 10 seconds (the provider's is 5): the median of ${options.runs} run${options.runs === 1 ? '' : 's'} each, alternating.`
        + ' Waits are the polls after the first of each event; each costs one interval, and a shorter interval multiplies the'
        + ' Describe calls of every waiting resource against the account\'s shared quota of about one a second per action.',
      '',
      '| query interval | operation | wall time (s) | waits | throttled |',
      '|---|---|---:|---:|---:|',
      ...rows,
    ].join('\n'),
    missed: [],
  };
};
