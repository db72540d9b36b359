import { CfnDeletionPolicy, CfnResource, CustomResource, IResolvable, Lazy } from 'aws-cdk-lib';

/**
 * Whether the handler may release the resource on Delete: only when its DeletionPolicy, however
 * it was set, is Delete. Read at synth, so `applyRemovalPolicy` and `RemovalPolicies` count too.
 */
export function releaseOnDelete(resource: () => CustomResource): IResolvable {
  return Lazy.any({
    produce: () => (resource().node.defaultChild as CfnResource).cfnOptions.deletionPolicy === CfnDeletionPolicy.DELETE,
  });
}
