import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { KeywordOptions } from './keyword';
import { IMessageSource } from './message-source';
import { MessageType } from './message-type';
import { NumberCapability, NumberType } from './number-type';
import { IOptOutList } from './opt-out-list';
import { IOriginationIdentity } from './origination-identity';
import { IPool } from './pool';
import { IRegistration, Registration } from './registration';
import { IShareableResource } from './resource-policy';
import { ISendingIdentity } from './sending-identity';
import { TwoWayOptions } from './two-way';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { referenceTo } from '../private/handler-permissions';
import { MessageSourceBase } from '../private/message-source-base';
import { PoolFit } from '../private/pool-member';
import { importResource, nonEmpty, TaggableProps } from '../private/sms-resource';
import { PHONE_NUMBER } from '../wire/phone-number-properties';
import { isRegistrationGated } from '../wire/registration-gated';

/**
 * An origination phone number.
 */
export interface IPhoneNumber extends IOriginationIdentity, IMessageSource, IShareableResource, ISendingIdentity {
  /**
   * The id of the phone number, such as `phone-1234567890abcdef0123456789abcdef`.
   *
   * @attribute
   */
  readonly phoneNumberId: string;

  /**
   * The ARN of the phone number.
   *
   * @attribute
   */
  readonly phoneNumberArn: string;
}

/**
 * Properties of a phone number.
 */
export interface PhoneNumberProps extends TaggableProps {
  /**
   * The ISO 3166-1 alpha-2 code of the number's country, such as `US`. Changing it requests a new number.
   */
  readonly isoCountryCode: string;

  /**
   * The type of messages the number sends. Changing it requests a new number.
   */
  readonly messageType: MessageType;

  /**
   * What the number is used for. Changing it requests a new number.
   */
  readonly numberCapabilities: NumberCapability[];

  /**
   * The type of number. `SHORT_CODE` cannot be requested. Changing it requests a new number.
   */
  readonly numberType: NumberType;

  /**
   * The opt-out list of the number.
   *
   * @default - the account's `Default` opt-out list
   */
  readonly optOutList?: IOptOutList;

  /**
   * The registration the number is for (a toll-free verification, a 10DLC campaign).
   *
   * A `Registration` of this app is associated with the number, as `registration.associate(number)`
   * does: the number is requested first, and the registration's deployment associates it when its
   * type says (a toll-free number before submission, a campaign's 10DLC numbers once the campaign
   * is complete). An imported registration is given to RequestPhoneNumber as its RegistrationId,
   * and changing it requests a new number.
   *
   * @default - no registration
   */
  readonly registration?: IRegistration;

  /**
   * A pool to request the number into. The number then takes the pool's settings: opt-out list,
   * self-managed opt-outs, two-way and keywords are set on the pool. Changing it requests a new number.
   *
   * @default - not in a pool at request time (a Pool can still be made of it)
   */
  readonly pool?: IPool;

  /**
   * Whether the number can send to other countries.
   *
   * @default - the service's default (false)
   */
  readonly internationalSendingEnabled?: boolean;

  /**
   * Whether the number is protected from release. While true, deleting it fails with a message
   * naming this property.
   *
   * @default false
   */
  readonly deletionProtection?: boolean;

  /**
   * Whether you handle opt-out requests yourself, instead of the service replying to HELP and STOP.
   *
   * @default - the service's default (false)
   */
  readonly selfManagedOptOuts?: boolean;

  /**
   * Two-way messaging: where inbound messages go.
   *
   * @default - two-way messaging is off
   */
  readonly twoWay?: TwoWayOptions;

  /**
   * Keywords of the number. `addKeyword` adds more.
   *
   * @default - only the service's HELP and STOP
   */
  readonly keywords?: KeywordOptions[];

  /**
   * Whether the deployment waits for the number to become ACTIVE. A US toll-free or 10DLC number
   * stays PENDING until its registration is approved, which takes days, so the deployment does
   * not wait for it by default: the number is complete as soon as it is requested, and becomes
   * ACTIVE by itself once the registration is approved. Add it to a pool in a later deployment,
   * once it is ACTIVE: a pool cannot take a PENDING number.
   *
   * @default - true, except for US toll-free and 10DLC numbers: false
   */
  readonly waitForActive?: boolean;

  /**
   * What happens to the number when it leaves the stack. A released number is gone for good.
   * By default it is kept when it leaves the stack, when it is replaced and when the stack is
   * deleted, and released only when the deployment that requested it fails and rolls back, so
   * that a failed first deployment leaves no number to pay for. `RemovalPolicy.RETAIN` keeps it
   * even then; `RemovalPolicy.DESTROY` releases it whenever it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class PhoneNumberBase extends MessageSourceBase implements IPhoneNumber {
  public abstract readonly phoneNumberId: string;
  public abstract readonly phoneNumberArn: string;

  /** @internal */
  public readonly _policyTargetType = PHONE_NUMBER.arnResourceType;

  public get originationIdentityArn(): string {
    return this.phoneNumberArn;
  }

  public get sendingIdentityArn(): string {
    return this.phoneNumberArn;
  }
}

