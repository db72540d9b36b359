import { DeployedResource } from './deployed-resource';
import { providerWiring } from './provider-wiring';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:';
const WAITER = 'arn:aws:states:us-east-1:123456789012:stateMachine:Shop-Waiter';
const handler = { onEvent: async () => ({}), isComplete: async () => ({}) };

function lambda(logicalId: string, name: string, properties: DeployedResource['properties']): DeployedResource {
  return { logicalId, type: 'AWS::Lambda::Function', physicalId: name, properties, attributes: { Arn: `${FN}${name}` }, definition: { Type: 'AWS::Lambda::Function' } };
}

/** The resources a Provider makes, as the stack holds them once resolved. */
const PROVIDER: DeployedResource[] = [
  lambda('OnEventHandler', 'Shop-OnEventHandler', { Handler: 'index.onEvent', Timeout: 300 }),
  lambda('IsCompleteHandler', 'Shop-IsCompleteHandler', { Handler: 'index.isComplete', Timeout: 60 }),
  lambda('FrameworkOnEvent', 'Shop-framework-onEvent', {
    Handler: 'framework.onEvent',
    Environment: {
      Variables: { USER_ON_EVENT_FUNCTION_ARN: `${FN}Shop-OnEventHandler`, USER_IS_COMPLETE_FUNCTION_ARN: `${FN}Shop-IsCompleteHandler`, WAITER_STATE_MACHINE_ARN: WAITER },
    },
  }),
  {
    logicalId: 'Waiter',
    type: 'AWS::StepFunctions::StateMachine',
    physicalId: WAITER,
    properties: {
      DefinitionString: JSON.stringify({
        StartAt: 'framework-isComplete-task',
        States: { 'framework-isComplete-task': { Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 5, MaxAttempts: 60, BackoffRate: 1 }] } },
      }),
    },
    attributes: {},
    definition: { Type: 'AWS::StepFunctions::StateMachine' },
  },
];

describe('providerWiring', () => {
  test('reads the Provider from the stack: the functions behind the service token, their exports and timeouts, and the waiter', () => {
    const wiring = providerWiring(`${FN}Shop-framework-onEvent`, PROVIDER, handler);

    expect(wiring).toEqual({
      onEvent: { arn: `${FN}Shop-OnEventHandler`, handler: handler.onEvent, timeoutSeconds: 300 },
      isComplete: { arn: `${FN}Shop-IsCompleteHandler`, handler: handler.isComplete, timeoutSeconds: 60 },
      waiterStateMachineArn: WAITER,
      pollIntervalMs: 5_000,
      totalTimeoutMs: 300_000,
    });
  });

  test('lets the caller shorten the poll interval and the total timeout', () => {
    expect(providerWiring(`${FN}Shop-framework-onEvent`, PROVIDER, handler, { pollIntervalMs: 10, totalTimeoutMs: 1_000 }))
      .toMatchObject({ pollIntervalMs: 10, totalTimeoutMs: 1_000 });
  });

  test("wires a service token the stack does not define as SmsProvider's settings", () => {
    const wiring = providerWiring(`${FN}elsewhere`, [], handler);

    expect(wiring).toMatchObject({
      onEvent: { arn: `${FN}SmsVoiceProviderOnEventHandler`, handler: handler.onEvent, timeoutSeconds: 300 },
      isComplete: { arn: `${FN}SmsVoiceProviderIsCompleteHandler`, handler: handler.isComplete, timeoutSeconds: 900 },
      waiterStateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:SmsVoiceProviderWaiter',
      pollIntervalMs: 5_000,
      totalTimeoutMs: 3_600_000,
    });
  });

  test('fails when the bundle lacks the export a function names', () => {
    expect(() => providerWiring(`${FN}Shop-framework-onEvent`, PROVIDER, { onEvent: handler.onEvent }))
      .toThrow("The handler bundle has no export 'isComplete'");
  });
});
