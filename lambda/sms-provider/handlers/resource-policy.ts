import { createOnlyChanges, decodeProperties } from '../../../src/wire/resource-contract';
import { RESOURCE_POLICY, ResourcePolicyResourceProperties } from '../../../src/wire/resource-policy-properties';
import { policyTargetType } from '../../../src/wire/validate-resource-policy';
import { commandOf } from '../commands';
import { ErrorSubject, notFoundError } from '../errors';
import { IsCompleteRequest, IsCompleteResponse, OnEventRequest, OnEventResponse } from '../events';
import { converge } from './converge';
import { continueRemoval, Removal, RemovalState, startRemoval } from './removal';
import { HandlerContext, ResourceHandler } from './resource-handler';
import { readResourcePolicy, ResourcePolicyActual } from './resource-policy-state';
import { quote } from '../../../src/wire/quote';
import { PlannedCall } from '../reconcile/calls';
import { planResourcePolicy, PolicyBefore, PolicyRefusal, samePolicy } from '../reconcile/resource-policy';

type Properties = ResourcePolicyResourceProperties;

/**
 * Custom::SmsVoiceResourcePolicy: the resource-based policy of one phone number, sender ID, pool
 * or opt-out list. The physical id is the ARN of that resource (one policy each); another ARN is
 * a new policy, and the old one is CloudFormation's to delete.
 *
 * A policy the stack did not write is never overwritten or deleted:
 * - Create (and a replacement) reads the resource's policy first, and fails if it has one that is
 *   not the declared one; isComplete puts it.
 * - Update puts the new policy only over the one the previous properties wrote (or makes no call
 *   when the service has the declared one already); a policy changed outside the stack fails the
 *   update, and one deleted outside it is not found.
 * - Delete removes the policy only while it is the one the properties declare; a policy changed
 *   outside the stack is left, and the log says so.
 *
 * Policies are compared as IAM reads them (`samePolicy`), not as text. A policy has no tags, no
 * ClientToken and no create call, so this handler is not an SmsResourceHandler: it has the same
 * lifecycle (converge in isComplete, the shared removal steps in Delete) over its one read and one call.
 */
export class ResourcePolicyHandler implements ResourceHandler {
  private decoded?: Properties;

  constructor(private readonly event: OnEventRequest, private readonly context: HandlerContext) {}

  get subject(): ErrorSubject {
    const declared = this.event.ResourceProperties?.ResourceArn;
    const id = this.target ?? (typeof declared === 'string' ? declared : this.event.PhysicalResourceId ?? this.event.LogicalResourceId);
    return { resourceType: RESOURCE_POLICY.noun, id };
  }

  async onEvent(): Promise<OnEventResponse> {
    switch (this.event.RequestType) {
      case 'Create': return this.start(this.desired.ResourceArn);
      case 'Update': {
        this.requireTarget();
        const desired = this.desired;
        if (!this.replaced) return { PhysicalResourceId: this.event.PhysicalResourceId };
        this.context.log('replace', { reason: 'resource changed, and a policy belongs to one resource' });
        return this.start(desired.ResourceArn);
      }
      case 'Delete': {
        const target = this.target;
        if (target === undefined) return this.nothingToDelete();
        return startRemoval(this.event, false);
      }
    }
  }

  async isComplete(): Promise<IsCompleteResponse> {
    if (this.event.RequestType === 'Delete') {
      const target = this.target;
      if (target === undefined) return { IsComplete: true };
      return continueRemoval(this.event as IsCompleteRequest, this.context, this.removal(target), false);
    }
    const target = this.requireTarget();
    const before: PolicyBefore = this.event.RequestType === 'Create' || this.replaced ? { none: true } : { written: this.previous?.Policy };
    return converge<ResourcePolicyActual>({
      read: () => this.read(target),
      plan: actual => this.plan(actual, before),
      data: () => ({ [RESOURCE_POLICY.attributes.ARN]: target }),
    }, this.context);
  }

  /** onEvent of a new policy: the resource must exist and have no policy but the declared one. isComplete puts it. */
  private async start(target: string): Promise<OnEventResponse> {
    const actual = await this.read(target);
    if (actual.policy !== undefined && !samePolicy(actual.policy, this.desired.Policy)) throw refusal('foreign', target);
    if (actual.policy !== undefined) this.context.log('the resource has the declared policy already', { resourceArn: target });
    return { PhysicalResourceId: target };
  }

  private async read(target: string): Promise<ResourcePolicyActual> {
    const actual = await readResourcePolicy(this.context.client, target);
    if (!actual) throw notFoundError({ resourceType: TARGET_NOUNS[policyTargetType(target)!], id: target });
    return actual;
  }

