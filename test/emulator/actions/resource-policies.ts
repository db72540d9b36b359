import type {
  DeleteResourcePolicyRequest,
  DeleteResourcePolicyResult,
  GetResourcePolicyRequest,
  GetResourcePolicyResult,
  PutResourcePolicyRequest,
  PutResourcePolicyResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { parseArn } from '../arns';
import { invalidField, notFound } from '../errors';
import type { ResourcePolicyRecord } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { findOptOutList } from './opt-out-lists';
import { findPhoneNumber, findPool, findSenderId } from './origination-identities';

/** A resource that takes a resource-based policy. */
interface PolicyHolder {
  readonly arn: string;
  resourcePolicy?: ResourcePolicyRecord;
}

/**
 * What the service answers for a resource without a policy: HTTP 200 with the policy `{}` and no
 * CreatedTimestamp (the reference is silent; this is what the service is observed to return, also
 * after DeleteResourcePolicy).
 */
export const NO_POLICY = '{}';

/**
 * The phone number, sender ID, pool or opt-out list an ARN names. Another kind of SMS ARN, or no
 * SMS ARN at all, is ValidationException `INVALID_ARN`; one that names nothing here (another
 * account or region included) is ResourceNotFoundException of its kind.
 */
function findPolicyHolder(context: ActionContext, arn: string): PolicyHolder {
  const parsed = parseArn(arn);
  if (!parsed) throw invalidField('INVALID_ARN', 'ResourceArn', `${arn} is not an AWS End User Messaging SMS resource ARN.`);
  switch (parsed.resourceType) {
    case 'phone-number': return findPhoneNumber(context, arn);
    case 'pool': return findPool(context, arn);
    case 'sender-id': return findSenderId(context, arn, undefined);
    case 'opt-out-list': return findOptOutList(context, arn);
    default:
      throw invalidField('INVALID_ARN', 'ResourceArn',
        `A ${parsed.resourceType} takes no resource-based policy: only phone numbers, sender IDs, pools and opt-out lists do.`);
  }
}

/** The policy is a JSON object with at least one statement: ValidationException `CANNOT_PARSE` or `INVALID_PARAMETER` otherwise. */
function checkPolicy(policy: string): void {
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch {
    throw invalidField('CANNOT_PARSE', 'Policy', 'The policy is not valid JSON.');
  }
  const statements = typeof document === 'object' && document !== null ? (document as { Statement?: unknown }).Statement : undefined;
  const some = Array.isArray(statements) ? statements.length > 0 : typeof statements === 'object' && statements !== null;
  if (!some) throw invalidField('INVALID_PARAMETER', 'Policy', 'The policy must be a JSON object with at least one statement.');
}

function policyInformation(holder: PolicyHolder, record: ResourcePolicyRecord): Wire<PutResourcePolicyResult> {
  return { ResourceArn: holder.arn, Policy: record.policy, CreatedTimestamp: epochSeconds(record.createdAt) };
}

/** Replaces the resource's policy, if it has one; CreatedTimestamp is the time of this call. */
const putResourcePolicy: ActionHandler<PutResourcePolicyRequest, Wire<PutResourcePolicyResult>> = (input, context) => {
  const holder = findPolicyHolder(context, input.ResourceArn!);
  checkPolicy(input.Policy!);
  holder.resourcePolicy = { policy: input.Policy!, createdAt: context.now() };
  return policyInformation(holder, holder.resourcePolicy);
};

const getResourcePolicy: ActionHandler<GetResourcePolicyRequest, Wire<GetResourcePolicyResult>> = (input, context) => {
  const holder = findPolicyHolder(context, input.ResourceArn!);
  return holder.resourcePolicy ? policyInformation(holder, holder.resourcePolicy) : { ResourceArn: holder.arn, Policy: NO_POLICY };
};

/** Of a resource without a policy: ResourceNotFoundException `policy` (the reference is silent). */
const deleteResourcePolicy: ActionHandler<DeleteResourcePolicyRequest, Wire<DeleteResourcePolicyResult>> = (input, context) => {
  const holder = findPolicyHolder(context, input.ResourceArn!);
  const record = holder.resourcePolicy;
  if (!record) throw notFound('policy', holder.arn);
  holder.resourcePolicy = undefined;
  return policyInformation(holder, record);
};

export const RESOURCE_POLICY_ACTIONS = {
  PutResourcePolicy: putResourcePolicy,
  GetResourcePolicy: getResourcePolicy,
  DeleteResourcePolicy: deleteResourcePolicy,
};
