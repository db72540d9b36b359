import { randomUUID } from 'crypto';
import { errorDetails } from './error-details';

/** The members of Lambda's context object that handlers use. */
export interface LambdaContext {
  readonly functionName: string;
  readonly invokedFunctionArn: string;
  readonly awsRequestId: string;
  getRemainingTimeInMillis(): number;
}

export type LambdaHandler = (event: unknown, context: LambdaContext) => Promise<unknown>;

/** A function the framework invokes: its ARN, the code behind it and its timeout. */
export interface LambdaFunction {
  readonly arn: string;
  readonly handler: LambdaHandler;
  readonly timeoutSeconds: number;
}

/** What Lambda's Invoke API returns (the fields the Provider framework reads). */
export interface InvocationResponse {
  readonly StatusCode: number;
  readonly Payload: Buffer;
  readonly FunctionError?: 'Unhandled';
}

/**
 * Invokes `fn` as Lambda's Node.js runtime does: the payload crosses as JSON, and a thrown error
 * comes back as `FunctionError: 'Unhandled'` with `{ errorType, errorMessage, trace }`.
 */
export async function invokeLambda(fn: LambdaFunction, payload: string): Promise<InvocationResponse> {
  const deadline = Date.now() + fn.timeoutSeconds * 1000;
  const context: LambdaContext = {
    functionName: fn.arn.split(':').pop()!,
    invokedFunctionArn: fn.arn,
    awsRequestId: randomUUID(),
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    const result = await fn.handler(JSON.parse(payload), context);
    return { StatusCode: 200, Payload: Buffer.from(JSON.stringify(result ?? null)) };
  } catch (error) {
    const { name, message, stack } = errorDetails(error);
    return {
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: Buffer.from(JSON.stringify({ errorType: name, errorMessage: message, trace: stack.split('\n') })),
    };
  }
}
