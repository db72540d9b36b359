import * as path from 'path';
import { Worker } from 'worker_threads';
import { buildSync } from 'esbuild';
import type { WorkerAnswer, WorkerProgress, WorkerRequest } from './event-worker';
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

/** How long an idle worker waits for its next event before it ends, as Lambda reclaims an idle execution environment. */
export const WORKER_IDLE_MS = 10_000;

interface IdleWorker {
  readonly worker: Worker;
  readonly timer: NodeJS.Timeout;
}

/**
 * The worker threads that send one stack's custom-resource events through the Provider framework,
 * as CloudFormation runs concurrent events in separate Lambda invocations: each event in flight
 * has a thread of its own, with its own framework runtime and handler bundle, module-level state
 * and process.env. An idle thread takes the next event, warm, as Lambda reuses an execution
 * environment of the same function; when none is idle, a new one starts, cold.
 */
export class EventWorkers {
  private readonly idle: IdleWorker[] = [];

  /** The exchange of one event, as `sendThroughFramework` makes it. */
  async send(request: WorkerRequest, onWaiting?: (reason: string) => void): Promise<ProviderExchange> {
    const worker = this.takeIdle() ?? new Worker(WORKER_ENTRY, { workerData: { filename: WORKER_MODULE, code: compiledWorker() } });
    worker.ref();
    let answer: WorkerAnswer;
    try {
      answer = await answerOf(worker, request, onWaiting);
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    this.putIdle(worker);
    if ('error' in answer) throw Object.assign(new Error(answer.error.message), { name: answer.error.name, stack: answer.error.stack });
    return answer.exchange;
  }

  private takeIdle(): Worker | undefined {
    const idle = this.idle.pop();
    if (idle) clearTimeout(idle.timer);
    return idle?.worker;
  }

  /** An idle worker keeps neither the process nor its SDK connections alive, and ends after WORKER_IDLE_MS. */
  private putIdle(worker: Worker): void {
    worker.unref();
    const idle: IdleWorker = {
      worker,
      timer: setTimeout(() => {
        this.idle.splice(this.idle.indexOf(idle), 1);
        void worker.terminate();
      }, WORKER_IDLE_MS).unref(),
    };
    this.idle.push(idle);
  }
}

function answerOf(worker: Worker, request: WorkerRequest, onWaiting?: (reason: string) => void): Promise<WorkerAnswer> {
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const settled = () => worker.off('message', answered).off('error', failed).off('exit', exited);
    const answered = (message: WorkerAnswer | WorkerProgress) => {
      if ('waiting' in message) return onWaiting?.(message.waiting);
      settled();
      resolve(message);
    };
    const failed = (error: Error) => { settled(); reject(error); };
    const exited = (code: number) => failed(new Error(`The event worker for ${request.event.LogicalResourceId} exited with code ${code} before answering`));
    worker.on('message', answered).on('error', failed).on('exit', exited);
    worker.postMessage(request);
  });
}
