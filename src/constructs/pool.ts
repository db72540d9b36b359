import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { KeywordOptions } from './keyword';
import { IMessageSource } from './message-source';
import { MessageType } from './message-type';
import { IOptOutList } from './opt-out-list';
import { IOriginationIdentity } from './origination-identity';
import { IShareableResource } from './resource-policy';
import { ISendingIdentity } from './sending-identity';
import { TwoWayOptions } from './two-way';
import { SmsProvider } from '../custom-resources/sms-provider';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { HandlerPermissions, referenceTo } from '../private/handler-permissions';
import { MessageSourceBase } from '../private/message-source-base';
import { isPoolMember, poolFitViolations } from '../private/pool-member';
import { importResource, nonEmpty, TaggableProps } from '../private/sms-resource';
import { POOL } from '../wire/pool-properties';

/**
 * A pool: a set of phone numbers and sender IDs that messages are sent from, with shared settings.
 */
export interface IPool extends IMessageSource, IShareableResource, ISendingIdentity {
  /**
   * The id of the pool, such as `pool-1234567890abcdef0123456789abcdef`.
   *
   * @attribute
   */
  readonly poolId: string;

  /**
   * The ARN of the pool.
   *
   * @attribute
   */
  readonly poolArn: string;
}

/**
 * Properties of a pool.
 */
export interface PoolProps extends TaggableProps {
  /**
   * The phone numbers and sender IDs of the pool: at least one. `addOriginationIdentity` adds more.
   * A phone number can be in only one pool; a sender ID can be in many.
   */
  readonly originationIdentities: IOriginationIdentity[];

  /**
   * The ISO 3166-1 alpha-2 code of the pool's country, such as `US`. Changing it replaces the pool.
   */
  readonly isoCountryCode: string;

  /**
   * The type of messages the pool sends. Changing it replaces the pool.
   */
  readonly messageType: MessageType;

  /**
   * The opt-out list of the pool.
   *
   * @default - the opt-out list of the first origination identity
   */
  readonly optOutList?: IOptOutList;

  /**
   * Whether you handle opt-out requests yourself, instead of the service replying to HELP and STOP.
   *
   * @default - the service's default (false)
   */
  readonly selfManagedOptOuts?: boolean;

  /**
   * Whether the pool may fall back to the account's shared routes (sender IDs or numbers of AWS)
   * in countries where it has no identity of its own.
   *
   * @default - the service's default (false)
   */
  readonly sharedRoutes?: boolean;

  /**
   * Two-way messaging: where inbound messages go.
   *
   * @default - two-way messaging is off
   */
  readonly twoWay?: TwoWayOptions;

  /**
   * Whether the pool is protected from deletion. While true, deleting it fails with a message
   * naming this property.
   *
   * @default false
   */
  readonly deletionProtection?: boolean;

  /**
   * Keywords of the pool. `addKeyword` adds more.
   *
   * @default - only the service's HELP and STOP
   */
  readonly keywords?: KeywordOptions[];

  /**
   * What happens to the pool when it leaves the stack. Its numbers and sender IDs stay.
   *
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class PoolBase extends MessageSourceBase implements IPool {
  public abstract readonly poolId: string;
  public abstract readonly poolArn: string;

  /** @internal */
  public readonly _policyTargetType = POOL.arnResourceType;

  public get sendingIdentityArn(): string {
    return this.poolArn;
  }
}

/**
 * An AWS End User Messaging SMS pool of phone numbers and sender IDs.
 *
 * The deployment waits for the pool to become ACTIVE. Identities are associated before others are
 * disassociated, so the pool is never empty; removing its last identity fails.
 *
 * @resource Custom::SmsVoicePool
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreatePool.html
 * @example
 * declare const first: PhoneNumber;
 * declare const second: PhoneNumber;
 * declare const sender: lambda.IFunction;
 *
 * const pool = new Pool(this, 'Transactional', {
 *   originationIdentities: [first, second],
 *   isoCountryCode: 'US',
 *   messageType: MessageType.TRANSACTIONAL,
 * });
 * pool.grantSendMessages(sender);
 */
export class Pool extends PoolBase {
  /**
   * Imports a pool by id.
   */
  public static fromPoolId(scope: Construct, id: string, poolId: string): IPool {
    const poolArn = smsVoiceArn(scope, POOL.arnResourceType, poolId);
    return importResource(PoolBase, scope, id, poolArn, { poolId, poolArn });
  }

