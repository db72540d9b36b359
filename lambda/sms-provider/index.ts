import { createSmsClient, IS_COMPLETE_RETRY_BUDGET_MS } from './client';
import { dispatch } from './dispatch';
import { IsCompleteRequest, OnEventRequest } from './events';
import { pacedPerAction, pacingFromEnvironment } from './pacing';

/** The member of Lambda's context object that the handler uses. */
interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

/** Kept back from isComplete's Lambda timeout: the call in flight, with its retries, and the answer. */
const IS_COMPLETE_MARGIN_MS = IS_COMPLETE_RETRY_BUDGET_MS + 20_000;

/**
 * The service's quotas, unless SMS_PROVIDER_PACING_INTERVAL_MS says otherwise (a local emulator
 * with quotas off: 0). Read once, when the execution environment starts.
 */
const pacing = pacingFromEnvironment(process.env);

const onEventClient = pacedPerAction(createSmsClient(), pacing.intervalMs, pacing.overrides);
const isCompleteClient = pacedPerAction(createSmsClient({}, IS_COMPLETE_RETRY_BUDGET_MS), pacing.intervalMs, pacing.overrides);

export const onEvent = (event: OnEventRequest) => dispatch(event, onEventClient).onEvent();
export const isComplete = (event: IsCompleteRequest, context?: LambdaContext) => dispatch(event, isCompleteClient, {
  deadline: context && Date.now() + context.getRemainingTimeInMillis() - IS_COMPLETE_MARGIN_MS,
}).isComplete();
