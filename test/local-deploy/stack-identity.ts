import { randomUUID } from 'crypto';

/** Where a stack lives, and what its pseudo parameters resolve to. */
export interface StackIdentity {
  readonly stackName: string;
  /** `arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>`, new for every stack created. */
  readonly stackId: string;
  readonly region: string;
  readonly accountId: string;
  readonly partition: string;
  readonly urlSuffix: string;
}

export function newStackIdentity(stackName: string, region: string, accountId: string): StackIdentity {
  const partition = partitionOf(region);
  return {
    stackName,
    stackId: `arn:${partition}:cloudformation:${region}:${accountId}:stack/${stackName}/${randomUUID()}`,
    region,
    accountId,
    partition,
    urlSuffix: partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com',
  };
}

function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** The value of a pseudo parameter (`AWS::Region`...), or undefined when `name` is not one. */
export function pseudoParameter(name: string, stack: StackIdentity): unknown {
  switch (name) {
    case 'AWS::Region': return stack.region;
    case 'AWS::AccountId': return stack.accountId;
    case 'AWS::Partition': return stack.partition;
    case 'AWS::StackName': return stack.stackName;
    case 'AWS::StackId': return stack.stackId;
    case 'AWS::URLSuffix': return stack.urlSuffix;
    case 'AWS::NotificationARNs': return [];
    default: return undefined;
  }
}
