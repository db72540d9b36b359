import * as iam from 'aws-cdk-lib/aws-iam';
import { SmsResourceBase } from './sms-resource';
import { IShareableResource, ResourcePolicy } from '../constructs/resource-policy';

/**
 * What phone numbers, sender IDs, pools and opt-out lists, and their imports, share: a
 * resource-based policy, which `addToResourcePolicy` and grants to principals of other accounts
 * add statements to.
 *
 * @internal
 */
export abstract class ShareableResourceBase extends SmsResourceBase implements IShareableResource {
  /**
   * The `<type>` of the resource's ARN (`pool`, `phone-number`…), for the handler's permissions on its policy.
   *
   * @internal
   */
  public abstract readonly _policyTargetType: string;

  private policy?: ResourcePolicy;

  public get resourceArn(): string {
    const arn = this._arn;
    if (arn === undefined) throw new Error(`${this.node.path} has no ARN yet`);
    return arn;
  }

  /**
   * Adds a statement to the resource-based policy of the resource, which shares it with other
   * accounts. The first statement makes the policy: a `ResourcePolicy`, construct id `Policy`.
   *
   * An imported resource returns `{ statementAdded: false }`: its policy is not this construct's
   * to make. To give an imported resource a policy, use `new ResourcePolicy(scope, id, { resource })`.
   */
  public addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    if (!this.node.tryFindChild('Resource')) return { statementAdded: false };
    this.policy ??= new ResourcePolicy(this, 'Policy', { resource: this });
    this.policy.document.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }

  /**
   * Grants to principals of other accounts go on the resource's policy (none for an import).
   *
   * @internal
   */
  protected _grantTarget(): iam.IResourceWithPolicy {
    return this;
  }
}
