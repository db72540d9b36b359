import * as path from 'path';
import { Worker } from 'worker_threads';
import { buildSync } from 'esbuild';
import type { WorkerAnswer, WorkerRequest } from './event-worker';
import type { ProviderExchange } from './provider-framework';

const WORKER_ENTRY = path.join(__dirname, 'event-worker.js');
const WORKER_MODULE = path.join(__dirname, 'event-worker.ts');

let workerCode: string | undefined;

/** event-worker.ts and the runner modules it imports, as one CommonJS script: built once per process. */
function compiledWorker(): string {
  workerCode ??= buildSync({
    entryPoints: [WORKER_MODULE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    write: false,
  }).outputFiles[0].text;
  return workerCode;
}

/**
 * Sends one custom-resource event through the Provider framework in a worker thread of its own, as
 * CloudFormation runs concurrent events in separate Lambda invocations: a fresh framework runtime
 * and handler bundle, with their own module-level state and process.env. The exchange comes back
 * as `sendThroughFramework` makes it.
 */
export async function sendInWorker(request: WorkerRequest): Promise<ProviderExchange> {
  const worker = new Worker(WORKER_ENTRY, { workerData: { filename: WORKER_MODULE, code: compiledWorker(), request } });
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', code => reject(new Error(`The event worker for ${request.event.LogicalResourceId} exited with code ${code} before answering`)));
    });
    if ('error' in answer) throw Object.assign(new Error(answer.error.message), { name: answer.error.name, stack: answer.error.stack });
    return answer.exchange;
  } finally {
    // The handler's SDK clients keep their connections open; the thread is done with the event.
    await worker.terminate();
  }
}
