import { GetResourcePolicyCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../client';
import { isNotFound, ServiceError } from '../errors';

/** The resource-based policy of a phone number, sender ID, pool or opt-out list, as the service has it. */
export interface ResourcePolicyActual {
  /** The resource's ARN. */
  readonly arn: string;
  /** The policy's JSON text; undefined when the resource has none. */
  readonly policy?: string;
}

/**
 * The policy of the resource `arn` names; undefined when there is no such resource. A resource
 * without a policy answers `{}` (or nothing, or ResourceNotFoundException `policy`).
 */
export async function readResourcePolicy(client: SmsClient, arn: string): Promise<ResourcePolicyActual | undefined> {
  try {
    const { Policy } = await client.send(new GetResourcePolicyCommand({ ResourceArn: arn }));
    return { arn, policy: Policy === undefined || Policy === '' || Policy.trim() === NO_POLICY ? undefined : Policy };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return (error as ServiceError).ResourceType === 'policy' ? { arn } : undefined;
  }
}

/** What GetResourcePolicy answers for a resource without a policy. */
const NO_POLICY = '{}';
