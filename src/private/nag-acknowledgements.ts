import { CfnResource } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import { IConstruct } from 'constructs';

/**
 * Acknowledges the cdk-nag (AwsSolutions) findings that the Provider framework's own grants and
 * state machine raise, none of which its API lets us change. The resources are found by type, not
 * by the framework's construct ids, which are not part of its API.
 */
export function acknowledgeFrameworkFindings(provider: cr.Provider, frameworkRoles: iam.IRole[]): void {
  const invokeVersions = {
    id: 'AwsSolutions-IAM5',
    reason: 'The Provider framework grants lambda:InvokeFunction on the SMS v2 handler and framework functions '
      + 'and on their versions and aliases (<function ARN>:*); the functions themselves are named exactly.',
    appliesTo: [{ regex: '/^Resource::<[A-Za-z0-9]+\\.Arn>:\\*$/' }],
  };
  acknowledgeNagFindings(frameworkRoles.flatMap(role => cfnResources(role, 'AWS::IAM::Policy')), [invokeVersions]);

  // Within the framework, only the waiter state machine's role has a policy: its functions run with frameworkRoles.
  acknowledgeNagFindings(cfnResources(provider, 'AWS::IAM::Policy'), [
    invokeVersions,
    {
      id: 'AwsSolutions-IAM5',
      reason: 'Step Functions log delivery (logs:CreateLogDelivery, logs:PutResourcePolicy, logs:DescribeLogGroups, ...) '
        + 'supports no resource-level permissions; aws-cdk-lib adds this statement for state machine logging.',
      appliesTo: ['Resource::*'],
    },
  ]);
  acknowledgeNagFindings(cfnResources(provider, 'AWS::StepFunctions::StateMachine'), [{
    id: 'AwsSolutions-SF2',
    reason: 'The waiter is the Provider framework\'s internal poller: it only invokes the isComplete and onTimeout '
      + 'functions, its executions are logged, and the Provider offers no tracing option.',
  }]);
}

/** The CloudFormation resources of a type in a construct's subtree. */
export function cfnResources(scope: IConstruct, type: string): CfnResource[] {
  return scope.node.findAll().filter(CfnResource.isCfnResource).filter(resource => resource.cfnResourceType === type);
}

/** A cdk-nag acknowledgement, in the form cdk-nag reads from the `cdk_nag` metadata of a CloudFormation resource. */
interface NagAcknowledgement {
  readonly id: string;
  readonly reason: string;
  readonly appliesTo?: (string | { regex: string })[];
}

/**
 * Adds cdk-nag acknowledgements to resources without depending on cdk-nag, which the library does
 * not ship with. cdk-nag 2.x reads `Metadata.cdk_nag.rules_to_suppress` (`{ id, reason, applies_to }`)
 * and merges what `NagSuppressions.addResourceSuppressions` adds to the same key.
 */
export function acknowledgeNagFindings(resources: CfnResource[], acknowledgements: NagAcknowledgement[]): void {
  for (const resource of resources) {
    const existing: { rules_to_suppress?: unknown[] } = resource.getMetadata(NAG_METADATA_KEY) ?? {};
    resource.addMetadata(NAG_METADATA_KEY, {
      rules_to_suppress: [
        ...existing.rules_to_suppress ?? [],
        ...acknowledgements.map(({ appliesTo, ...rest }) => appliesTo ? { ...rest, applies_to: appliesTo } : rest),
      ],
    });
  }
}

const NAG_METADATA_KEY = 'cdk_nag';
