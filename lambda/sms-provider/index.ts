import { createSmsClient, IS_COMPLETE_MAX_ATTEMPTS } from './client';
import { dispatch } from './dispatch';
import { IsCompleteRequest, OnEventRequest } from './events';
import { CONTROL_PLANE_INTERVAL_MS, pacedPerAction, SERVICE_INTERVAL_OVERRIDES } from './pacing';

/** The member of Lambda's context object that the handler uses. */
interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

/** Kept back from isComplete's Lambda timeout for the call in flight and the answer. */
const IS_COMPLETE_MARGIN_MS = 20_000;

const onEventClient = pacedPerAction(createSmsClient(), CONTROL_PLANE_INTERVAL_MS, SERVICE_INTERVAL_OVERRIDES);
const isCompleteClient = pacedPerAction(createSmsClient({ maxAttempts: IS_COMPLETE_MAX_ATTEMPTS }), CONTROL_PLANE_INTERVAL_MS,
  SERVICE_INTERVAL_OVERRIDES);

export const onEvent = (event: OnEventRequest) => dispatch(event, onEventClient).onEvent();
export const isComplete = (event: IsCompleteRequest, context?: LambdaContext) => dispatch(event, isCompleteClient, {
  deadline: context && Date.now() + context.getRemainingTimeInMillis() - IS_COMPLETE_MARGIN_MS,
}).isComplete();
