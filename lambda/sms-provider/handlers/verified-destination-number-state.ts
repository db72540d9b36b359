import { createHash } from 'crypto';
import { DescribeVerifiedDestinationNumbersCommand, VerifiedDestinationNumberInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CODE_SENT_TAG, VerifiedDestinationNumberResourceProperties } from '../../../src/wire/verified-destination-number-properties';
import { SmsClient } from '../client';
import { describeOne, readTags } from './shared-reads';

/** A verified destination number as the service has it, with the verification settings its last code was sent with. */
export interface VerifiedDestinationNumberActual {
  readonly arn: string;
  readonly id: string;
  /** PENDING or VERIFIED. */
  readonly status: string;
  /** The fingerprint in CODE_SENT_TAG; undefined when no code was sent. */
  readonly codeSentWith?: string;
}

/** The verified destination number with this id, or undefined when there is none. */
export async function describeVerifiedDestinationNumber(client: SmsClient, id: string): Promise<VerifiedDestinationNumberInformation | undefined> {
  const describe = new DescribeVerifiedDestinationNumbersCommand({ VerifiedDestinationNumberIds: [id] });
  return describeOne(async () => (await client.send(describe)).VerifiedDestinationNumbers, info => info.VerifiedDestinationNumberId === id);
}

/** Everything the handler reconciles; undefined when the number is gone. */
export async function readVerifiedDestinationNumber(client: SmsClient, id: string): Promise<VerifiedDestinationNumberActual | undefined> {
  const info = await describeVerifiedDestinationNumber(client, id);
  if (!info?.VerifiedDestinationNumberArn) return undefined;
  const arn = info.VerifiedDestinationNumberArn;
  return { arn, id, status: info.Status ?? '', codeSentWith: (await readTags(client, arn)).get(CODE_SENT_TAG) };
}

/** What identifies the verification settings a code is sent with, short enough for a tag value. */
export function verificationFingerprint(properties: VerifiedDestinationNumberResourceProperties): string {
  const settings = [properties.VerificationChannel, properties.LanguageCode, properties.OriginationIdentity, properties.ConfigurationSetName];
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 32);
}
