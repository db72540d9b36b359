import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Benchmark, median } from './section';

const REPOSITORY = path.resolve(__dirname, '..');

/** One command timed in the fresh clone. */
interface Step {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Whether CI is set, as CI sets it; otherwise it is unset, as on a developer's machine. */
  readonly ci: boolean;
}

const STEPS: readonly Step[] = [
  { name: '`bash .ci/run` (CI=true): `npm ci`, then the build', command: 'bash', args: ['.ci/run'], ci: true },
  { name: '`npx projen demo`, after it, in the same clone', command: 'npx', args: ['projen', 'demo'], ci: false },
];

interface Outcome {
  readonly seconds: number;
  readonly exitCode: number | null;
  /** The end of its output, when it failed. */
  readonly tail: string;
  /** The whole output, when it failed. */
  readonly output: string;
}

/**
 * The wall time of CI and of the demo as a contributor meets them: `git clone` of this repository's
 * committed state into a temporary folder, `bash .ci/run` there with CI=true (it runs its own
 * `npm ci`, so it needs the network), then `npx projen demo` in the same clone with CI unset. Each
 * run is a fresh clone.
 */
export const wallTimeBenchmark: Benchmark = async options => {
  const outcomes: Outcome[][] = STEPS.map(() => []);
  for (let run = 1; run <= options.runs; run++) {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-wall-time-'));
    try {
      const cloned = await timedCommand('git', ['clone', '-q', REPOSITORY, clone], os.tmpdir(), false);
      if (cloned.exitCode !== 0) throw new Error(`git clone of ${REPOSITORY} failed:\n${cloned.tail}`);
      for (const [index, step] of STEPS.entries()) {
        const outcome = await timedCommand(step.command, step.args, clone, step.ci);
        outcomes[index].push(outcome);
        options.log(`wall-time: run ${run}/${options.runs}: ${step.command} ${step.args.join(' ')} took ${outcome.seconds.toFixed(0)} s, exit code ${outcome.exitCode}`);
      }
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
  }
  const failures = STEPS.flatMap((step, index) => outcomes[index]
    .filter(outcome => outcome.exitCode !== 0)
    .map((outcome, failure) => {
      const log = path.join(os.tmpdir(), `bench-wall-time-${index}-${failure}.log`);
      fs.writeFileSync(log, outcome.output);
      return `${step.name} failed (exit code ${outcome.exitCode}) after ${outcome.seconds.toFixed(0)} s (whole output in ${log}):\n${outcome.tail}`;
    }));
  return {
    title: 'Wall time of CI and the demo',
    reproduce: 'npm run bench -- --only wall-time',
    markdown: markdown(outcomes, options.runs),
    missed: failures,
  };
};

function markdown(outcomes: readonly Outcome[][], runs: number): string {
  const seconds = (values: readonly number[]) => `${median(values).toFixed(0)} s (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  return [
    `On a fresh \`git clone\` of the committed state, median of ${runs} runs (range in brackets). \`.ci/run\` includes its own`
      + ' `npm ci`, so its time depends on the network and the npm cache. DESIGN.md sets no budget for either.',
    '',
    '| step | wall time | exit codes |',
    '|---|---:|---|',
    ...STEPS.map((step, index) => `| ${step.name} | ${seconds(outcomes[index].map(o => o.seconds))} | ${outcomes[index].map(o => o.exitCode).join(', ')} |`),
  ].join('\n');
}

const TAIL_CHARACTERS = 2_000;

/**
 * Runs a command to its end and times it. The environment is this one's without npm's own
 * variables (`npm run bench` sets them; a contributor's shell does not), with CI set or unset.
 */
function timedCommand(command: string, args: readonly string[], cwd: string, ci: boolean): Promise<Outcome> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') && name !== 'CI'));
  const started = Date.now();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: ci ? { ...env, CI: 'true' } : env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => chunks.push(chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', exitCode => {
      const output = exitCode === 0 ? '' : Buffer.concat(chunks).toString();
      resolve({ seconds: (Date.now() - started) / 1000, exitCode, tail: output.slice(-TAIL_CHARACTERS), output });
    });
  });
}
