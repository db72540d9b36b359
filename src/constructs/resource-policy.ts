import { CustomResource, RemovalPolicy, Resource, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { shareableResourceType } from '../private/arns';
import { referenceTo } from '../private/handler-permissions';
import { provisionCustomResource } from '../private/sms-resource';
import { RESOURCE_POLICY } from '../wire/resource-policy-properties';
import { checkPolicyStatements, checkPolicyText } from '../wire/validate-resource-policy';
import { Violations } from '../wire/violations';

/**
 * A resource that a resource-based policy can share with other accounts: a phone number, sender
 * ID, pool or opt-out list, of this app or imported.
 */
export interface IShareableResource extends iam.IResourceWithPolicy {
  /**
   * The ARN of the resource, which its resource-based policy is attached to.
   */
  readonly resourceArn: string;
}

/**
 * Properties of a resource policy.
 */
export interface ResourcePolicyProps {
  /**
   * The phone number, sender ID, pool or opt-out list that the policy is attached to, of this app
   * or imported. It must not have a policy already, unless that policy says the same as this one.
   * Changing it moves the policy: a new one is put on the new resource, and the old one is deleted.
   */
  readonly resource: IShareableResource;

  /**
   * The policy document. Statements need a principal, such as `new iam.AccountPrincipal('210987654321')`.
   *
   * @default - an empty document: add statements with `document.addStatements`
   */
  readonly policyDocument?: iam.PolicyDocument;
}

/**
 * The resource-based policy of one phone number, sender ID, pool or opt-out list, which shares it
 * with other accounts (PutResourcePolicy).
 *
 * A resource has one policy. The deployment fails if the resource already has a policy that this
 * stack did not write (unless it says the same as this one), and an update fails if the policy was
 * changed outside the stack since: a policy the stack did not write is never overwritten. Deleting
 * this construct deletes the policy (unless it was changed outside the stack), even when the
 * resource itself is retained: sharing never outlives the code that declares it.
 *
 * The resources of this app make one for you with `addToResourcePolicy`; use this construct for
 * an imported resource.
 *
 * @resource Custom::SmsVoiceResourcePolicy
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_PutResourcePolicy.html
 * @example
 * declare const pool: Pool;
 *
 * new ResourcePolicy(this, 'SharedPool', {
 *   resource: pool,
 *   policyDocument: new iam.PolicyDocument({
 *     statements: [new iam.PolicyStatement({
 *       actions: ['sms-voice:SendTextMessage'],
 *       principals: [new iam.AccountPrincipal('210987654321')],
 *       resources: [pool.poolArn],
 *     })],
 *   }),
 * });
 */
export class ResourcePolicy extends Resource {
  /**
   * The policy document. Add statements with `document.addStatements`.
   */
  public readonly document: iam.PolicyDocument;

  private readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: ResourcePolicyProps) {
    super(scope, id);
    this.document = props.policyDocument ?? new iam.PolicyDocument();

    const targetType = shareableResourceType(props.resource, props.resource.resourceArn);
    this.resource = provisionCustomResource(this, RESOURCE_POLICY, {
      properties: () => ({ ResourceArn: props.resource.resourceArn, Policy: Stack.of(this).toJsonString(this.document) }),
      removalPolicy: RemovalPolicy.DESTROY,
      permissions: {},
      references: [targetType === undefined ? undefined : referenceTo(props.resource, targetType, HANDLER_ACTIONS)],
      validate: () => this.validateDocument(),
    });
    // A literal ARN of another type failed above, with the rule's message; a token says nothing.
    if (targetType === undefined) {
      throw new Error(`ResourcePolicy '${this.node.path}': cannot tell what '${props.resource.node.path}' is: give it a phone number,`
        + ' sender ID, pool or opt-out list of this library (its fromXxx imports included)');
    }
  }

  /**
   * Applies a removal policy to the policy. With `RemovalPolicy.RETAIN`, the resource keeps it when
   * this construct leaves the stack.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.resource.applyRemovalPolicy(policy);
  }

  /**
   * What aws-cdk-lib requires of a resource-based policy (a principal and an action in every
   * statement), and the service's rules: at least one statement, and at most 10000 characters of
   * JSON (checked here when the document holds no token, else by the handler, with the same message).
   */
  private validateDocument(): string[] {
    const resolved: unknown = Stack.of(this).resolve(this.document);
    const v = new Violations(Token.isUnresolved);
    const text = JSON.stringify(resolved ?? {});
    if (INTRINSIC.test(text)) checkPolicyStatements(v, resolved);
    else checkPolicyText(v, text);
    return [...this.document.validateForResourcePolicy().map(message => `policyDocument: ${message}`), ...v.all];
  }
}

/** A CloudFormation intrinsic in a resolved document, whose value only the deployment knows. */
const INTRINSIC = /"(Ref|Fn::[A-Za-z]+)":/;

/** What the handler does to the policy of a resource. */
const HANDLER_ACTIONS = ['GetResourcePolicy', 'PutResourcePolicy', 'DeleteResourcePolicy'];
