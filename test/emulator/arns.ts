import type { ResourceKind } from './options';

/** Where resources live: the ARN components that do not depend on the resource. */
export interface Scope {
  readonly region: string;
  readonly accountId: string;
}

export interface ParsedArn extends Scope {
  readonly partition: string;
  readonly resourceType: string;
  /** Everything after `<resourceType>/`; sender IDs have two parts (`MySender/US`). */
  readonly resourceId: string;
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `arn:aws:sms-voice:<region>:<account>:<kind>/<id>` */
export function arnOf(scope: Scope, kind: ResourceKind, id: string): string {
  return `arn:${partitionOf(scope.region)}:sms-voice:${scope.region}:${scope.accountId}:${kind}/${id}`;
}

export function parseArn(arn: string): ParsedArn | undefined {
  const match = /^arn:([a-z-]+):sms-voice:([a-z0-9-]+):(\d{12}):([a-z-]+)\/(.+)$/.exec(arn);
  if (!match) return undefined;
  const [, partition, region, accountId, resourceType, resourceId] = match;
  return { partition, region, accountId, resourceType, resourceId };
}

/**
 * The id that a "name or ARN" parameter names in this scope, or undefined when it is an ARN of
 * another kind, region or account (which then names nothing here).
 */
export function idFromNameOrArn(scope: Scope, kind: ResourceKind, nameOrArn: string): string | undefined {
  if (!nameOrArn.startsWith('arn:')) return nameOrArn;
  const arn = parseArn(nameOrArn);
  if (!arn || arn.resourceType !== kind || arnOf(scope, kind, arn.resourceId) !== nameOrArn) return undefined;
  return arn.resourceId;
}
