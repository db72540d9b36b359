import { IResource, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { IConfigurationSet } from './configuration-set';
import { ISendingIdentity } from './sending-identity';
import { shareableResourceType, smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { HandlerReference, referenceTo } from '../private/handler-permissions';
import { importResource, SmsResourceBase, TaggableProps } from '../private/sms-resource';
import { CONFIGURATION_SET } from '../wire/configuration-set-properties';
import { VERIFIED_DESTINATION_NUMBER } from '../wire/verified-destination-number-properties';

/**
 * A destination phone number that a sandbox account may send messages to once a person verifies it.
 */
export interface IVerifiedDestinationNumber extends IResource {
  /**
   * The id of the verified destination number, such as `verified-0123456789abcdef0123456789abcdef`.
   *
   * @attribute
   */
  readonly verifiedDestinationNumberId: string;

  /**
   * The ARN of the verified destination number.
   *
   * @attribute
   */
  readonly verifiedDestinationNumberArn: string;

  /**
   * Grants permission to verify the number with the code it received (VerifyDestinationNumber).
   */
  grantVerify(grantee: iam.IGrantable): iam.Grant;

  /**
   * Grants permission to send the number a new verification code (SendDestinationNumberVerificationCode).
   */
  grantSendVerificationCode(grantee: iam.IGrantable): iam.Grant;
}

/**
 * How the verification code reaches the number.
 */
export enum VerificationChannel {
  /** A text message. */
  TEXT = 'TEXT',
  /** A voice call. */
  VOICE = 'VOICE',
}

/**
 * The language of the verification message, as the service model's LanguageCode names them.
 */
export enum VerificationLanguage {
  /** German (Germany). */
  DE_DE = 'DE_DE',
  /** English (United Kingdom). */
  EN_GB = 'EN_GB',
  /** English (United States). */
  EN_US = 'EN_US',
  /** Spanish (Latin America). */
  ES_419 = 'ES_419',
  /** Spanish (Spain). */
  ES_ES = 'ES_ES',
  /** French (Canada). */
  FR_CA = 'FR_CA',
  /** French (France). */
  FR_FR = 'FR_FR',
  /** Italian (Italy). */
  IT_IT = 'IT_IT',
  /** Japanese (Japan). */
  JA_JP = 'JA_JP',
  /** Korean (Korea). */
  KO_KR = 'KO_KR',
  /** Portuguese (Brazil). */
  PT_BR = 'PT_BR',
  /** Chinese (Simplified). */
  ZH_CN = 'ZH_CN',
  /** Chinese (Traditional). */
  ZH_TW = 'ZH_TW',
}

/**
 * Properties of a verified destination number.
 */
export interface VerifiedDestinationNumberProps extends TaggableProps {
  /**
   * The phone number to verify, in E.164 format (`+` and up to 15 digits). Changing it adds a new
   * verified destination number.
   */
  readonly destinationPhoneNumber: string;

  /**
   * How the verification code is sent. While the number is PENDING, a change sends a new code.
   *
   * @default VerificationChannel.TEXT
   */
  readonly verificationChannel?: VerificationChannel;

  /**
   * The language of the verification message. While the number is PENDING, a change sends a new code.
   *
   * @default - the service's default language, English (US)
   */
  readonly languageCode?: VerificationLanguage;

  /**
   * The phone number, sender ID or pool the verification code is sent from, of this app or
   * imported. While the number is PENDING, a change sends a new code.
   *
   * @default - the service picks one
   */
  readonly originationIdentity?: ISendingIdentity;

  /**
   * The configuration set the verification code is sent with. While the number is PENDING, a
   * change sends a new code.
   *
   * @default - none
   */
  readonly configurationSet?: IConfigurationSet;

  /**
   * What happens to the verified destination number when it leaves the stack.
   *
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class VerifiedDestinationNumberBase extends SmsResourceBase implements IVerifiedDestinationNumber {
  public abstract readonly verifiedDestinationNumberId: string;
  public abstract readonly verifiedDestinationNumberArn: string;

  public grantVerify(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, 'sms-voice:VerifyDestinationNumber');
  }

  public grantSendVerificationCode(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, `sms-voice:${SEND_CODE}`);
  }
}

/**
 * A verified destination number, for an account in the SMS sandbox, which sends only to verified
 * numbers. The verification code is sent when it is added, and again when the verification
 * settings change while it is PENDING; a person then verifies it with the code
 * (VerifyDestinationNumber). By default it is removed when it leaves the stack.
 *
 * @resource Custom::SmsVoiceVerifiedDestinationNumber
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreateVerifiedDestinationNumber.html
 * @example
 * new VerifiedDestinationNumber(this, 'Tester', {
 *   destinationPhoneNumber: '+12065550123',
 * });
 */
export class VerifiedDestinationNumber extends VerifiedDestinationNumberBase {
  /**
   * Imports a verified destination number by id.
   */
  public static fromVerifiedDestinationNumberId(scope: Construct, id: string, verifiedDestinationNumberId: string): IVerifiedDestinationNumber {
    const verifiedDestinationNumberArn = smsVoiceArn(scope, VERIFIED_DESTINATION_NUMBER.arnResourceType, verifiedDestinationNumberId);
    return importResource(VerifiedDestinationNumberBase, scope, id, verifiedDestinationNumberArn,
      { verifiedDestinationNumberId, verifiedDestinationNumberArn });
  }

  /**
   * Imports a verified destination number by ARN.
   */
  public static fromVerifiedDestinationNumberArn(scope: Construct, id: string, verifiedDestinationNumberArn: string): IVerifiedDestinationNumber {
    const verifiedDestinationNumberId = smsVoiceResourceName(verifiedDestinationNumberArn);
    return importResource(VerifiedDestinationNumberBase, scope, id, verifiedDestinationNumberArn,
      { verifiedDestinationNumberId, verifiedDestinationNumberArn }, true);
  }

  public readonly verifiedDestinationNumberId: string;
  public readonly verifiedDestinationNumberArn: string;
  /**
   * The number, in E.164 format.
   */
  public readonly destinationPhoneNumber: string;
  /**
   * The status when the deployment completed: PENDING until a person verifies the number, then VERIFIED.
   *
   * @attribute
   */
  public readonly verificationStatus: string;

  constructor(scope: Construct, id: string, props: VerifiedDestinationNumberProps) {
    super(scope, id, { resourceType: VERIFIED_DESTINATION_NUMBER.resourceType, tags: props.tags });
    const identity = props.originationIdentity;

    const resource = this._provision(VERIFIED_DESTINATION_NUMBER, {
      properties: () => ({
        DestinationPhoneNumber: props.destinationPhoneNumber,
        VerificationChannel: props.verificationChannel ?? VerificationChannel.TEXT,
        LanguageCode: props.languageCode,
        OriginationIdentity: identity?.sendingIdentityArn,
        ConfigurationSetName: props.configurationSet?.configurationSetArn,
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
      permissions: { [VERIFIED_DESTINATION_NUMBER.arnResourceType]: HANDLER_ACTIONS },
      references: [
        identity && this.sendingIdentityReference(identity),
        referenceTo(props.configurationSet, CONFIGURATION_SET.arnResourceType, [SEND_CODE]),
      ],
    });

    this.verifiedDestinationNumberId = resource.getAttString(VERIFIED_DESTINATION_NUMBER.attributes.ID);
    this.verifiedDestinationNumberArn = resource.getAttString(VERIFIED_DESTINATION_NUMBER.attributes.ARN);
    this.destinationPhoneNumber = props.destinationPhoneNumber;
    this.verificationStatus = resource.getAttString(VERIFIED_DESTINATION_NUMBER.attributes.STATUS);
  }

  /** The handler's permission to send the code from `identity`, on the ARN type of the phone number, sender ID or pool it is. */
  private sendingIdentityReference(identity: ISendingIdentity): HandlerReference {
    const resourceType = shareableResourceType(identity, identity.sendingIdentityArn);
    if (resourceType === undefined) {
      throw new Error(`VerifiedDestinationNumber '${this.node.path}': cannot tell what the originationIdentity '${identity.node.path}' is:`
        + ' give it a phone number, sender ID or pool of this library (its fromXxx imports included)');
    }
    return { resource: identity, resourceType, actions: [SEND_CODE] };
  }
}

const SEND_CODE = 'SendDestinationNumberVerificationCode';

/** What the handler does to a verified destination number. */
const HANDLER_ACTIONS = [
  'CreateVerifiedDestinationNumber',
  'DescribeVerifiedDestinationNumbers',
  SEND_CODE,
  'DeleteVerifiedDestinationNumber',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];
