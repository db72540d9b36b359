import { noTags } from './common-properties';
import { WireContract } from './resource-contract';
import { fields } from './schema';
import { resourcePolicyViolations } from './validate-resource-policy';

/**
 * The properties of a Custom::SmsVoiceResourcePolicy: the resource-based policy of one phone
 * number, sender ID, pool or opt-out list. Physical id: the ARN of that resource, which names its
 * one policy. It has no tags.
 *
 * Create refuses a resource that already has a policy (one the stack did not write is never
 * overwritten); Update and Delete touch the policy only while it is the one the stack wrote.
 */
export interface ResourcePolicyResourceProperties {
  /** Create-only: the ARN of the phone number, sender ID, pool or opt-out list. Another resource is another policy. */
  readonly ResourceArn: string;
  /** The policy document, as the JSON text PutResourcePolicy takes. */
  readonly Policy: string;
  /** A policy has no tags: the construct writes none, and the handler refuses them. */
  readonly Tags?: never;
}


export const RESOURCE_POLICY: WireContract<ResourcePolicyResourceProperties> = {
  resourceType: 'Custom::SmsVoiceResourcePolicy',
  noun: 'resource policy',
  schemaVersions: ['1'],
  schema: {
    ResourceArn: fields.string,
    Policy: fields.string,
    Tags: noTags('a resource policy has no tags (tag the resource it is attached to)'),
  },
  createOnly: { ResourceArn: 'resource' },
  // A policy has no ARN of its own: the ARN of the resource it is attached to names it (POLICY_TARGET_TYPES
  // says which types take one).
  attributes: { ARN: 'ResourceArn' },
  violations: resourcePolicyViolations,
};
