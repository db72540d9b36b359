import { createHash } from 'node:crypto';

/** The parts of a CloudFormation request that make a ClientToken unique to it. */
export interface RequestIdentity {
  readonly StackId: string;
  readonly LogicalResourceId: string;
  readonly RequestId: string;
}

/** Makes the ClientToken of one create call; `childKey` tells apart the creates of children. */
export type ClientTokens = (operation: string, childKey?: string) => string;

/**
 * hex(sha256(StackId|LogicalResourceId|RequestId|operation[|childKey])): 64 characters, the API's
 * limit. A re-delivered request (same RequestId) repeats its tokens, so the service returns what
 * the first delivery created instead of creating it again.
 */
export function clientToken(request: RequestIdentity, operation: string, childKey?: string): string {
  const parts = [request.StackId, request.LogicalResourceId, request.RequestId, operation];
  if (childKey !== undefined) parts.push(childKey);
  return createHash('sha256').update(parts.join('|')).digest('hex');
}

export function clientTokensFor(request: RequestIdentity): ClientTokens {
  return (operation, childKey) => clientToken(request, operation, childKey);
}
