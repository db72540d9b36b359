import { CustomResource, ITaggable, Lazy, RemovalPolicy, TagManager, TagType, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { KeywordOptions } from './keyword';
import { IMessageSource } from './message-source';
import { MessageType } from './message-type';
import { IOptOutList } from './opt-out-list';
import { IOriginationIdentity } from './origination-identity';
import { TwoWayOptions } from './two-way';
import { POOL_SCHEMA_VERSION, PoolAttributes, PoolResourceProperties } from '../custom-resources/pool-properties';
import { ResourceTypes } from '../custom-resources/resource-types';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { allowHandler } from '../private/handler-permissions';
import { KeywordSet } from '../private/keywords';
import { MessageSourceBase } from '../private/message-source-base';
import { claimPhoneNumber, isPhoneNumberConstruct, ownSettings } from '../private/pool-membership';
import { registerStaticArn, staticArnOf } from '../private/static-arns';
import { renderTags } from '../private/tags';
import { poolViolations } from '../private/validate-pool';

/**
 * A pool: a set of phone numbers and sender IDs that messages are sent from, with shared settings.
 */
export interface IPool extends IMessageSource {
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
export interface PoolProps {
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
   * Tags to add to the pool. `Tags.of(scope)` works too.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

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
  protected get _grantArn(): string {
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
 */
export class Pool extends PoolBase implements ITaggable {
  /**
   * Imports a pool by id.
   */
  public static fromPoolId(scope: Construct, id: string, poolId: string): IPool {
    class Import extends PoolBase {
      public readonly poolId = poolId;
      public readonly poolArn = smsVoiceArn(scope, 'pool', poolId);
    }
    return new Import(scope, id);
  }

  /**
   * Imports a pool by ARN.
   */
  public static fromPoolArn(scope: Construct, id: string, poolArn: string): IPool {
    class Import extends PoolBase {
      public readonly poolId = smsVoiceResourceName(poolArn);
      public readonly poolArn = poolArn;
    }
    return new Import(scope, id, { environmentFromArn: poolArn });
  }

  public readonly poolId: string;
  public readonly poolArn: string;

  /**
   * The tags of the pool.
   */
  public readonly tags: TagManager;

  private readonly resource: CustomResource;
  private readonly identities: IOriginationIdentity[] = [];
  private readonly keywords: KeywordSet;

  constructor(scope: Construct, id: string, props: PoolProps) {
    super(scope, id);

    this.keywords = new KeywordSet(`Pool '${this.node.path}'`, props.keywords);
    const spec = () => ({
      originationIdentities: this.identities.map(i => i.originationIdentityArn),
      isoCountryCode: props.isoCountryCode,
      messageType: props.messageType,
      optOutListName: props.optOutList?.optOutListName,
      twoWay: props.twoWay && { channelArn: props.twoWay.channelArn, channelRole: props.twoWay.role?.roleArn },
      keywords: this.keywords.specs,
    });
    props.originationIdentities.forEach(identity => this.addOriginationIdentity(identity));
    poolViolations(spec(), Token.isUnresolved).throwIfAny(`Pool '${this.node.path}'`);

    this.tags = new TagManager(TagType.KEY_VALUE, ResourceTypes.POOL, props.tags);
    this.node.addValidation({
      validate: () => [
        ...poolViolations({ ...spec(), tags: renderTags(this.tags) }, Token.isUnresolved).all,
        ...this.identities.flatMap(identity => ownSettings(identity).map(setting =>
          `originationIdentities: phone number '${identity.node.path}' declares ${setting}, but a number in a pool takes the pool's settings; set ${setting} on the pool`)),
      ],
    });

    // The pool's id is assigned by the service, so the handler's rights cover any pool.
    const anyPool = smsVoiceArn(this, 'pool', '*');
    registerStaticArn(this, anyPool);
    const provider = allowHandler(this, HANDLER_ACTIONS, [anyPool]);
    provider._acknowledgeWildcardResource('pool',
      'Pool ids are assigned by the service when the pool is created, so no statement can name one at synth.');
    if (props.optOutList) allowHandler(this, ['CreatePool', 'UpdatePool'], [staticArnOf(props.optOutList, props.optOutList.optOutListArn)]);
    if (props.twoWay?.role) provider.grantPassRole(props.twoWay.role);

    const properties: Omit<PoolResourceProperties, 'OriginationIdentities' | 'Keywords' | 'Tags'> = {
      SchemaVersion: POOL_SCHEMA_VERSION,
      IsoCountryCode: props.isoCountryCode,
      MessageType: props.messageType,
      OptOutListName: props.optOutList?.optOutListName,
      SelfManagedOptOutsEnabled: props.selfManagedOptOuts,
      SharedRoutesEnabled: props.sharedRoutes,
      TwoWay: props.twoWay && { ChannelArn: props.twoWay.channelArn, ChannelRole: props.twoWay.role?.roleArn },
      DeletionProtectionEnabled: props.deletionProtection ?? false,
    };
    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: ResourceTypes.POOL,
      properties: {
        ...properties,
        OriginationIdentities: Lazy.list({ produce: () => this.identities.map(i => i.originationIdentityArn) }),
        Keywords: Lazy.any({ produce: () => this.keywords.render() }, { omitEmptyArray: true }),
        Tags: Lazy.any({ produce: () => this.tags.renderTags() }, { omitEmptyArray: true }),
      },
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
    });

    this.poolId = this.resource.getAttString(PoolAttributes.ID);
    this.poolArn = this.resource.getAttString(PoolAttributes.ARN);
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
    if (isPhoneNumberConstruct(identity)) claimPhoneNumber(this, identity);
    this.identities.push(identity);
    allowHandler(this, IDENTITY_ACTIONS, [staticArnOf(identity, identity.originationIdentityArn)]);
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
   * Applies a removal policy to the pool.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.resource.applyRemovalPolicy(policy);
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
const IDENTITY_ACTIONS = ['CreatePool', 'AssociateOriginationIdentity', 'DisassociateOriginationIdentity', 'DescribePhoneNumbers'];
