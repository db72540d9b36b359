import { loadBundledHandler } from './bundled-handler';
import { CustomResourceEvent } from './custom-resource-events';
import { withEnvironment } from './environment';
import { ErrorDetails, errorDetails } from './error-details';
import { ProviderExchange, sendThroughFramework } from './provider-framework';
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

/**
 * In a worker thread (`event-worker.js` calls it): a fresh handler bundle, loaded in its environment as a new Lambda execution
 * environment would be, and the event through a fresh Provider framework runtime (the thread has its
 * own module registry and its own process.env).
 */
export async function answer({ event, plan, environment, handlerBundle }: WorkerRequest): Promise<WorkerAnswer> {
  try {
    const handler = await withEnvironment(environment, async () => loadBundledHandler(handlerBundle));
    return { exchange: await sendThroughFramework(event, bindPlan(plan, handler), environment) };
  } catch (error) {
    return { error: errorDetails(error) };
  }
}
