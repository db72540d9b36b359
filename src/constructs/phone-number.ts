import { CustomResource, ITaggable, Lazy, RemovalPolicy, TagManager, TagType, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { KeywordOptions } from './keyword';
import { IMessageSource } from './message-source';
import { MessageType } from './message-type';
import { NumberCapability, NumberType } from './number-type';
import { IOptOutList } from './opt-out-list';
import { IOriginationIdentity } from './origination-identity';
import { IPool } from './pool';
import { IRegistration } from './registration';
import { TwoWayOptions } from './two-way';
import {
  PHONE_NUMBER_SCHEMA_VERSION,
  PhoneNumberAttributes,
  PhoneNumberResourceProperties,
} from '../custom-resources/phone-number-properties';
import { ResourceTypes } from '../custom-resources/resource-types';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { allowHandler } from '../private/handler-permissions';
import { KeywordSet } from '../private/keywords';
import { MessageSourceBase } from '../private/message-source-base';
import { registerOwnSettings } from '../private/pool-membership';
import { releaseOnDelete } from '../private/release-on-delete';
import { registerStaticArn, staticArnOf } from '../private/static-arns';
import { renderTags } from '../private/tags';
import { phoneNumberViolations } from '../private/validate-phone-number';

/**
 * An origination phone number.
 */
export interface IPhoneNumber extends IOriginationIdentity, IMessageSource {
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
export interface PhoneNumberProps {
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
   * The registration the number is requested under (10DLC campaigns, toll-free verification).
   * Changing it requests a new number.
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
   * Whether the deployment waits for the number to become ACTIVE. Numbers that wait for a
   * registration can stay PENDING for days: set false for them.
   *
   * @default true
   */
  readonly waitForActive?: boolean;

  /**
   * Tags to add to the phone number. `Tags.of(scope)` works too.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the number when it leaves the stack. A released number is gone for good:
   * it is released only with `RemovalPolicy.DESTROY`.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class PhoneNumberBase extends MessageSourceBase implements IPhoneNumber {
  public abstract readonly phoneNumberId: string;
  public abstract readonly phoneNumberArn: string;

  public get originationIdentityArn(): string {
    return this.phoneNumberArn;
  }

  /** @internal */
  protected get _grantArn(): string {
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
 */
export class PhoneNumber extends PhoneNumberBase implements ITaggable {
  /**
   * Imports a phone number by id.
   */
  public static fromPhoneNumberId(scope: Construct, id: string, phoneNumberId: string): IPhoneNumber {
    class Import extends PhoneNumberBase {
      public readonly phoneNumberId = phoneNumberId;
      public readonly phoneNumberArn = smsVoiceArn(scope, 'phone-number', phoneNumberId);
    }
    return new Import(scope, id);
  }

  /**
   * Imports a phone number by ARN.
   */
  public static fromPhoneNumberArn(scope: Construct, id: string, phoneNumberArn: string): IPhoneNumber {
    class Import extends PhoneNumberBase {
      public readonly phoneNumberId = smsVoiceResourceName(phoneNumberArn);
      public readonly phoneNumberArn = phoneNumberArn;
    }
    return new Import(scope, id, { environmentFromArn: phoneNumberArn });
  }

  public readonly phoneNumberId: string;
  public readonly phoneNumberArn: string;

  /**
   * The number itself, in E.164 format, such as `+12065550100`.
   *
   * @attribute
   */
  public readonly phoneNumber: string;

  /**
   * The tags of the phone number.
   */
  public readonly tags: TagManager;

  private readonly resource: CustomResource;
  private readonly keywords: KeywordSet;

  constructor(scope: Construct, id: string, props: PhoneNumberProps) {
    super(scope, id);

    this.keywords = new KeywordSet(`PhoneNumber '${this.node.path}'`, props.keywords);
    const spec = () => ({
      isoCountryCode: props.isoCountryCode,
      messageType: props.messageType,
      numberCapabilities: props.numberCapabilities,
      numberType: props.numberType,
      optOutListName: props.optOutList?.optOutListName,
      registrationId: props.registration?.registrationId,
      pooled: props.pool !== undefined,
      selfManagedOptOuts: props.selfManagedOptOuts,
      twoWay: props.twoWay && { channelArn: props.twoWay.channelArn, channelRole: props.twoWay.role?.roleArn },
      keywords: this.keywords.specs,
    });
    phoneNumberViolations(spec(), Token.isUnresolved).throwIfAny(`PhoneNumber '${this.node.path}'`);
    registerOwnSettings(this, () => poolOwnedSettings(props, this.keywords.specs.length));

    this.tags = new TagManager(TagType.KEY_VALUE, ResourceTypes.PHONE_NUMBER, props.tags);
    this.node.addValidation({
      validate: () => [...phoneNumberViolations({ ...spec(), tags: renderTags(this.tags) }, Token.isUnresolved).all],
    });

    // The number's id is assigned by the service, so the handler's rights cover any phone number.
    const anyPhoneNumber = smsVoiceArn(this, 'phone-number', '*');
    registerStaticArn(this, anyPhoneNumber);
    const provider = allowHandler(this, HANDLER_ACTIONS, [anyPhoneNumber]);
    provider._acknowledgeWildcardResource('phone-number',
      'Phone number ids are assigned by the service when the number is requested, so no statement can name one at synth.');
    const referenced = [
      props.optOutList && staticArnOf(props.optOutList, props.optOutList.optOutListArn),
      props.pool && staticArnOf(props.pool, props.pool.poolArn),
      props.registration && staticArnOf(props.registration, props.registration.registrationArn),
    ].filter((arn): arn is string => arn !== undefined);
    if (referenced.length > 0) allowHandler(this, ['RequestPhoneNumber', 'UpdatePhoneNumber'], referenced);
    if (props.twoWay?.role) provider.grantPassRole(props.twoWay.role);

    const properties: Omit<PhoneNumberResourceProperties, 'Keywords' | 'Tags' | 'ReleaseOnDelete'> = {
      SchemaVersion: PHONE_NUMBER_SCHEMA_VERSION,
      IsoCountryCode: props.isoCountryCode,
      MessageType: props.messageType,
      NumberCapabilities: props.numberCapabilities,
      NumberType: props.numberType,
      OptOutListName: props.optOutList?.optOutListName,
      RegistrationId: props.registration?.registrationId,
      PoolId: props.pool?.poolId,
      InternationalSendingEnabled: props.internationalSendingEnabled,
      DeletionProtectionEnabled: props.deletionProtection ?? false,
      SelfManagedOptOutsEnabled: props.selfManagedOptOuts,
      TwoWay: props.twoWay && { ChannelArn: props.twoWay.channelArn, ChannelRole: props.twoWay.role?.roleArn },
      WaitForActive: props.waitForActive ?? true,
    };
    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: ResourceTypes.PHONE_NUMBER,
      properties: {
        ...properties,
        Keywords: Lazy.any({ produce: () => this.keywords.render() }, { omitEmptyArray: true }),
        Tags: Lazy.any({ produce: () => this.tags.renderTags() }, { omitEmptyArray: true }),
        ReleaseOnDelete: releaseOnDelete(() => this.resource),
      },
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    this.phoneNumberId = this.resource.getAttString(PhoneNumberAttributes.ID);
    this.phoneNumberArn = this.resource.getAttString(PhoneNumberAttributes.ARN);
    this.phoneNumber = this.resource.getAttString(PhoneNumberAttributes.PHONE_NUMBER);
  }

  /**
   * Adds a keyword. Keywords are case-insensitive; adding one twice fails.
   *
   * @config
   */
  public addKeyword(keyword: KeywordOptions): void {
    this.keywords.add(keyword);
  }

  /**
   * Applies a removal policy. Only `RemovalPolicy.DESTROY` releases the number.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.resource.applyRemovalPolicy(policy);
  }
}

/**
 * The settings a phone number declares that belong to its pool once it is in one. The opt-out
 * list is not among them: RequestPhoneNumber takes it, before the number joins the pool.
 */
function poolOwnedSettings(props: PhoneNumberProps, keywordCount: number): string[] {
  return [
    props.selfManagedOptOuts !== undefined && 'selfManagedOptOuts',
    props.twoWay && 'twoWay',
    keywordCount > 0 && 'keywords',
  ].filter((s): s is string => typeof s === 'string');
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
