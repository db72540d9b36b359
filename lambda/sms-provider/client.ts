import { PinpointSMSVoiceV2Client, PinpointSMSVoiceV2ClientConfig } from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** The one method the handler uses, so tests can hand in any client (the real one, pointed at the emulator). */
export type SmsClient = Pick<PinpointSMSVoiceV2Client, 'send'>;

/**
 * The control plane allows about 1 request per second per action, so a deployment of many
 * resources meets throttling: adaptive retry slows the client down, and 10 attempts ride it out
 * where the SDK's default of 3 would give up after about a second and a half.
 */
export const ON_EVENT_MAX_ATTEMPTS = 10;

/** isComplete gives up sooner, answers "not complete", and is polled again: its calls stay short. */
export const IS_COMPLETE_MAX_ATTEMPTS = 4;

/**
 * The SMS v2 client. The SDK itself honours AWS_ENDPOINT_URL and
 * AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2, which point it at a local emulator.
 */
export function createSmsClient(overrides: PinpointSMSVoiceV2ClientConfig = {}): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    retryMode: 'adaptive',
    maxAttempts: ON_EVENT_MAX_ATTEMPTS,
    // A connection that hangs must not hold the handler until its Lambda timeout.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 10_000 },
    ...overrides,
  });
}
