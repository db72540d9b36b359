import { DescribeVerifiedDestinationNumbersCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { idOf, readTags, tagProperties } from './phone-numbers';
import { RawProperties } from '../../../lambda/sms-provider/events';
import { CODE_SENT_TAG } from '../../../src/wire/verified-destination-number-properties';

export const VERIFIED_ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:verified-destination-number/';

export interface VerifiedDestinationNumberOptions {
  readonly destinationPhoneNumber?: string;
  readonly verificationChannel?: string;
  readonly languageCode?: string;
  readonly originationIdentity?: string;
  readonly configurationSetName?: string;
  /** @default true, as RemovalPolicy.DESTROY */
  readonly releaseOnDelete?: boolean;
  readonly tags?: { readonly [key: string]: string };
  readonly withoutSchemaVersion?: boolean;
}

/** The properties of a Custom::SmsVoiceVerifiedDestinationNumber as CloudFormation delivers them. */
export function verifiedDestinationNumberProperties(options: VerifiedDestinationNumberOptions = {}): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    DestinationPhoneNumber: options.destinationPhoneNumber ?? '+14255550100',
    VerificationChannel: options.verificationChannel ?? 'TEXT',
    ...options.languageCode ? { LanguageCode: options.languageCode } : {},
    ...options.originationIdentity ? { OriginationIdentity: options.originationIdentity } : {},
    ...options.configurationSetName ? { ConfigurationSetName: options.configurationSetName } : {},
    ReleaseOnDelete: String(options.releaseOnDelete ?? true),
    ...options.tags ? { Tags: tagProperties(options.tags) } : {},
  };
}

/** A verified destination number as a test compares it: the tags the stack sees (the handler's own tag apart). */
export interface VerifiedDestinationNumberView {
  readonly destinationPhoneNumber: string;
  readonly status: string;
  readonly tags: { readonly [key: string]: string };
}

/** What the service has for the verified destination number an ARN names; undefined when there is none. */
export async function readVerifiedDestinationNumber(client: PinpointSMSVoiceV2Client, arn: string):
Promise<VerifiedDestinationNumberView | undefined> {
  let found;
  try {
    const response = await client.send(new DescribeVerifiedDestinationNumbersCommand({ VerifiedDestinationNumberIds: [idOf(arn)] }));
    [found] = response.VerifiedDestinationNumbers ?? [];
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  const { [CODE_SENT_TAG]: _handlerOwned, ...tags } = await readTags(client, arn);
  return { destinationPhoneNumber: found.DestinationPhoneNumber!, status: found.Status!, tags };
}

/** What reading back shows for these options, on a number nobody has verified yet. */
export function expectedVerifiedDestinationNumber(options: VerifiedDestinationNumberOptions): VerifiedDestinationNumberView {
  return { destinationPhoneNumber: options.destinationPhoneNumber ?? '+14255550100', status: 'PENDING', tags: { ...options.tags } };
}
