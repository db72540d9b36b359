import { PlannedCall } from './calls';
import { diffKeyed } from './keyed-diff';

/** Tag key → value. */
export type Tags = ReadonlyMap<string, string>;

/**
 * At most one UntagResource (tags previously declared and no longer desired) and one TagResource
 * (tags missing or with another value). Tags the resource never declared are left alone.
 */
export function planTags(resourceArn: string, desired: Tags, actual: Tags, previouslyDeclared: ReadonlySet<string>): PlannedCall[] {
  const diff = diffKeyed(desired, actual, previouslyDeclared, (a, b) => a === b);
  const calls: PlannedCall[] = [];
  if (diff.delete.length > 0) {
    calls.push({ action: 'UntagResource', input: { ResourceArn: resourceArn, TagKeys: [...diff.delete] } });
  }
  const put = [...diff.create, ...diff.update];
  if (put.length > 0) {
    calls.push({ action: 'TagResource', input: { ResourceArn: resourceArn, Tags: put.map(key => ({ Key: key, Value: desired.get(key) })) } });
  }
  return calls;
}
