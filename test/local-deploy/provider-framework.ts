import { createRequire } from 'module';
import * as path from 'path';
import { capturingOutput } from './captured-output';
import { CustomResourceEvent } from './custom-resource-events';
import { withEnvironment } from './environment';
import { invokeLambda, LambdaFunction } from './lambda-invoke';

/** aws-cdk-lib's Provider framework runtime: plain JavaScript that its exports map hides. */
export const RUNTIME_DIR = path.join(path.dirname(require.resolve('aws-cdk-lib/package.json')), 'custom-resources', 'lib', 'provider-framework', 'runtime');

type FrameworkHandler = (event: unknown) => Promise<void>;

interface FrameworkRuntime {
  readonly framework: { readonly onEvent: FrameworkHandler; readonly isComplete: FrameworkHandler; readonly onTimeout: FrameworkHandler };
  /** Its outbound calls, which the framework reads from this module object at call time. */
  readonly outbound: {
    invokeFunction(request: { FunctionName: string; Payload: string }): Promise<unknown>;
    startExecution(request: { stateMachineArn: string; name: string; input: string }): Promise<unknown>;
    httpRequest(options: { hostname?: string; path?: string }, body: string): Promise<void>;
  };
  /** cfn-response's Retry: what isComplete throws while the user's isComplete answers "not yet". */
  readonly Retry: abstract new (...args: never[]) => Error;
}

function loadRuntime(): FrameworkRuntime {
  const load = createRequire(__filename);
  return {
    framework: load(path.join(RUNTIME_DIR, 'framework.js')),
    outbound: load(path.join(RUNTIME_DIR, 'outbound.js')),
    Retry: load(path.join(RUNTIME_DIR, 'cfn-response.js')).Retry,
  };
}

/** One Provider: the user's functions and the waiter state machine that polls isComplete. */
export interface ProviderWiring {
  readonly onEvent: LambdaFunction;
  /** Without one, the framework answers as soon as onEvent returns. */
  readonly isComplete?: LambdaFunction;
  readonly waiterStateMachineArn: string;
  /** The waiter's retry interval. */
  readonly pollIntervalMs: number;
  /** When the waiter gives up and the framework's onTimeout answers "Operation timed out". */
  readonly totalTimeoutMs: number;
}

/** One event through the framework, and what CloudFormation received for it. */
export interface ProviderExchange {
  readonly request: CustomResourceEvent;
  /** The body the framework PUT to the ResponseURL; undefined when it never answered. */
  readonly responseBody?: string;
  readonly onEventInvocations: number;
  readonly isCompleteInvocations: number;
  /** What the framework and the handler logged (their CloudWatch Logs). */
  readonly logs: string;
  /** When the event reached the framework, in ms since the epoch. */
  readonly startedAt: number;
  readonly durationMs: number;
}

/**
 * Sends custom-resource events through the Provider framework's own runtime, in process. Only its
 * outbound calls are replaced: Lambda's Invoke runs the user's function here, Step Functions'
 * StartExecution runs the waiter's loop (isComplete until it stops throwing Retry, onTimeout at the
 * total timeout), and the PUT to the ResponseURL is recorded. One event at a time per module registry:
 * the outbound module and process.env are shared (the parallel mode gives each event a worker).
 */
export async function sendThroughFramework(
  event: CustomResourceEvent,
  wiring: ProviderWiring,
  environment: { readonly [name: string]: string | undefined },
  onWaiting?: (reason: string) => void,
): Promise<ProviderExchange> {
  const runtime = loadRuntime();
  const started = Date.now();
  const bodies: string[] = [];
  const logs: string[] = [];
  const executions: Promise<void>[] = [];
  const invocations = new Map<string, number>();
  const functions = new Map([wiring.onEvent, wiring.isComplete].filter(fn => fn !== undefined).map(fn => [fn.arn, fn]));

  runtime.outbound.invokeFunction = async request => {
    const fn = functions.get(request.FunctionName);
    if (!fn) throw new Error(`Function not found: ${request.FunctionName}`);
    invocations.set(fn.arn, (invocations.get(fn.arn) ?? 0) + 1);
    const logged = logs.length;
    const response = await invokeLambda(fn, request.Payload);
    const reason = fn === wiring.isComplete ? waitingReason(logs.slice(logged).join('')) : undefined;
    if (reason !== undefined) onWaiting?.(reason);
    return response;
  };
  runtime.outbound.startExecution = async request => {
    executions.push(pollUntilComplete(runtime, request.input, wiring));
    return { executionArn: `${request.stateMachineArn.replace(':stateMachine:', ':execution:')}:${request.name}`, startDate: new Date() };
  };
  runtime.outbound.httpRequest = async (_options, body) => {
    bodies.push(body);
  };

  await withEnvironment({
    ...environment,
    USER_ON_EVENT_FUNCTION_ARN: wiring.onEvent.arn,
    USER_IS_COMPLETE_FUNCTION_ARN: wiring.isComplete?.arn,
    WAITER_STATE_MACHINE_ARN: wiring.waiterStateMachineArn,
  }, () => capturingOutput(text => logs.push(text), async () => {
    // The framework adds to the event it is given; CloudFormation's copy stays as sent.
    await runtime.framework.onEvent(structuredClone(event));
    for (let execution = executions.shift(); execution; execution = executions.shift()) await execution;
  }));

  if (bodies.length > 1) throw new Error(`The framework answered ${event.LogicalResourceId}'s ${event.RequestType} ${bodies.length} times`);
  return {
    request: event,
    responseBody: bodies[0],
    onEventInvocations: invocations.get(wiring.onEvent.arn) ?? 0,
    isCompleteInvocations: wiring.isComplete ? invocations.get(wiring.isComplete.arn) ?? 0 : 0,
    logs: logs.join(''),
    startedAt: started,
    durationMs: Date.now() - started,
  };
}

/**
 * Why an isComplete invocation answered "not yet", from what the handler logged: its last
 * `not complete yet` decision (one JSON object per line), with the reason it gave.
 */
export function waitingReason(logs: string): string | undefined {
  let reason: string | undefined;
  for (const line of logs.split('\n')) {
    if (!line.includes('"not complete yet')) continue;
    try {
      const entry = JSON.parse(line.slice(line.indexOf('{'))) as { decision?: string; reason?: unknown };
      if (!entry.decision?.startsWith('not complete yet')) continue;
      const why = entry.decision.replace(/^not complete yet: ?/, '');
      reason = typeof entry.reason === 'string' ? `${why}: ${entry.reason}` : why;
    } catch {
      continue;
    }
  }
  return reason;
}

/** The waiter state machine: retry isComplete at the interval; past the total timeout, onTimeout. */
async function pollUntilComplete(runtime: FrameworkRuntime, input: string, wiring: ProviderWiring): Promise<void> {
  const deadline = Date.now() + wiring.totalTimeoutMs;
  for (;;) {
    try {
      await runtime.framework.isComplete(JSON.parse(input));
      return;
    } catch (error) {
      if (!(error instanceof runtime.Retry)) throw error;
      if (Date.now() + wiring.pollIntervalMs > deadline) {
        // The state machine's Catch hands onTimeout the last task error, whose message is the event.
        await runtime.framework.onTimeout({ Cause: JSON.stringify({ errorType: 'Retry', errorMessage: error.message }) });
        return;
      }
    }
    await new Promise(resolve => setTimeout(resolve, wiring.pollIntervalMs));
  }
}
