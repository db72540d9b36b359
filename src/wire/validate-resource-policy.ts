import type { ResourcePolicyResourceProperties } from './resource-policy-properties';
import { SHAPES } from './service-constraints';
import { IsUnresolved, Violations } from './violations';

/**
 * The SMS v2 resources that take a resource-based policy (PutResourcePolicy), by the `<type>` of
 * their ARNs. The API reference: "A shared resource can be a Pool, Opt-out list, Sender Id, or
 * Phone number."
 */
export const POLICY_TARGET_TYPES: readonly string[] = ['phone-number', 'sender-id', 'pool', 'opt-out-list'];

/** `arn:<partition>:sms-voice:<region>:<account>:<type>/<id>`, a sender ID's id being `<SenderId>/<country>`. */
const TARGET_ARN = /^arn:[a-z0-9-]+:sms-voice:[a-z0-9-]+:\d{12}:(?:(phone-number|pool|opt-out-list)\/[A-Za-z0-9_-]+|(sender-id)\/[A-Za-z0-9_-]+\/[A-Z]{2})$/;

const TARGET_RULE = 'must be the ARN of a phone number, sender ID, pool or opt-out list:'
  + ' arn:<partition>:sms-voice:<region>:<account>:<phone-number|pool|opt-out-list>/<id>, or …:sender-id/<SenderId>/<country>';

/** The `<type>` of a resource-policy target's ARN (phone-number, sender-id, pool, opt-out-list), or undefined when it is none. Never throws. */
export function policyTargetType(arn: string | undefined): string | undefined {
  const match = TARGET_ARN.exec(arn ?? '');
  return match ? match[1] ?? match[2] : undefined;
}

export function resourcePolicyViolations(properties: ResourcePolicyResourceProperties, isUnresolved: IsUnresolved = () => false): Violations {
  const v = new Violations(isUnresolved).shape('resource', properties.ResourceArn, 'AmazonResourceName');
  if (properties.ResourceArn !== undefined) {
    v.require('resource', properties.ResourceArn, policyTargetType(properties.ResourceArn) !== undefined, TARGET_RULE);
  }
  if (properties.Policy !== undefined && !isUnresolved(properties.Policy)) checkPolicyText(v, properties.Policy);
  return v;
}

/**
 * A policy document as the JSON text PutResourcePolicy takes: within the service model's
 * `ResourcePolicy` length, JSON, and with at least one statement.
 */
export function checkPolicyText(v: Violations, policy: string): Violations {
  const { min = 1, max } = SHAPES.ResourcePolicy;
  v.require('policyDocument', summary(policy), policy.length >= min && (max === undefined || policy.length <= max),
    `must be ${min} to ${max} characters long as JSON text, but is ${policy.length}`);
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch (error) {
    return v.require('policyDocument', summary(policy), false, `must be a JSON policy document, but does not parse (${(error as Error).message})`);
  }
  return checkPolicyStatements(v, document);
}

/** A policy document (parsed, or resolved at synth) holds at least one statement. */
export function checkPolicyStatements(v: Violations, document: unknown): Violations {
  const statements = typeof document === 'object' && document !== null ? (document as { readonly Statement?: unknown }).Statement : undefined;
  const some = Array.isArray(statements) ? statements.length > 0 : typeof statements === 'object' && statements !== null;
  return v.require('policyDocument', summary(JSON.stringify(document) ?? ''), some,
    'must hold at least one statement (add them with addStatements, or with addToResourcePolicy on the resource)');
}

/** The start of a long policy, for messages. */
function summary(policy: string): string {
  return policy.length <= SUMMARY_LENGTH ? policy : `${policy.slice(0, SUMMARY_LENGTH)}…`;
}

const SUMMARY_LENGTH = 40;
