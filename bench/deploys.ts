import * as path from 'path';
import { OperationFigures, operationFigures, OperationSummary, summarize, TARGET_RATIO, targetMisses } from './deploy-figures';
import { Benchmark } from './section';
import { startEmulator } from '../test/emulator';
import { APP_VERSIONS, exampleApps, LocalApp, OperationResult, StackTemplate, synthesizeApp } from '../test/local-deploy';
import { DEMO_ACCOUNT_LIMITS } from '../test/local-deploy/demo-account';
import { ExampleApp } from '../test/local-deploy/examples';

/** The benchmark's own apps: the 50-resource app. */
export const BENCH_APPS_DIR = path.join(__dirname, 'apps');

export const OPERATIONS = ['deploy', 'update', 'destroy'] as const;
export type OperationName = typeof OPERATIONS[number];

/** The runner's progress lines and summaries: the benchmark reports only its figures. */
const SILENT = { write: () => true };

/**
 * Deploy (v1), update (v2) and destroy of every example app and of the 50-resource app, through
 * the local lifecycle runner in its parallel mode, against a fresh emulator per run with realistic
 * quotas. The handler paces itself (no `pacingIntervalMs`) and the provider polls at the
 * template's query interval (no `pollIntervalMs`), as in AWS.
 */
export const deployBenchmark: Benchmark = async options => {
  const apps = [...exampleApps(), ...exampleApps(BENCH_APPS_DIR)];
  const rows: { readonly app: string; readonly operation: OperationName; readonly summary: OperationSummary }[] = [];
  for (const app of apps) {
    const [v1, v2] = await Promise.all([APP_VERSIONS.v1, APP_VERSIONS.v2].map(context => synthesizeApp(app.entry, { context })));
    const runs: { [operation in OperationName]: OperationFigures[] } = { deploy: [], update: [], destroy: [] };
    for (let run = 1; run <= options.runs; run++) {
      const figures = await lifecycle(v1, v2);
      const unthrottled = await lifecycle(v1, v2, undefined, 'off');
      for (const operation of OPERATIONS) runs[operation].push({ ...figures[operation], unthrottledMs: unthrottled[operation].wallMs });
      options.log(`deploys: ${app.name} run ${run}/${options.runs}: ${OPERATIONS.map(op => `${op} ${(figures[op].wallMs / 1000).toFixed(1)} s`).join(', ')}`);
    }
    for (const operation of OPERATIONS) rows.push({ app: app.name, operation, summary: summarize(runs[operation]) });
  }
  return {
    title: 'Deploy, update and destroy under realistic quotas',
    reproduce: 'npm run bench -- --only deploys',
    markdown: markdown(apps, rows, options.runs),
    missed: rows.flatMap(row => targetMisses(row.app, row.operation, row.summary)),
  };
};

/**
 * One run: v1 deployed, updated to v2, destroyed, on a fresh emulator; isComplete polled at the
 * template's query interval, or every `pollIntervalMs`.
 */
export async function lifecycle(v1: readonly StackTemplate[], v2: readonly StackTemplate[], pollIntervalMs?: number,
  quotas: 'realistic' | 'off' = 'realistic'): Promise<{ [operation in OperationName]: OperationFigures }> {
  const emulator = await startEmulator({ quotas, limits: DEMO_ACCOUNT_LIMITS });
  try {
    const localApp = new LocalApp({ sms: emulator, parallel: true, output: SILENT, ...pollIntervalMs === undefined ? {} : { pollIntervalMs } });
    return {
      deploy: await timed(() => localApp.deploy(v1)),
      update: await timed(() => localApp.deploy(v2)),
      destroy: await timed(() => localApp.destroy()),
    };
  } finally {
    await emulator.stop();
  }
}

async function timed(operation: () => Promise<OperationResult[]>): Promise<OperationFigures> {
  const started = Date.now();
  const results = await operation();
  return operationFigures(results, Date.now() - started);
}

function markdown(apps: readonly ExampleApp[], rows: readonly { app: string; operation: string; summary: OperationSummary }[], runs: number): string {
  const cell = (value: number | undefined, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));
  return [
    'Every app of `examples/` and `bench/apps/fifty-resources.ts` (50 SMS constructs): deploy (v1), update (v2, `-c version=v2`)'
      + ' and destroy, through the local lifecycle runner in its parallel mode (each custom-resource event through its own handler'
      + ' process, as CloudFormation does) against a fresh emulator per run with its \'realistic\' quotas (1 request/second per'
      + ' action, DeleteOptedOutNumber 10). The handler keeps its own pacing; the provider polls isComplete at the query interval'
      + ' its template declares.',
    '',
    'The quota lower bound of an operation is max over actions of (calls − burst) / rate, over the fewest calls it needs: the'
      + ' mutating calls it made (throttled ones left out) and, per resource, only the reads the API needs (`NEEDED_READS` in'
      + ` \`bench/quota-bound.ts\`). Each figure is the median of ${runs} run${runs === 1 ? '' : 's'}; the ratio is each run's wall time over its own bound.`
      + ` Target: deploy and destroy within ${TARGET_RATIO}× of the bound.`,
    '',
    '| app | operation | wall time (s) | quota bound (s) | ratio | bounding action | API calls | throttled | query-interval waits | no quotas (s) |',
    '|---|---|---:|---:|---:|---|---:|---:|---:|---:|',
    ...rows.map(({ app, operation, summary: s }) =>
      `| ${app} | ${operation} | ${cell(s.wallSeconds)} | ${cell(s.boundSeconds)} | ${s.ratio === undefined ? '—' : `${s.ratio.toFixed(2)}×`} `
      + `| ${s.boundingAction ?? '—'} | ${s.apiCalls} | ${s.throttledCalls} | ${s.queryIntervalWaits} | ${cell(s.unthrottledSeconds)} |`),
    '',
    `Apps: ${apps.map(app => app.name).join(', ')}. "—": no action needs to wait for its quota, so there is no ratio. Query-interval`
      + ' waits: isComplete polls after the first of each event, each one the provider\'s query interval later. No quotas: the'
      + ' same operation, run beside it, with the emulator\'s quotas off (the handler still paces its own calls): the time the'
      + ' app\'s dependency chains and the runner take, which the quota bound leaves out. The runner starts each event in flight'
      + ' in a worker of its own, cold as a new Lambda execution environment (the framework and the handler bundle loaded afresh,'
      + ' about 0.4 s of CPU each) unless an idle one of the stack takes it warm, and all of them share this machine\'s cores,'
      + ' where Lambda gives each invocation its own: on a machine with few cores, part of every wall time here is the burst of'
      + ' cold starts at the beginning of an operation.',
  ].join('\n');
}
