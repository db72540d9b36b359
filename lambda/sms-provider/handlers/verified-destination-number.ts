import { LanguageCode, VerificationChannel, VerifiedDestinationNumberInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  CODE_SENT_TAG,
  VERIFIED_DESTINATION_NUMBER,
  VerifiedDestinationNumberResourceProperties,
} from '../../../src/wire/verified-destination-number-properties';
import { ResponseData } from '../events';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import {
  describeVerifiedDestinationNumber,
  readVerifiedDestinationNumber,
  verificationFingerprint,
  VerifiedDestinationNumberActual,
} from './verified-destination-number-state';
import { PlannedCall } from '../reconcile/calls';

type Properties = VerifiedDestinationNumberResourceProperties;

/**
 * Custom::SmsVoiceVerifiedDestinationNumber. The physical id is the verified destination number's
 * ARN; a new DestinationPhoneNumber is a new one.
 *
 * onEvent adds the number; isComplete sends the verification code while the number is PENDING and
 * no code was sent with the declared settings (channel, language, origination identity,
 * configuration set): SendDestinationNumberVerificationCode, then the settings' fingerprint in a
 * tag of its own (CODE_SENT_TAG). So a re-delivered event sends no second code, changed settings
 * send a new one, and a VERIFIED number gets none. Verifying is a person's step. Delete removes the
 * number only when `ReleaseOnDelete` is true.
 */
export class VerifiedDestinationNumberHandler extends SmsResourceHandler<Properties, string, VerifiedDestinationNumberActual> {
  protected readonly contract = VERIFIED_DESTINATION_NUMBER;

  protected readonly subjectDetails = { nameProperty: 'destinationPhoneNumber', importMethod: 'VerifiedDestinationNumber.fromVerifiedDestinationNumberId' };

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateVerifiedDestinationNumber', input: { DestinationPhoneNumber: desired.DestinationPhoneNumber } };
  }

  protected read(id: string): Promise<VerifiedDestinationNumberActual | undefined> {
    return readVerifiedDestinationNumber(this.context.client, id);
  }

  protected plan(desired: Properties, actual: VerifiedDestinationNumberActual, _declaredBefore: Properties | undefined, id: string): PlannedCall[] {
    const fingerprint = verificationFingerprint(desired);
    if (actual.status !== 'PENDING' || actual.codeSentWith === fingerprint) return [];
    return [
      {
        action: 'SendDestinationNumberVerificationCode',
        input: {
          VerifiedDestinationNumberId: id,
          // Validated against the service model's enums before the request.
          VerificationChannel: desired.VerificationChannel as VerificationChannel,
          LanguageCode: desired.LanguageCode as LanguageCode | undefined,
          OriginationIdentity: desired.OriginationIdentity,
          ConfigurationSetName: desired.ConfigurationSetName,
        },
      },
      { action: 'TagResource', input: { ResourceArn: actual.arn, Tags: [{ Key: CODE_SENT_TAG, Value: fingerprint }] } },
    ];
  }

  protected data(actual: VerifiedDestinationNumberActual): ResponseData {
    const { attributes } = VERIFIED_DESTINATION_NUMBER;
    return { [attributes.ID]: actual.id, [attributes.ARN]: actual.arn, [attributes.STATUS]: actual.status };
  }

  protected removal(id: string): ResourceRemoval<VerifiedDestinationNumberInformation> {
    return {
      describe: () => describeVerifiedDestinationNumber(this.context.client, id),
      call: { action: 'DeleteVerifiedDestinationNumber', input: { VerifiedDestinationNumberId: id } },
    };
  }
}
