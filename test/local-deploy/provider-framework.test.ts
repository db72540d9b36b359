import { CustomResourceEvent, CustomResourceEvents } from './custom-resource-events';
import { MAX_RESPONSE_BYTES } from './custom-resource-response';
import { LambdaContext, LambdaHandler } from './lambda-invoke';
import { ProviderWiring, sendThroughFramework, waitingReason } from './provider-framework';
import { newStackIdentity } from './stack-identity';

const CREATE_FAILED_MARKER = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:';

const stack = newStackIdentity('Shop', 'us-east-1', '123456789012');
const events = new CustomResourceEvents(stack);
const target = { logicalId: 'Orders', type: 'Custom::SmsVoiceConfigurationSet', properties: { ServiceToken: `${ARN}framework-onEvent`, Name: 'orders' } };

function wiring(onEvent: LambdaHandler, isComplete?: LambdaHandler, overrides: Partial<ProviderWiring> = {}): ProviderWiring {
  return {
    onEvent: { arn: `${ARN}Shop-OnEventHandler-AbC123`, handler: onEvent, timeoutSeconds: 300 },
    ...isComplete ? { isComplete: { arn: `${ARN}Shop-IsCompleteHandler-DeF456`, handler: isComplete, timeoutSeconds: 60 } } : {},
    waiterStateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Shop-Waiter',
    pollIntervalMs: 5,
    totalTimeoutMs: 2_000,
    ...overrides,
  };
}

async function send(event: CustomResourceEvent, providerWiring: ProviderWiring, environment = {}) {
  const exchange = await sendThroughFramework(event, providerWiring, environment);
  return { ...exchange, response: JSON.parse(exchange.responseBody ?? 'null') };
}