  private plan(actual: ResourcePolicyActual, before: PolicyBefore): PlannedCall[] {
    const plan = planResourcePolicy(actual.arn, this.desired.Policy, actual.policy, before);
    if ('calls' in plan) return plan.calls;
    throw plan.refused === 'gone' ? notFoundError(this.subject) : refusal(plan.refused, actual.arn);
  }

  /** Delete: only the policy the properties declare, and only while the service has it. */
  private removal(target: string): Removal {
    const { client, log } = this.context;
    return {
      inspect: async (): Promise<RemovalState> => {
        const actual = await readResourcePolicy(client, target);
        if (actual?.policy === undefined) return { state: 'gone' };
        const declared = this.declaredOn(target);
        if (declared === undefined) {
          // The cleanup after a replacement carries the new resource's properties: what this one wrote is not in the event.
          log('deleting the policy without comparing it: the properties describe another resource, or do not decode,'
            + ' and this policy was written by this resource (Create refuses a resource that has one)', { resourceArn: target });
          return { state: 'ready' };
        }
        if (samePolicy(actual.policy, declared.Policy)) return { state: 'ready' };
        return { state: 'kept', reason: `the resource policy of ${target} was changed outside the stack, so it is no longer the one the stack wrote; remove it yourself if it should go` };
      },
      remove: async () => {
        await (client.send as (command: object) => Promise<unknown>)(commandOf({ action: 'DeleteResourcePolicy', input: { ResourceArn: target } }));
        return true;
      },
    };
  }

  /** The event's properties, decoded and validated once. */
  private get desired(): Properties {
    this.decoded ??= decodeProperties(RESOURCE_POLICY, this.event.ResourceProperties);
    return this.decoded;
  }

  /** What the previous properties declared, or undefined when they do not decode (a rollback of an update rejected for its shape). */
  private get previous(): Properties | undefined {
    return this.leniently(this.event.OldResourceProperties);
  }

  /** Whether an update moves the policy to another resource. */
  private get replaced(): boolean {
    const previous = this.previous;
    return previous !== undefined && createOnlyChanges(RESOURCE_POLICY, previous, this.desired).length > 0;
  }

  /** The properties of a Delete, when they decode and describe the policy of `target`. */
  private declaredOn(target: string): Properties | undefined {
    const declared = this.leniently(this.event.ResourceProperties);
    return declared?.ResourceArn === target ? declared : undefined;
  }

  private leniently(raw: { readonly [key: string]: unknown } | undefined): Properties | undefined {
    if (!raw) return undefined;
    try {
      return decodeProperties(RESOURCE_POLICY, raw);
    } catch (error) {
      this.context.log('properties that do not decode declare nothing', { reason: String(error) });
      return undefined;
    }
  }

  /** The resource the physical id names, or undefined when it is not an ARN of a resource that takes a policy. Never throws. */
  private get target(): string | undefined {
    const id = this.event.PhysicalResourceId;
    return policyTargetType(id) === undefined ? undefined : id;
  }

  private requireTarget(): string {
    const target = this.target;
    if (target === undefined) {
      throw new Error(`The physical id ${quote(this.event.PhysicalResourceId)} is not the ARN of a phone number, sender ID, pool or opt-out list`);
    }
    return target;
  }

  private nothingToDelete(): OnEventResponse {
    const physicalResourceId = this.event.PhysicalResourceId;
    this.context.log('nothing to delete: the physical id is not the ARN of a resource that takes a policy', { physicalResourceId });
    return { PhysicalResourceId: physicalResourceId };
  }
}

/** What failures call the resources that take a policy. */
const TARGET_NOUNS: { readonly [type: string]: string } = {
  'phone-number': 'phone number',
  'sender-id': 'sender ID',
  'pool': 'pool',
  'opt-out-list': 'opt-out list',
};

function refusal(reason: Exclude<PolicyRefusal, 'gone'>, target: string): Error {
  const what = `${TARGET_NOUNS[policyTargetType(target)!]} '${target}'`;
  if (reason === 'foreign') {
    return new Error(`${what} already has a resource policy that this stack did not write, and the provider never overwrites one.`
      + ' Either remove that policy (DeleteResourcePolicy) and deploy again, or declare its statements in this app'
      + ' (the ResourcePolicy\'s policyDocument, or addToResourcePolicy): a policy that says the same as the declared one is taken over');
  }
  return new Error(`the resource policy of ${what} was changed outside the stack: it is no longer the one the stack wrote, and the provider`
    + ' never overwrites a policy it did not write. Declare the statements you want in this app so that they match the policy the'
    + ' resource has now (an update to the same policy makes no call), or put back the policy the stack wrote, then deploy again');
}
