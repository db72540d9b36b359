import { PlannedCall } from './calls';

/**
 * What the service may have before the handler puts a policy: none (a new policy), or the one the
 * previous properties wrote (an update; `written` is undefined when they do not say, and then only
 * the declared policy is the stack's).
 */
export type PolicyBefore = { readonly none: true } | { readonly written?: string };

/** Why the handler must not put the declared policy. */
export type PolicyRefusal =
  /** A new policy, but the resource has another one: one the stack did not write. */
  | 'foreign'
  /** An update, but the policy on the service is not the one the stack wrote: it was changed outside the stack. */
  | 'changed'
  /** An update, but the resource has no policy: it was deleted outside the stack. */
  | 'gone';

export type PolicyPlan = { readonly calls: PlannedCall[] } | { readonly refused: PolicyRefusal };

/**
 * The call that brings the policy of `target` from `actual` (its JSON text, or undefined when it
 * has none) to `desired`: none when they are the same policy (compared as policies, not as text),
 * else one PutResourcePolicy, but only over no policy (a new one) or over the one the stack wrote
 * (an update). A policy the stack did not write is never overwritten.
 */
export function planResourcePolicy(target: string, desired: string, actual: string | undefined, before: PolicyBefore): PolicyPlan {
  if (actual !== undefined && samePolicy(actual, desired)) return { calls: [] };
  const put: PolicyPlan = { calls: [{ action: 'PutResourcePolicy', input: { ResourceArn: target, Policy: desired } }] };
  if ('none' in before) return actual === undefined ? put : { refused: 'foreign' };
  if (actual === undefined) return { refused: 'gone' };
  return before.written !== undefined && samePolicy(actual, before.written) ? put : { refused: 'changed' };
}

/**
 * Whether two policy documents (JSON text) say the same, as IAM reads them: keys in any order,
 * lists (statements, actions, resources, principals, condition values) as sets, a list of one the
 * same as its value, numbers and booleans the same as their strings, and an account id the same as
 * its root user's ARN. Text that is not JSON is compared as text.
 */
export function samePolicy(a: string, b: string): boolean {
  const [left, right] = [canonical(a), canonical(b)];
  return left !== undefined && right !== undefined ? left === right : a === b;
}

function canonical(text: string): string | undefined {
  try {
    return JSON.stringify(canonicalValue(JSON.parse(text)));
  } catch {
    return undefined;
  }
}

function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = [...new Set(value.map(item => JSON.stringify(canonicalValue(item))))].sort().map(item => JSON.parse(item) as unknown);
    return items.length === 1 ? items[0] : items;
  }
  if (typeof value === 'object' && value !== null) {
    const object = value as { readonly [key: string]: unknown };
    return Object.fromEntries(Object.keys(object).sort().map(key => [key, canonicalValue(object[key])]));
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return ACCOUNT_ROOT.exec(value)?.[1] ?? value;
  return value;
}

/** `123456789012` or `arn:<partition>:iam::123456789012:root`: the account. */
const ACCOUNT_ROOT = /^(?:arn:[a-z-]+:iam::)?(\d{12})(?::root)?$/;
