import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { errorDetails } from './error-details';
import { readCloudAssembly, StackTemplate } from './template';

export interface SynthesizeOptions {
  /** Context values, as `cdk synth -c key=value` gives them (`{ version: 'v2' }`). @default {} */
  readonly context?: { readonly [key: string]: unknown };
}

/** The context that `cdk synth` adds to every app, so the templates match the CLI's. */
const CLI_CONTEXT = {
  'aws:cdk:enable-path-metadata': true,
  'aws:cdk:enable-asset-metadata': true,
  'aws:cdk:version-reporting': true,
  'aws:cdk:bundling-stacks': ['**'],
};

/**
 * Runs the worker: ts-node (transpile only, with the entry's own tsconfig) and that tsconfig's
 * `paths` (examples/ import the library by its package name), then the app, whose `new App()`
 * reads CDK_OUTDIR and CDK_CONTEXT_JSON and whose `app.synth()` writes the assembly.
 */
const SYNTH_WORKER = `
const { workerData } = require('worker_threads');
if (!process[Symbol.for('ts-node.register.instance')]) {
  require(workerData.tsNode).register({ transpileOnly: true, projectSearchDir: workerData.projectSearchDir });
}
require(workerData.tsconfigPaths).register({ cwd: workerData.projectSearchDir });
require(workerData.entry);
`;

/**
 * Synthesizes a CDK app from its TypeScript entry file, in this process, and returns its stacks.
 *
 * The app runs in a worker thread: a module cache of its own, so every call runs the app (and the
 * constructs it imports) afresh, and an environment of its own, so CDK_OUTDIR and
 * CDK_CONTEXT_JSON reach only this app. That holds under Jest too, whose module registry would
 * otherwise hand back the app evaluated the first time.
 */
export async function synthesizeApp(entryFile: string, options: SynthesizeOptions = {}): Promise<StackTemplate[]> {
  const entry = path.resolve(entryFile);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-deploy-synth-'));
  try {
    await runWorker(entry, {
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify({ ...CLI_CONTEXT, ...options.context }),
    });
    return readCloudAssembly(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function runWorker(entry: string, env: { readonly [name: string]: string }): Promise<void> {
  const output: string[] = [];
  const worker = new Worker(SYNTH_WORKER, {
    eval: true,
    workerData: { entry, tsNode: require.resolve('ts-node'), tsconfigPaths: require.resolve('tsconfig-paths'), projectSearchDir: path.dirname(entry) },
    env: { ...process.env, ...env },
    stdout: true,
    stderr: true,
  });
  worker.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  worker.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    let failure: unknown;
    worker.on('error', error => { failure = error; });
    worker.on('exit', code => {
      if (code === 0 && failure === undefined) return resolve();
      const cause = failure !== undefined ? errorDetails(failure).stack : `exit code ${code}`;
      reject(new Error(`Synthesizing ${entry} failed: ${cause}${output.length > 0 ? `\n${output.join('')}` : ''}`));
    });
  });
}