/**
 * An origination phone number, requested from AWS End User Messaging SMS.
 *
 * The deployment waits for the number to become ACTIVE unless `waitForActive` is false.
 * Settings that RequestPhoneNumber does not take (self-managed opt-outs, two-way) and keywords are
 * applied once it is. By default the number is retained when it leaves the stack.
 *
 * @resource Custom::SmsVoicePhoneNumber
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_RequestPhoneNumber.html
 * @example
 * declare const optOuts: OptOutList;
 * declare const sender: lambda.IFunction;
 *
 * const number = new PhoneNumber(this, 'Support', {
 *   isoCountryCode: 'US',
 *   messageType: MessageType.TRANSACTIONAL,
 *   numberCapabilities: [NumberCapability.SMS],
 *   numberType: NumberType.LONG_CODE,
 *   optOutList: optOuts,
 *   keywords: [{ keyword: 'INFO', message: 'Open 9am-5pm. Reply STOP to opt out.' }],
 * });
 * number.grantSendMessages(sender);
 */
export class PhoneNumber extends PhoneNumberBase {
  /**
   * Imports a phone number by id.
   */
  public static fromPhoneNumberId(scope: Construct, id: string, phoneNumberId: string): IPhoneNumber {
    const phoneNumberArn = smsVoiceArn(scope, PHONE_NUMBER.arnResourceType, phoneNumberId);
    return importResource(PhoneNumberBase, scope, id, phoneNumberArn, { phoneNumberId, phoneNumberArn });
  }

  /**
   * Imports a phone number by ARN.
   */
  public static fromPhoneNumberArn(scope: Construct, id: string, phoneNumberArn: string): IPhoneNumber {
    return importResource(PhoneNumberBase, scope, id, phoneNumberArn, { phoneNumberId: smsVoiceResourceName(phoneNumberArn), phoneNumberArn }, true);
  }

  public readonly phoneNumberId: string;
  public readonly phoneNumberArn: string;

  /**
   * The number itself, in E.164 format, such as `+12065550100`.
   *
   * @attribute
   */
  public readonly phoneNumber: string;

  private readonly props: PhoneNumberProps;
  private pool?: IConstruct;

  constructor(scope: Construct, id: string, props: PhoneNumberProps) {
    super(scope, id, { resourceType: PHONE_NUMBER.resourceType, tags: props.tags });
    this.props = props;

    props.keywords?.forEach(keyword => this._keywords.add(keyword));
    const importedRegistration = props.registration instanceof Registration ? undefined : props.registration;
    const resource = this._provision(PHONE_NUMBER, {
      properties: () => ({
        IsoCountryCode: props.isoCountryCode,
        MessageType: props.messageType,
        NumberCapabilities: props.numberCapabilities,
        NumberType: props.numberType,
        OptOutListName: props.optOutList?.optOutListName,
        RegistrationId: importedRegistration?.registrationId,
        PoolId: props.pool?.poolId,
        InternationalSendingEnabled: props.internationalSendingEnabled,
        DeletionProtectionEnabled: props.deletionProtection ?? false,
        SelfManagedOptOutsEnabled: props.selfManagedOptOuts,
        TwoWay: props.twoWay && { ChannelArn: props.twoWay.channelArn, ChannelRole: props.twoWay.role?.roleArn },
        Keywords: nonEmpty(this._keywords.render()),
        WaitForActive: props.waitForActive ?? !isRegistrationGated(props.isoCountryCode, props.numberType),
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      permissions: { [PHONE_NUMBER.arnResourceType]: HANDLER_ACTIONS },
      references: [
        referenceTo(props.optOutList, 'opt-out-list', REFERENCE_ACTIONS),
        referenceTo(props.pool, 'pool', REFERENCE_ACTIONS),
        referenceTo(importedRegistration, 'registration', REFERENCE_ACTIONS),
      ],
      passedRoles: [props.twoWay?.role],
    });

    this.phoneNumberId = resource.getAttString(PHONE_NUMBER.attributes.ID);
    this.phoneNumberArn = resource.getAttString(PHONE_NUMBER.attributes.ARN);
    this.phoneNumber = resource.getAttString(PHONE_NUMBER.attributes.PHONE_NUMBER);
    if (props.registration instanceof Registration) props.registration.associate(this);
  }

  /**
   * Records that `pool` holds the number; fails when another pool already does.
   *
   * @internal
   */
  public _joinPool(pool: IConstruct): void {
    if (this.pool && this.pool !== pool) {
      throw new Error(`Phone number '${this.node.path}' is already in pool '${this.pool.node.path}': a phone number can be in only one pool`);
    }
    this.pool = pool;
  }

  /**
   * What a pool made of the number must match.
   *
   * @internal
   */
  public _poolFit(): PoolFit {
    return {
      kind: 'phone number',
      isoCountryCode: this.props.isoCountryCode,
      messageTypes: [this.props.messageType],
      optOutList: this.props.optOutList,
    };
  }

  /**
   * The settings the number declares that belong to its pool once it is in one. The opt-out
   * list is not among them: RequestPhoneNumber takes it, before the number joins the pool.
   *
   * @internal
   */
  public _poolOwnedSettings(): string[] {
    return [
      this.props.selfManagedOptOuts !== undefined && 'selfManagedOptOuts',
      this.props.twoWay && 'twoWay',
      this._keywords.size > 0 && 'keywords',
    ].filter((s): s is string => typeof s === 'string');
  }
}

/** What the handler does to a phone number. */
const HANDLER_ACTIONS = [
  'RequestPhoneNumber',
  'DescribePhoneNumbers',
  'UpdatePhoneNumber',
  'ReleasePhoneNumber',
  'PutKeyword',
  'DeleteKeyword',
  'DescribeKeywords',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

/** What the handler does with the opt-out list, pool and registration a number is requested with. */
const REFERENCE_ACTIONS = ['RequestPhoneNumber', 'UpdatePhoneNumber'];
