import { HandlerModule, loadBundledHandler } from './bundled-handler';
import { CustomResourceEvent } from './custom-resource-events';
import { withEnvironment } from './environment';
import { ErrorDetails, errorDetails } from './error-details';
import { ProviderExchange, RUNTIME_DIR, sendThroughFramework } from './provider-framework';
import { bindPlan, ProviderPlan } from './provider-wiring';

/** One custom-resource event, as the parent hands it to a worker. */
export interface WorkerRequest {
  readonly event: CustomResourceEvent;
  readonly plan: ProviderPlan;
  readonly environment: { readonly [name: string]: string | undefined };
  readonly handlerBundle: string;
}

/** What the worker sends back: the exchange, or why it could not make one. */
export type WorkerAnswer = { readonly exchange: ProviderExchange } | { readonly error: ErrorDetails };

/** What the worker sends while the event is in flight: why isComplete answered "not yet". */
export interface WorkerProgress {
  readonly waiting: string;
}

let handler: Promise<HandlerModule> | undefined;

/**
 * In a worker thread (`event-worker.js` calls it): the event through the Provider framework runtime,
 * with the handler bundle loaded in its environment on the worker's first event, as a new Lambda
 * execution environment would load it. The thread has its own module registry and process.env;
 * a later event in the same thread finds the handler warm, as a reused execution environment does.
 */
export async function answer(
  { event, plan, environment, handlerBundle }: WorkerRequest,
  progress: (message: WorkerProgress) => void = () => undefined,
): Promise<WorkerAnswer> {
  try {
    handler ??= withEnvironment(environment, async () => {
      leaveOutUnusedClients();
      return loadBundledHandler(handlerBundle);
    });
    return { exchange: await sendThroughFramework(event, bindPlan(plan, await handler), environment, waiting => progress({ waiting })) };
  } catch (error) {
    return { error: errorDetails(error) };
  }
}

/**
 * The framework's outbound module builds Lambda and Step Functions clients only in the calls that the
 * runner replaces; in process they load once, in a worker they would double its start-up. Each
 * worker's module registry gets them as empty modules.
 */
function leaveOutUnusedClients(): void {
  for (const name of ['@aws-sdk/client-lambda', '@aws-sdk/client-sfn']) {
    const file = require.resolve(name, { paths: [RUNTIME_DIR] });
    require.cache[file] = { id: file, filename: file, loaded: true, exports: {} } as NodeJS.Module;
  }
}
