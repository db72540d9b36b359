import { CREATE_FAILED_MARKER } from './events';
import { IsCompleteRequest, IsCompleteResponse, OnEventRequest, OnEventResponse, ResponseData } from '../../../lambda/sms-provider/events';

const MISSING_PHYSICAL_ID_MARKER = 'AWSCDK::CustomResourceProviderFramework::MISSING_PHYSICAL_ID';
/** A name as long as the Lambda names CDK generates, for a realistic logs hint. */
const USER_FUNCTION_NAME = 'sms-app-SmsProviderOnEventHandler9A1B2C3D-AbCdEfGhIjKl';

export interface UserHandlers {
  onEvent(event: OnEventRequest): Promise<OnEventResponse>;
  isComplete(event: IsCompleteRequest): Promise<IsCompleteResponse>;
}

/** What CloudFormation received for one event. */
export interface ProviderResult {
  readonly status: 'SUCCESS' | 'FAILED';
  readonly physicalResourceId: string;
  readonly data: ResponseData;
  readonly reason: string;
  /** How many times isComplete was called. */
  readonly polls: number;
  /** The exact body the framework PUTs to the ResponseURL. */
  readonly responseBody: string;
}

/**
 * Drives the user handlers the way aws-cdk-lib's Provider framework does (framework.js,
 * cfn-response.js): the CREATE_FAILED marker short-circuit, onEvent, the merged isComplete event,
 * polling until complete (here: at most `maxPolls` times, then "Operation timed out"), and the
 * response body, with a failure's reason built from the error as Lambda reports it. Events and
 * responses cross a JSON boundary, as they do between Lambdas.
 */
export async function runProvider(handlers: UserHandlers, event: OnEventRequest, maxPolls = 10): Promise<ProviderResult> {
  if (event.RequestType === 'Delete' && event.PhysicalResourceId === CREATE_FAILED_MARKER) {
    return respond('SUCCESS', event, {}, 0);
  }
  let onEventResult: OnEventResponse;
  try {
    onEventResult = viaJson(await handlers.onEvent(viaJson(event)));
  } catch (error) {
    const physicalResourceId = event.PhysicalResourceId ?? (event.RequestType === 'Create' ? CREATE_FAILED_MARKER : undefined);
    return respond('FAILED', { ...event, PhysicalResourceId: physicalResourceId }, {}, 0, lambdaFailureReason(error));
  }
  const physicalResourceId = onEventResult.PhysicalResourceId || (event.RequestType === 'Create' ? event.RequestId : event.PhysicalResourceId!);
  if (event.RequestType === 'Delete' && physicalResourceId !== event.PhysicalResourceId) {
    return respond('FAILED', event, {}, 0, `DELETE: cannot change the physical resource ID from "${event.PhysicalResourceId}" to "${physicalResourceId}"`);
  }
  const pollEvent: IsCompleteRequest = { ...event, ...onEventResult, PhysicalResourceId: physicalResourceId };

  for (let poll = 1; poll <= maxPolls; poll++) {
    let result: IsCompleteResponse;
    try {
      result = viaJson(await handlers.isComplete(viaJson(pollEvent)));
    } catch (error) {
      return respond('FAILED', pollEvent, {}, poll, lambdaFailureReason(error));
    }
    if (result.IsComplete) return respond('SUCCESS', pollEvent, { ...pollEvent.Data, ...result.Data }, poll);
    if (result.Data && Object.keys(result.Data).length > 0) {
      return respond('FAILED', pollEvent, {}, poll, '"Data" is not allowed if "IsComplete" is "False"');
    }
  }
  return respond('FAILED', pollEvent, {}, maxPolls, 'Operation timed out');
}

function respond(status: ProviderResult['status'], event: OnEventRequest, data: ResponseData, polls: number, reason?: string): ProviderResult {
  const physicalResourceId = event.PhysicalResourceId || MISSING_PHYSICAL_ID_MARKER;
  const responseBody = JSON.stringify({
    Status: status,
    Reason: reason || status,
    StackId: event.StackId,
    RequestId: event.RequestId,
    PhysicalResourceId: physicalResourceId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data,
  });
  return { status, physicalResourceId, data, reason: reason ?? '', polls, responseBody };
}

/**
 * Lambda reports a thrown error as { errorMessage, trace: stack lines }; the framework rebuilds it
 * as the message, a logs hint, and the trace without its first line, and sends that stack.
 */
function lambdaFailureReason(error: unknown): string {
  const errorMessage = error instanceof Error ? error.message : String(error);
  // The first line and Node's default of 10 frames, whatever limit the test runner set.
  const trace = (error instanceof Error ? error.stack ?? '' : '').split('\n').slice(0, 11);
  const message = [errorMessage, '', `Logs: /aws/lambda/${USER_FUNCTION_NAME}`, ''].join('\n');
  return [message, ...trace.slice(1)].join('\n');
}

function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
