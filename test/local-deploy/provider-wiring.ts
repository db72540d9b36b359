import { HandlerModule } from './bundled-handler';
import { DeployedResource } from './deployed-resource';
import { LambdaFunction, LambdaHandler } from './lambda-invoke';
import { ProviderWiring } from './provider-framework';

export interface WiringOverrides {
  /** @default the waiter state machine's retry interval */
  readonly pollIntervalMs?: number;
  /** @default the waiter's interval × its maximum attempts */
  readonly totalTimeoutMs?: number;
}

/** SmsProvider's settings, for a template that names a service token the stack does not define. */
const SMS_PROVIDER_DEFAULTS = { onEventTimeoutSeconds: 300, isCompleteTimeoutSeconds: 900, intervalSeconds: 5, maxAttempts: 720 };
/** Lambda's default timeout, when a function declares none. */
const LAMBDA_DEFAULT_TIMEOUT_SECONDS = 3;

type Properties = { readonly [name: string]: unknown };

/** A function of the Provider, named by the bundle's export that runs it. */
export interface PlannedFunction {
  readonly arn: string;
  readonly exportName: string;
  readonly timeoutSeconds: number;
}

/** A Provider's wiring before a handler is loaded: plain data, which can cross to a worker. */
export interface ProviderPlan extends Omit<ProviderWiring, 'onEvent' | 'isComplete'> {
  readonly onEvent: PlannedFunction;
  readonly isComplete?: PlannedFunction;
}

/** The Provider behind `serviceToken` (see `providerPlan`), with every user function running `handler`. */
export function providerWiring(
  serviceToken: string,
  resources: readonly DeployedResource[],
  handler: HandlerModule,
  overrides: WiringOverrides = {},
): ProviderWiring {
  return bindPlan(providerPlan(serviceToken, resources, overrides), handler);
}

/** The wiring of `plan`, with each function running its export of `handler`. */
export function bindPlan(plan: ProviderPlan, handler: HandlerModule): ProviderWiring {
  const bind = ({ arn, exportName, timeoutSeconds }: PlannedFunction): LambdaFunction => ({
    arn, handler: exportOf(handler, exportName), timeoutSeconds,
  });
  const { onEvent, isComplete, ...waiter } = plan;
  return { ...waiter, onEvent: bind(onEvent), ...isComplete ? { isComplete: bind(isComplete) } : {} };
}

/**
 * The Provider behind `serviceToken`, read from the stack as CloudFormation built it: the framework's
 * onEvent function (the service token) names the user's functions and the waiter in its environment;
 * their `Handler` picks the bundle's export, their `Timeout` the time they get; the waiter's retry
 * policy sets the poll interval and the total timeout.
 */
export function providerPlan(serviceToken: string, resources: readonly DeployedResource[], overrides: WiringOverrides = {}): ProviderPlan {
  const functionNamed = (arn: string) => resources.find(r => r.type === 'AWS::Lambda::Function' && r.attributes.Arn === arn);
  const framework = functionNamed(serviceToken);
  const variables = framework ? environmentOf(framework.properties) : {};
  const onEventArn = variables.USER_ON_EVENT_FUNCTION_ARN;
  if (!framework || onEventArn === undefined) return fallbackPlan(serviceToken, overrides);

  const userFunction = (arn: string): PlannedFunction => {
    const resource = functionNamed(arn);
    return {
      arn,
      exportName: String(resource?.properties.Handler ?? '').split('.').pop() ?? '',
      timeoutSeconds: Number(resource?.properties.Timeout ?? LAMBDA_DEFAULT_TIMEOUT_SECONDS),
    };
  };
  const waiterArn = variables.WAITER_STATE_MACHINE_ARN ?? '';
  const retry = waiterRetry(resources.find(r => r.type === 'AWS::StepFunctions::StateMachine' && r.physicalId === waiterArn));
  const intervalMs = overrides.pollIntervalMs ?? retry.intervalSeconds * 1000;
  return {
    onEvent: userFunction(onEventArn),
    ...variables.USER_IS_COMPLETE_FUNCTION_ARN !== undefined ? { isComplete: userFunction(variables.USER_IS_COMPLETE_FUNCTION_ARN) } : {},
    waiterStateMachineArn: waiterArn,
    pollIntervalMs: intervalMs,
    totalTimeoutMs: overrides.totalTimeoutMs ?? retry.intervalSeconds * retry.maxAttempts * 1000,
  };
}

function fallbackPlan(serviceToken: string, overrides: WiringOverrides): ProviderPlan {
  const arnPrefix = serviceToken.slice(0, serviceToken.lastIndexOf(':') + 1);
  const { onEventTimeoutSeconds, isCompleteTimeoutSeconds, intervalSeconds, maxAttempts } = SMS_PROVIDER_DEFAULTS;
  return {
    onEvent: { arn: `${arnPrefix}SmsVoiceProviderOnEventHandler`, exportName: 'onEvent', timeoutSeconds: onEventTimeoutSeconds },
    isComplete: { arn: `${arnPrefix}SmsVoiceProviderIsCompleteHandler`, exportName: 'isComplete', timeoutSeconds: isCompleteTimeoutSeconds },
    waiterStateMachineArn: `${arnPrefix.replace(':lambda:', ':states:').replace(':function:', ':stateMachine:')}SmsVoiceProviderWaiter`,
    pollIntervalMs: overrides.pollIntervalMs ?? intervalSeconds * 1000,
    totalTimeoutMs: overrides.totalTimeoutMs ?? intervalSeconds * maxAttempts * 1000,
  };
}

function environmentOf(properties: Properties): { readonly [name: string]: string } {
  const environment = properties.Environment as { Variables?: { [name: string]: string } } | undefined;
  return environment?.Variables ?? {};
}

function exportOf(handler: HandlerModule, exportName: string): LambdaHandler {
  const fn = handler[exportName];
  if (typeof fn !== 'function') throw new Error(`The handler bundle has no export '${exportName}'`);
  return fn as LambdaHandler;
}

/** The retry policy of the waiter's first state: how often isComplete runs, and how many times. */
function waiterRetry(waiter: DeployedResource | undefined): { intervalSeconds: number; maxAttempts: number } {
  const fallback = { intervalSeconds: SMS_PROVIDER_DEFAULTS.intervalSeconds, maxAttempts: SMS_PROVIDER_DEFAULTS.maxAttempts };
  if (typeof waiter?.properties.DefinitionString !== 'string') return fallback;
  const definition = JSON.parse(waiter.properties.DefinitionString) as {
    StartAt: string;
    States: { [name: string]: { Retry?: { IntervalSeconds?: number; MaxAttempts?: number }[] } };
  };
  const [retry] = definition.States[definition.StartAt]?.Retry ?? [];
  return {
    intervalSeconds: retry?.IntervalSeconds ?? fallback.intervalSeconds,
    maxAttempts: retry?.MaxAttempts ?? fallback.maxAttempts,
  };
}
