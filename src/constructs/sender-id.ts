import { Arn, ArnFormat, Fn, IResource, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { MessageType } from './message-type';
import { IOriginationIdentity } from './origination-identity';
import { IShareableResource } from './resource-policy';
import { ISendingIdentity } from './sending-identity';
import { smsVoiceArn } from '../private/arns';
import { SEND_ACTIONS } from '../private/grants';
import { PoolFit } from '../private/pool-member';
import { ShareableResourceBase } from '../private/shareable-resource';
import { importResource, TaggableProps } from '../private/sms-resource';
import { SENDER_ID } from '../wire/sender-id-properties';

/**
 * A sender ID: an alphanumeric name that messages are sent from, in one country.
 */
export interface ISenderId extends IOriginationIdentity, IResource, IShareableResource, ISendingIdentity {
  /**
   * The sender ID, such as `MYBRAND`.
   *
   * @attribute
   */
  readonly senderId: string;

  /**
   * The ISO 3166-1 alpha-2 code of the sender ID's country.
   *
   * @attribute
   */
  readonly isoCountryCode: string;

  /**
   * The ARN of the sender ID.
   *
   * @attribute
   */
  readonly senderIdArn: string;

  /**
   * Grants `actions` on this sender ID to `grantee`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * Grants permission to send messages from this sender ID through every channel it supports,
   * which for a sender ID is text messages: the same grant as `grantSendTextMessage`.
   */
  grantSendMessages(grantee: iam.IGrantable): iam.Grant;

  /**
   * Grants permission to send text messages from this sender ID.
   */
  grantSendTextMessage(grantee: iam.IGrantable): iam.Grant;
}

/**
 * What identifies an existing sender ID.
 */
export interface SenderIdAttributes {
  /**
   * The sender ID, such as `MYBRAND`.
   */
  readonly senderId: string;

  /**
   * The ISO 3166-1 alpha-2 code of its country.
   */
  readonly isoCountryCode: string;
}

/**
 * Properties of a sender ID.
 */
export interface SenderIdProps extends TaggableProps {
  /**
   * The sender ID: 1 to 11 letters, digits, `_` or `-`. Changing it requests a new sender ID.
   */
  readonly senderId: string;

  /**
   * The ISO 3166-1 alpha-2 code of the country it sends in, such as `GB`. Changing it requests a
   * new sender ID.
   */
  readonly isoCountryCode: string;

  /**
   * The types of messages it sends. They cannot change once requested.
   *
   * @default - the service's default for the country
   */
  readonly messageTypes?: MessageType[];

  /**
   * Whether the sender ID is protected from release. While true, deleting it fails with a message
   * naming this property.
   *
   * @default false
   */
  readonly deletionProtection?: boolean;

  /**
   * What happens to the sender ID when it leaves the stack. By default it is kept when it leaves
   * the stack, when it is replaced and when the stack is deleted, and released only when the
   * deployment that requested it fails and rolls back. `RemovalPolicy.RETAIN` keeps it even
   * then; `RemovalPolicy.DESTROY` releases it whenever it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class SenderIdBase extends ShareableResourceBase implements ISenderId {
  public abstract readonly senderId: string;
  public abstract readonly isoCountryCode: string;
  public abstract readonly senderIdArn: string;

  /** @internal */
  public readonly _policyTargetType = SENDER_ID.arnResourceType;

  public get originationIdentityArn(): string {
    return this.senderIdArn;
  }

  public get sendingIdentityArn(): string {
    return this.senderIdArn;
  }

  public grantSendMessages(grantee: iam.IGrantable): iam.Grant {
    return this.grantSendTextMessage(grantee);
  }

  public grantSendTextMessage(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, SEND_ACTIONS.TEXT);
  }
}

/**
 * A sender ID, requested from AWS End User Messaging SMS. It is usable as soon as it is requested.
 * By default it is retained when it leaves the stack.
 *
 * @resource Custom::SmsVoiceSenderId
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_RequestSenderId.html
 * @example
 * declare const sender: lambda.IFunction;
 *
 * const brand = new SenderId(this, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'GB' });
 * brand.grantSendMessages(sender);
 */
export class SenderId extends SenderIdBase {
  /**
   * Imports a sender ID by its name and country.
   */
  public static fromSenderIdAttributes(scope: Construct, id: string, attrs: SenderIdAttributes): ISenderId {
    const senderIdArn = smsVoiceArn(scope, SENDER_ID.arnResourceType, `${attrs.senderId}/${attrs.isoCountryCode}`);
    return importResource(SenderIdBase, scope, id, senderIdArn, { senderId: attrs.senderId, isoCountryCode: attrs.isoCountryCode, senderIdArn });
  }

  /**
   * Imports a sender ID by ARN (`arn:<partition>:sms-voice:<region>:<account>:sender-id/<senderId>/<country>`).
   */
  public static fromSenderIdArn(scope: Construct, id: string, senderIdArn: string): ISenderId {
    const [senderId, isoCountryCode] = senderIdPath(senderIdArn);
    if (!senderId || !isoCountryCode) {
      throw new Error(`'${senderIdArn}' is not a sender ID ARN: expected arn:<partition>:sms-voice:<region>:<account>:sender-id/<senderId>/<country>`);
    }
    return importResource(SenderIdBase, scope, id, senderIdArn, { senderId, isoCountryCode, senderIdArn }, true);
  }

  public readonly senderId: string;
  public readonly isoCountryCode: string;
  public readonly senderIdArn: string;
  private readonly messageTypes: readonly MessageType[];

  constructor(scope: Construct, id: string, props: SenderIdProps) {
    super(scope, id, { resourceType: SENDER_ID.resourceType, tags: props.tags });

    const resource = this._provision(SENDER_ID, {
      properties: () => ({
        SenderId: props.senderId,
        IsoCountryCode: props.isoCountryCode,
        MessageTypes: props.messageTypes,
        DeletionProtectionEnabled: props.deletionProtection ?? false,
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      permissions: { [SENDER_ID.arnResourceType]: HANDLER_ACTIONS },
    });

    this.senderId = resource.getAttString(SENDER_ID.attributes.SENDER_ID);
    this.isoCountryCode = props.isoCountryCode;
    this.senderIdArn = resource.getAttString(SENDER_ID.attributes.ARN);
    this.messageTypes = props.messageTypes ?? [];
  }

  /**
   * What a pool made of the sender ID must match.
   *
   * @internal
   */
  public _poolFit(): PoolFit {
    return { kind: 'sender ID', isoCountryCode: this.isoCountryCode, messageTypes: this.messageTypes };
  }
}

/** The sender ID and country at the end of a sender ID ARN; works on tokens too. */
function senderIdPath(senderIdArn: string): (string | undefined)[] {
  if (Token.isUnresolved(senderIdArn)) {
    const path = Fn.split('/', Fn.select(5, Fn.split(':', senderIdArn)));
    return [Fn.select(1, path), Fn.select(2, path)];
  }
  return (Arn.split(senderIdArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName ?? '').split('/');
}

/** What the handler does to a sender ID. */
const HANDLER_ACTIONS = [
  'RequestSenderId',
  'DescribeSenderIds',
  'UpdateSenderId',
  'ReleaseSenderId',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];
