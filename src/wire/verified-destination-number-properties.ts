import { ReleasableResourceProperties, TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { verifiedDestinationNumberViolations } from './validate-verified-destination-number';

/**
 * The properties of a Custom::SmsVoiceVerifiedDestinationNumber. Physical id: the verified
 * destination number's ARN. DestinationPhoneNumber is create-only; the rest says how the
 * verification code is sent (SendDestinationNumberVerificationCode), which the handler does again
 * only when these settings change while the number is still PENDING.
 */
export interface VerifiedDestinationNumberResourceProperties extends ReleasableResourceProperties, TaggableResourceProperties {
  /** E.164. */
  readonly DestinationPhoneNumber: string;
  /** TEXT or VOICE. */
  readonly VerificationChannel: string;
  /** The model's LanguageCode; absent: the service's default. */
  readonly LanguageCode?: string;
  /** The ARN of the phone number, sender ID or pool the code is sent from; absent: the service picks one. */
  readonly OriginationIdentity?: string;
  /** The name or ARN of the configuration set the code is sent with. */
  readonly ConfigurationSetName?: string;
}

export { CODE_SENT_TAG } from './validate-verified-destination-number';

export const VERIFIED_DESTINATION_NUMBER: ResourceContract<VerifiedDestinationNumberResourceProperties> = {
  resourceType: 'Custom::SmsVoiceVerifiedDestinationNumber',
  noun: 'verified destination number',
  nameKey: 'DestinationPhoneNumber',
  schemaVersions: ['1'],
  schema: {
    DestinationPhoneNumber: fields.string,
    VerificationChannel: fields.string,
    LanguageCode: fields.optionalString,
    OriginationIdentity: fields.optionalString,
    ConfigurationSetName: fields.optionalString,
    ReleaseOnDelete: fields.boolean,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: { DestinationPhoneNumber: 'destinationPhoneNumber' },
  arnResourceType: 'verified-destination-number',
  attributes: { ID: 'VerifiedDestinationNumberId', ARN: 'VerifiedDestinationNumberArn', STATUS: 'Status' },
  violations: verifiedDestinationNumberViolations,
};
