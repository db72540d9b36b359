import {
  CfnDeletionPolicy,
  CfnResource,
  CustomResource,
  IResolvable,
  ITaggable,
  RemovalPolicy,
  Resource,
  ResourceProps,
  TagManager,
  TagType,
  Token,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { HandlerPermissions, HandlerReference } from './handler-permissions';
import { SmsProvider } from '../custom-resources/sms-provider';
import { TaggableResourceProperties } from '../wire/common-properties';
import { ConstructProperties, currentSchemaVersion, ResourceContract, WireContract } from '../wire/resource-contract';
import { checkImportedAttributes } from '../wire/validate-imports';

export interface SmsResourceProps extends ResourceProps {
  /** The ARN that grants name: an import's; a provisioned resource's comes from its custom resource. @default - none yet */
  readonly arn?: string;
  /** The CloudFormation type, which `Tags.of(scope)` include and exclude filters name. @default - an import's */
  readonly resourceType?: string;
  /** @default - no tags */
  readonly tags?: { [key: string]: string };
}

/**
 * What every SMS v2 construct's props have.
 *
 * @internal
 */
export interface TaggableProps {
  /**
   * Tags to add to the resource. `Tags.of(scope)` works too.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** How a construct provisions its custom resource through the stack's shared provider. */
export interface ProvisionOptions<P extends object> {
  /** What the construct declares: every property but its tags and ReleaseOnDelete, read at synth (and once now, to validate). */
  readonly properties: () => ConstructProperties<P>;
  readonly removalPolicy: RemovalPolicy;
  /** What the handler does to resources of this type (and related types) in this stack's account and region. */
  readonly permissions: HandlerPermissions;
  /** What the handler does that takes no resource (allowed on `*`, in one statement per provider). @default - none */
  readonly accountLevelActions?: readonly string[];
  /** Other resources the handler acts on, for those of another account or region. */
  readonly references?: readonly (HandlerReference | undefined)[];
  /** Roles the handler hands to the service. */
  readonly passedRoles?: readonly (iam.IRole | undefined)[];
  /** Checks only the construct can make, at synth: each string a violation. */
  readonly validate?: () => string[];
  /** S3 buckets whose objects the service reads with the handler's permissions. @default - none */
  readonly readBuckets?: readonly string[];
}

/**
 * What every SMS v2 construct and its imports share: tags, grants on the resource's ARN, and the
 * custom resource that provisions it, with its removal policy.
 *
 * @internal
 */
export abstract class SmsResourceBase extends Resource implements ITaggable {
  /**
   * The tags of the resource. `Tags.of(scope)` works too.
   */
  public readonly tags: TagManager;

  private resource?: CustomResource;
  private arn?: string;
  /** The attribute of the custom resource that holds the ARN, read when first asked for (a `getAttString` is not free). */
  private arnAttribute?: string;

  constructor(scope: Construct, id: string, props: SmsResourceProps = {}) {
    super(scope, id, props);
    this.tags = new TagManager(TagType.KEY_VALUE, props.resourceType ?? 'Custom::SmsVoiceImported', props.tags);
    this.arn = props.arn;
  }

  /**
   * Grants `actions` on this resource to `grantee`.
   */
  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    const arn = this._arn;
    if (arn === undefined) throw new Error(`${this.node.path} has no ARN to grant on yet`);
    return iam.Grant.addToPrincipalOrResource({ grantee, actions, resourceArns: [arn], resource: this._grantTarget() });
  }

  /**
   * Applies a removal policy to the resource. Opt-out lists, phone numbers, sender IDs,
   * registrations and their attachments are retained by default except when their own create is
   * rolled back (`RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE`); a phone number or sender ID is
   * released only when its DeletionPolicy lets CloudFormation delete it.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    if (this.resource) this.resource.applyRemovalPolicy(policy);
    else super.applyRemovalPolicy(policy);
  }

  /**
   * Validates what the construct declares and creates its custom resource (construct id
   * `Resource`), as `provision` does, with the resource's tags.
   *
   * @internal
   */
  protected _provision<P extends TaggableResourceProperties>(contract: ResourceContract<P>, options: ProvisionOptions<P>): CustomResource {
    this.resource = provisionCustomResource(this, contract, options, () => ({
      Tags: nonEmpty(this.tags.renderTags() as P['Tags']),
      ...'ReleaseOnDelete' in contract.schema ? { ReleaseOnDelete: this.releasedOnDelete() } : {},
    }) as Partial<P>);
    this.arnAttribute = contract.attributes.ARN;
    return this.resource;
  }

  /**
   * Whether the handler may release the resource on Delete: only when its DeletionPolicy, however
   * it was set, is Delete, or RetainExceptOnCreate, under which the only Delete is that of a
   * create rolled back.
   */
  private releasedOnDelete(): boolean {
    const policy = (this.resource?.node.defaultChild as CfnResource | undefined)?.cfnOptions.deletionPolicy;
    return policy === CfnDeletionPolicy.DELETE || policy === CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE;
  }

  /**
   * The ARN that grants name: an import's, or the custom resource's once provisioned.
   *
   * @internal
   */
  protected get _arn(): string | undefined {
    if (this.arn === undefined && this.resource && this.arnAttribute) this.arn = this.resource.getAttString(this.arnAttribute);
    return this.arn;
  }

  /**
   * The resource as `Grant.addToPrincipalOrResource` sees it. A grant to a principal of this
   * account goes on the principal's policy; for another principal, a resource that takes a
   * resource-based policy adds a statement to it. By default a resource takes none, so no resource
   * statement is added.
   *
   * @internal
   */
  protected _grantTarget(): iam.IResourceWithPolicy {
    const addToResourcePolicy = (): iam.AddToResourcePolicyResult => ({ statementAdded: false });
    return Object.assign(Object.create(this) as Resource, { addToResourcePolicy });
  }
}

/**
 * What `_provision` does for any construct backed by the shared provider, SMS v2 resource or not:
 * validates what the construct declares (all violations at once, tokens skipped), lets the
 * provider's handler do what it must, and creates the custom resource (construct id `Resource`),
 * whose properties (those declared, and those `shared` adds, such as tags) are rendered at synth,
 * when they are validated again.
 */
export function provisionCustomResource<P extends object>(scope: Construct, contract: WireContract<P>, options: ProvisionOptions<P>,
  shared: () => Partial<P> = () => ({})): CustomResource {
  const provider = SmsProvider.getOrCreate(scope);
  for (const [resourceType, actions] of Object.entries(options.permissions)) provider._allowHandler(resourceType, actions);
  if (options.accountLevelActions) provider._allowHandlerAccountLevel(options.accountLevelActions);
  for (const reference of options.references ?? []) if (reference) provider._allowHandlerOn(reference);
  for (const role of options.passedRoles ?? []) if (role) provider.grantPassRole(role);
  for (const bucketName of options.readBuckets ?? []) provider._allowHandlerToRead(bucketName);

  const render = (): P => ({ ...options.properties(), ...shared() }) as unknown as P;
  let firstRender: P | undefined;
  const renderOnce = () => firstRender ??= render();
  const rendered: { [key: string]: unknown } = { SchemaVersion: currentSchemaVersion(contract) };
  for (const key of Object.keys(contract.schema) as (keyof P & string)[]) rendered[key] = new RenderedProperty(renderOnce, key);
  const resource = new CustomResource(scope, 'Resource', {
    serviceToken: provider.serviceToken,
    resourceType: contract.resourceType,
    properties: rendered,
    removalPolicy: options.removalPolicy,
  });

  scope.node.addValidation({
    validate: () => [...contract.violations(render(), Token.isUnresolved).all, ...options.validate?.() ?? []],
  });
  return resource;
}

/**
 * One property of a custom resource, as the construct's first render at synth says: the
 * properties are resolved together, so one render serves every key, and later resolutions give the
 * same value, as a cached `Lazy` does. (A `Lazy` per key costs more, for hundreds of constructs.)
 */
class RenderedProperty<P> implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly render: () => P, private readonly key: keyof P) {}

  public resolve(): unknown {
    return this.render()[this.key];
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/**
 * An import of the existing resource that `arn` names, with the attributes that identify it. Its
 * account and region are those of the ARN when `fromArn`, else those of the scope's stack.
 */
export function importResource<T extends SmsResourceBase, K extends keyof T>(
  Base: abstract new (scope: Construct, id: string, props?: SmsResourceProps) => T,
  scope: Construct,
  id: string,
  arn: string,
  attributes: Pick<T, K>,
  fromArn = false,
): T {
  checkImportedAttributes(Token.isUnresolved, attributes).throwIfAny(`import '${id}' of ${Base.name.replace(/Base$/, '')} in '${scope.node.path}'`);
  const Import = Base as unknown as new (scope: Construct, id: string, props?: SmsResourceProps) => T;
  return Object.assign(new Import(scope, id, { arn, environmentFromArn: fromArn ? arn : undefined }), attributes);
}

/** `list`, or undefined when it is empty: an empty list property is left out of the template. */
export function nonEmpty<T>(list: readonly T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? [...list] : undefined;
}
