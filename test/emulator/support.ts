import { PinpointSMSVoiceV2Client, PinpointSMSVoiceV2ClientConfig } from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** A real SDK client for the emulator, with dummy credentials. */
export function clientFor(endpoint: string, config: PinpointSMSVoiceV2ClientConfig = {}): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    ...config,
  });
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export interface RawReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** A raw awsJson1_0 call, for what the SDK would never send. */
export async function rawCall(endpoint: string, target: string, body: string, headers: Record<string, string> = {}): Promise<RawReply> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target, ...headers },
    body,
  });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

export const SNS_DESTINATION = { TopicArn: 'arn:aws:sns:us-east-1:123456789012:events' };
export const CLOUDWATCH_DESTINATION = {
  IamRoleArn: 'arn:aws:iam::123456789012:role/sms-events',
  LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:sms-events',
};
export const FIREHOSE_DESTINATION = {
  IamRoleArn: 'arn:aws:iam::123456789012:role/sms-events',
  DeliveryStreamArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/sms-events',
};