describe('sendThroughFramework', () => {
  test('answers SUCCESS once isComplete completes, with the Data of onEvent and isComplete merged', async () => {
    let polls = 0;
    const exchange = await send(events.create(target), wiring(
      async () => ({ PhysicalResourceId: 'arn:orders', Data: { FromOnEvent: 'a' } }),
      async () => (++polls < 3 ? { IsComplete: false } : { IsComplete: true, Data: { Name: 'orders' } }),
    ));

    expect(exchange.response).toEqual({
      Status: 'SUCCESS',
      Reason: 'SUCCESS',
      StackId: stack.stackId,
      RequestId: exchange.request.RequestId,
      PhysicalResourceId: 'arn:orders',
      LogicalResourceId: 'Orders',
      Data: { FromOnEvent: 'a', Name: 'orders' },
    });
    expect(exchange.onEventInvocations).toBe(1);
    expect(exchange.isCompleteInvocations).toBe(3);
    expect(Buffer.byteLength(exchange.responseBody!)).toBeLessThan(MAX_RESPONSE_BYTES);
  });

  test('answers a failed Create with the marker physical id and the error, plus a logs hint naming the function', async () => {
    const isComplete = jest.fn();
    const exchange = await send(events.create(target), wiring(async () => {
      throw new Error('Configuration set orders already exists');
    }, isComplete));

    expect(exchange.response).toMatchObject({ Status: 'FAILED', PhysicalResourceId: CREATE_FAILED_MARKER });
    expect(exchange.response.Reason).toMatch(/^Configuration set orders already exists\n\nLogs: \/aws\/lambda\/Shop-OnEventHandler-AbC123\n/);
    expect(isComplete).not.toHaveBeenCalled();
  });

  test('answers the Delete that follows a failed Create itself, without invoking the handler', async () => {
    const onEvent = jest.fn();
    const exchange = await send(events.delete(target, CREATE_FAILED_MARKER), wiring(onEvent, onEvent));

    expect(exchange.response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: CREATE_FAILED_MARKER });
    expect(onEvent).not.toHaveBeenCalled();
    expect(exchange.onEventInvocations).toBe(0);
  });

  test('answers "Operation timed out" at the total timeout, through onTimeout, with the real physical id', async () => {
    const exchange = await send(events.create(target), wiring(
      async () => ({ PhysicalResourceId: 'arn:orders' }),
      async () => ({ IsComplete: false }),
      { pollIntervalMs: 10, totalTimeoutMs: 60 },
    ));

    expect(exchange.response).toMatchObject({ Status: 'FAILED', Reason: 'Operation timed out', PhysicalResourceId: 'arn:orders' });
    expect(exchange.isCompleteInvocations).toBeGreaterThanOrEqual(3);
    expect(exchange.isCompleteInvocations).toBeLessThanOrEqual(7);
  });

  test('fails an isComplete that returns Data while not complete', async () => {
    const exchange = await send(events.create(target), wiring(
      async () => ({ PhysicalResourceId: 'arn:orders' }),
      async () => ({ IsComplete: false, Data: { Early: 'x' } }),
    ));

    expect(exchange.response).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'arn:orders' });
    expect(exchange.response.Reason).toMatch(/^Error: "Data" is not allowed if "IsComplete" is "False"/);
  });

  test('fails a Delete whose onEvent changes the physical id', async () => {
    const exchange = await send(events.delete(target, 'arn:orders'), wiring(async () => ({ PhysicalResourceId: 'arn:other' })));

    expect(exchange.response).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'arn:orders' });
    expect(exchange.response.Reason).toMatch(/^Error: DELETE: cannot change the physical resource ID from "arn:orders" to "arn:other" during deletion/);
  });

  test('answers as soon as onEvent returns when the Provider has no isComplete', async () => {
    const exchange = await send(events.update(target, 'arn:orders', { Name: 'old' }), wiring(async () => ({ Data: { Name: 'orders' } })));

    expect(exchange.response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'arn:orders', Data: { Name: 'orders' } });
  });

  test('invokes the handler as Lambda does: the event as sent, a context, and the framework\'s environment', async () => {
    let seen: { event: unknown; context: LambdaContext; environment: { [name: string]: string | undefined } } | undefined;
    const onEvent: LambdaHandler = async (event, context) => {
      seen = {
        event,
        context,
        environment: {
          USER_ON_EVENT_FUNCTION_ARN: process.env.USER_ON_EVENT_FUNCTION_ARN,
          WAITER_STATE_MACHINE_ARN: process.env.WAITER_STATE_MACHINE_ARN,
          AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL,
        },
      };
      return { PhysicalResourceId: 'arn:orders' };
    };
    const event = events.create(target);

    await send(event, wiring(onEvent), { AWS_ENDPOINT_URL: 'http://127.0.0.1:1' });

    expect(seen?.event).toEqual(event);
    expect(seen?.context.functionName).toBe('Shop-OnEventHandler-AbC123');
    expect(seen?.context.getRemainingTimeInMillis()).toBeGreaterThan(299_000);
    expect(seen?.environment).toEqual({
      USER_ON_EVENT_FUNCTION_ARN: `${ARN}Shop-OnEventHandler-AbC123`,
      WAITER_STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:123456789012:stateMachine:Shop-Waiter',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
    });
    expect(process.env.USER_ON_EVENT_FUNCTION_ARN).toBeUndefined();
    expect(process.env.AWS_ENDPOINT_URL).toBeUndefined();
  });

  test("keeps what the framework and the handler log, as their CloudWatch Logs, off the runner's output", async () => {
    const stdout = jest.spyOn(process.stdout, 'write');
    const exchange = await send(events.create(target), wiring(async () => {
      process.stdout.write('{"decision":"created"}\n');
      return { PhysicalResourceId: 'arn:orders' };
    }));

    expect(exchange.logs).toContain('{"decision":"created"}');
    expect(exchange.logs).toContain('[provider-framework] submit response to cloudformation');
    expect(stdout).not.toHaveBeenCalled();
    stdout.mockRestore();
  });
});

describe('waitingReason', () => {
  const line = (decision: string, details: object = {}) => `${JSON.stringify({ decision, ...details })}\n`;

  test("is the last `not complete yet` decision of the handler's log, with its reason", () => {
    const logs = [
      line('reconcile', { calls: 2 }),
      line('not complete yet: waiting', { reason: 'the pool is CREATING; waiting for ACTIVE' }),
      'START RequestId: 1 Version: $LATEST\n',
      line('not complete yet: waiting', { reason: 'the number is PENDING; waiting for ACTIVE (waitForActive)' }),
    ].join('');

    expect(waitingReason(logs)).toBe('waiting: the number is PENDING; waiting for ACTIVE (waitForActive)');
  });

  test('is the decision alone when it gives no reason, and undefined when the handler did not wait', () => {
    expect(waitingReason(line('not complete yet: out of time for this poll', { remaining: 4 }))).toBe('out of time for this poll');
    expect(waitingReason(`${line('complete')}{"decision": "not complete yet: truncated`)).toBeUndefined();
  });
});