  /**
   * Imports a pool by ARN.
   */
  public static fromPoolArn(scope: Construct, id: string, poolArn: string): IPool {
    return importResource(PoolBase, scope, id, poolArn, { poolId: smsVoiceResourceName(poolArn), poolArn }, true);
  }

  public readonly poolId: string;
  public readonly poolArn: string;

  private readonly identities: IOriginationIdentity[] = [];

  constructor(scope: Construct, id: string, props: PoolProps) {
    super(scope, id, { resourceType: POOL.resourceType, tags: props.tags });

    props.keywords?.forEach(keyword => this._keywords.add(keyword));
    props.originationIdentities.forEach(identity => this.addOriginationIdentity(identity));
    const resource = this._provision(POOL, {
      properties: () => ({
        OriginationIdentities: this.identities.map(i => i.originationIdentityArn),
        IsoCountryCode: props.isoCountryCode,
        MessageType: props.messageType,
        OptOutListName: props.optOutList?.optOutListName,
        SelfManagedOptOutsEnabled: props.selfManagedOptOuts,
        SharedRoutesEnabled: props.sharedRoutes,
        TwoWay: props.twoWay && { ChannelArn: props.twoWay.channelArn, ChannelRole: props.twoWay.role?.roleArn },
        DeletionProtectionEnabled: props.deletionProtection ?? false,
        Keywords: nonEmpty(this._keywords.render()),
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
      permissions: { [POOL.arnResourceType]: HANDLER_ACTIONS },
      references: [referenceTo(props.optOutList, 'opt-out-list', ['CreatePool', 'UpdatePool'])],
      passedRoles: [props.twoWay?.role],
      validate: () => [
        ...this.identities.flatMap(identity => isPoolMember(identity) ? identity._poolOwnedSettings().map(setting =>
          `originationIdentities: phone number '${identity.node.path}' declares ${setting}, but a number in a pool takes the pool's settings; set ${setting} on the pool`) : []),
        ...poolFitViolations({
          isoCountryCode: props.isoCountryCode,
          messageType: props.messageType,
          optOutList: props.optOutList,
          selfManagedOptOuts: props.selfManagedOptOuts,
          twoWay: props.twoWay !== undefined,
        }, this.identities),
      ],
    });

    this.poolId = resource.getAttString(POOL.attributes.ID);
    this.poolArn = resource.getAttString(POOL.attributes.ARN);
  }

  /**
   * Adds a phone number or sender ID to the pool.
   *
   * @config
   */
  public addOriginationIdentity(identity: IOriginationIdentity): void {
    if (this.identities.includes(identity)) {
      throw new Error(`Pool '${this.node.path}' already holds '${identity.node.path}'`);
    }
    if (isPoolMember(identity)) identity._joinPool(this);
    this.identities.push(identity);
    const provider = SmsProvider.getOrCreate(this);
    for (const [resourceType, actions] of Object.entries(IDENTITY_ACTIONS)) {
      if (!(OTHER_KIND[resourceType] in identity)) provider._allowHandlerOn({ resource: identity, resourceType, actions });
    }
  }
}

/** What the handler does to a pool. */
const HANDLER_ACTIONS = [
  'CreatePool',
  'DescribePools',
  'UpdatePool',
  'DeletePool',
  'AssociateOriginationIdentity',
  'DisassociateOriginationIdentity',
  'ListPoolOriginationIdentities',
  'PutKeyword',
  'DeleteKeyword',
  'DescribeKeywords',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

/** What the handler does with the pool's phone numbers and sender IDs (it reads numbers' settings to order associations). */
const IDENTITY_ACTIONS: HandlerPermissions = {
  'phone-number': ['CreatePool', 'AssociateOriginationIdentity', 'DisassociateOriginationIdentity', 'DescribePhoneNumbers'],
  'sender-id': ['CreatePool', 'AssociateOriginationIdentity', 'DisassociateOriginationIdentity'],
};

/** The attribute that tells an identity is of the other kind: a sender ID is no phone number, and the other way round. */
const OTHER_KIND: { readonly [resourceType: string]: string } = { 'phone-number': 'senderIdArn', 'sender-id': 'phoneNumberArn' };
