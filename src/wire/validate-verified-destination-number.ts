import { checkE164, checkHandlerTag, checkTags } from './rules';
import type { VerifiedDestinationNumberResourceProperties } from './verified-destination-number-properties';
import { IsUnresolved, Violations } from './violations';

/**
 * The tag in which the handler remembers the verification settings it last sent a code with (a
 * fingerprint), so that a re-delivered event sends no second code. The tag planner never touches
 * it (no stack declares it), and the construct refuses it as a tag key.
 */
export const CODE_SENT_TAG = 'sms-voice-cdk:verification-code-sent';

type Properties = VerifiedDestinationNumberResourceProperties;

export function verifiedDestinationNumberViolations(properties: Properties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved);
  checkE164(v, 'destinationPhoneNumber', properties.DestinationPhoneNumber);
  v.shape('verificationChannel', properties.VerificationChannel, 'VerificationChannel')
    .shape('languageCode', properties.LanguageCode, 'LanguageCode')
    .shape('originationIdentity', properties.OriginationIdentity, 'VerificationMessageOriginationIdentity')
    .shape('configurationSet', properties.ConfigurationSetName, 'ConfigurationSetNameOrArn');
  checkTags(v, properties.Tags);
  return checkHandlerTag(v, properties.Tags, CODE_SENT_TAG, 'the verification settings a code was last sent with');
}
