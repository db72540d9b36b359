import { PinpointSMSVoiceV2Client, PinpointSMSVoiceV2ClientConfig } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { QuotaRetryStrategy } from './retry-strategy';

/** The one method the handler uses, so tests can hand in any client (the real one, pointed at the emulator). */
export type SmsClient = Pick<PinpointSMSVoiceV2Client, 'send'>;

/**
 * How long onEvent retries one call. Its Lambda timeout is 5 minutes; a create call that meets
 * the whole stack's contention for its action (every resource of a type created at once) waits
 * its turn here.
 */
export const ON_EVENT_RETRY_BUDGET_MS = 2 * 60_000;

/**
 * How long isComplete retries one call. A call that gives up leaves the poll not complete and costs
 * the provider's query interval, so the budget outlasts the contention a whole stack's resources of
 * one type make for their action (sixteen callers of a 1-request-a-second action take about 16 s).
 */
export const IS_COMPLETE_RETRY_BUDGET_MS = 60_000;

/**
 * The SMS v2 client, whose retries share the quotas with concurrent invocations (QuotaRetryStrategy).
 * The SDK itself honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2, which point
 * it at a local emulator.
 */
export function createSmsClient(overrides: PinpointSMSVoiceV2ClientConfig = {}, retryBudgetMs = ON_EVENT_RETRY_BUDGET_MS): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    retryStrategy: new QuotaRetryStrategy({ budgetMs: retryBudgetMs }),
    // A connection that hangs must not hold the handler until its Lambda timeout.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 10_000 },
    ...overrides,
  });
}
