import { TaggableResourceProperties } from '../../../src/wire/common-properties';
import { quote, quoteName } from '../../../src/wire/quote';
import { createOnlyChanges, decodeProperties, ResourceContract } from '../../../src/wire/resource-contract';
import { smsResourceId } from '../arn';
import { Action, Call, commandOf, InputOf } from '../commands';
import { conflictFailure, ErrorSubject, notFoundError } from '../errors';
import { IsCompleteRequest, IsCompleteResponse, OnEventRequest, OnEventResponse, ResponseData } from '../events';
import { clientToken } from '../idempotency';
import { converge } from './converge';
import { previousProperties } from './previous-properties';
import { continueRemoval, Removal, ResourceRemoval, startRemoval } from './removal';
import { HandlerContext, ResourceHandler } from './resource-handler';
import { readTags } from './shared-reads';
import { PlannedCall } from '../reconcile/calls';
import { planTags, Tags } from '../reconcile/tags';

/** The actions that take a ClientToken: those that create something. */
type CreateAction = { [A in Action]: 'ClientToken' extends keyof InputOf<A> ? A : never }[Action];

/** The call that creates a resource, less what every create call carries: its tags and ClientToken. */
export type CreateCall = { [A in CreateAction]: { readonly action: A; readonly input: Omit<InputOf<A>, 'Tags' | 'ClientToken'> } }[CreateAction];

/** What the service has of a resource, as far as its handler reconciles it. */
export interface ActualResource {
  readonly arn: string;
}

/**
 * The lifecycle every SMS v2 resource shares. A subclass supplies only what is its own: its wire
 * contract, the create call, the read, the plan and the removal.
 *
 * - Create: onEvent makes the one create call, with the declared tags and a deterministic
 *   ClientToken, and returns the ARN at once, so any later failure carries the real id to
 *   CloudFormation's rollback Delete.
 * - Update: a change of a create-only property (the contract says which) creates a new resource
 *   (a new physical id; the old one is CloudFormation's to delete); otherwise onEvent makes no call.
 * - isComplete (Create, Update): reads the resource (and its tags, when the declared tags changed),
 *   waits out transitional statuses, and makes the planned calls; complete once they all succeeded.
 *   Only what the previous properties of the same resource declared is ever removed.
 * - Delete: only what the event's physical id names; an id that names nothing is success with no
 *   call; a retained resource is never touched.
 */
export abstract class SmsResourceHandler<P extends TaggableResourceProperties, Id, A extends ActualResource> implements ResourceHandler {
  protected abstract readonly contract: ResourceContract<P>;
  /** What failure messages may say about this type besides its noun and id. */
  protected readonly subjectDetails: Omit<ErrorSubject, 'resourceType' | 'id'> = {};
  /** What limits the size of the resource one poll can read, for the failure when a read takes a whole poll. */
  protected readonly readLimit?: string;
  /** Why a poll reads the resource again after its calls (Convergence.readAfterWrite); undefined when their results suffice. */
  protected readonly readAfterWrite?: string;

  private decoded?: P;
  private previousDecoded?: { readonly properties?: P };

  constructor(protected readonly event: OnEventRequest, protected readonly context: HandlerContext) {}

  async onEvent(): Promise<OnEventResponse> {
    switch (this.event.RequestType) {
      case 'Create': return this.create();
      case 'Update': return this.update();
      case 'Delete': {
        const id = this.physicalId;
        if (id === undefined) return this.nothingToDelete();
        return startRemoval(this.event, this.retained);
      }
    }
  }

  async isComplete(): Promise<IsCompleteResponse> {
    if (this.event.RequestType === 'Delete') {
      const id = this.physicalId;
      if (id === undefined) return { IsComplete: true };
      return continueRemoval(this.event as IsCompleteRequest, this.context, this.removalOf(id), this.retained);
    }
    return this.converge(this.requirePhysicalId());
  }

  /** The call that creates the resource. */
  protected abstract createCall(desired: P): CreateCall;
  /** What the service has (tags aside); undefined when the resource is gone. */
  protected abstract read(id: Id, desired: P, declaredBefore: P | undefined): Promise<A | undefined>;
  /**
   * The calls from `actual` to the declared state (tags aside); none when they are equal.
   * `declaredBefore` is what the previous properties of this same resource declared: all that may be removed.
   */
  protected abstract plan(desired: P, actual: A, declaredBefore: P | undefined, id: Id): PlannedCall[];
  /** The attributes, once converged. */
  protected abstract data(actual: A): ResponseData;
  protected abstract removal(id: Id): ResourceRemoval;

  /** What failures are about: the declared name while there is one, else the physical id. */
  get subject(): ErrorSubject {
    return { resourceType: this.contract.noun, id: this.subjectId(), ...this.subjectDetails };
  }

  protected subjectId(): string {
    const declaredName = this.contract.nameKey && this.event.ResourceProperties?.[this.contract.nameKey];
    if (this.event.RequestType !== 'Delete' && typeof declaredName === 'string') return declaredName;
    return this.physicalIdName ?? this.event.PhysicalResourceId ?? this.event.LogicalResourceId;
  }

  /** What the physical id names, or undefined when it is not an ARN of this resource type. Never throws. */
  protected parsePhysicalId(physicalResourceId: string | undefined): Id | undefined {
    return smsResourceId(physicalResourceId, this.contract.arnResourceType) as Id | undefined;
  }

  /** Why planning must wait (a transitional status such as CREATING), or undefined. */
  protected waitFor(_desired: P, _actual: A): string | undefined {
    return undefined;
  }

  /** Refuses, by throwing, a replacement that cannot work; `changed` names the create-only properties that changed. */
  protected async checkReplacement(_desired: P, _id: Id, _changed: readonly string[]): Promise<void> {}

  /** Refuses, by throwing, a create (or replacement) whose properties the service would not take, before anything is created. */
  protected async checkCreate(_desired: P): Promise<void> {}

  /** Turns a failed call into a clearer failure, or undefined to keep the service's error. */
  protected callFailure(_call: PlannedCall, _error: unknown, _actual: A): Error | undefined {
    return undefined;
  }

  /** After a poll that ran out of time, with the calls of its plan it made (its own and its tags'). */
  protected async outOfTime(_actual: A, _made: readonly PlannedCall[]): Promise<void> {}

  /** Why a failed call may be left for a later deployment, or undefined to fail. */
  protected deferral(_desired: P, _actual: A, _error: unknown): string | undefined {
    return undefined;
  }

  /** The event's properties, decoded and validated once. */
  protected get desired(): P {
    this.decoded ??= decodeProperties(this.contract, this.event.ResourceProperties);
    return this.decoded;
  }

  /**
   * What the properties before this update declared on this same resource, which is all an update
   * may remove: undefined on Create, after a replacement, and when the old properties do not decode
   * (a rollback of an update rejected for its shape declared nothing the handler applied).
   */
  protected get declaredBefore(): P | undefined {
    return this.replacing ? undefined : this.previous;
  }

  /**
   * Whether Delete keeps the resource: for a type whose properties say whether it may be released
   * (`ReleaseOnDelete`, true for RemovalPolicy.DESTROY and RETAIN_ON_UPDATE_OR_DELETE), read on
   * its own and leniently, so that anything but true keeps it, even properties that no longer decode.
   */
  private get retained(): boolean {
    if (!('ReleaseOnDelete' in this.contract.schema)) return false;
    const value = this.event.ResourceProperties?.ReleaseOnDelete;
    return !(value === true || value === 'true');
  }

  protected get physicalId(): Id | undefined {
    return this.parsePhysicalId(this.event.PhysicalResourceId);
  }

  /** The name or id at the end of the physical id, when it is an ARN of this resource type. */
  private get physicalIdName(): string | undefined {
    return smsResourceId(this.event.PhysicalResourceId, this.contract.arnResourceType);
  }

  protected requirePhysicalId(): Id {
    const id = this.physicalId;
    if (id === undefined) {
      throw new Error(`The physical id ${quote(this.event.PhysicalResourceId)} is not a ${this.subject.resourceType} ARN`);
    }
    return id;
  }

  private get previous(): P | undefined {
    this.previousDecoded ??= { properties: previousProperties(this.contract, this.event, this.context.log) };
    return this.previousDecoded.properties;
  }

  private async create(): Promise<OnEventResponse> {
    const desired = this.desired;
    await this.checkCreate(desired);
    const call = this.createCall(desired);
    const command = commandOf({
      action: call.action,
      input: {
        ...call.input,
        Tags: desired.Tags && desired.Tags.length > 0 ? desired.Tags : undefined,
        ClientToken: clientToken(this.event, call.action),
      },
    } as Call);
    const response = await (this.context.client.send as (command: object) => Promise<{ readonly [member: string]: unknown }>)(command);
    const arn = response[this.contract.attributes.ARN];
    if (typeof arn !== 'string' || arn === '') throw new Error(`${call.action} returned no ARN for ${this.subject.resourceType} ${quoteName(this.subject.id)}`);
    this.context.log('created', { action: call.action, arn, ...response.Status === undefined ? {} : { status: response.Status } });
    return { PhysicalResourceId: arn };
  }

  private async update(): Promise<OnEventResponse> {
    const desired = this.desired;
    const id = this.requirePhysicalId();
    const previous = this.previous;
    const changed = previous ? createOnlyChanges(this.contract, previous, desired) : [];
    if (changed.length === 0) return { PhysicalResourceId: this.event.PhysicalResourceId };
    await this.checkReplacement(desired, id, changed);
    this.context.log('replace', { reason: `${changed.join(', ')} changed, and only a new ${this.contract.noun} has them` });
    return this.create();
  }

  private converge(id: Id): Promise<IsCompleteResponse> {
    const desired = this.desired;
    const declaredBefore = this.declaredBefore;
    const desiredTags = tagsOf(desired);
    const tagsDeclaredBefore = new Set(tagsOf(declaredBefore).keys());
    const readsTags = this.tagsChanged(desiredTags);
    return converge<Observed<A>>({
      readLimit: this.readLimit,
      readAfterWrite: this.readAfterWrite,
      read: async () => {
        const resource = await this.read(id, desired, declaredBefore);
        if (resource === undefined) throw notFoundError(this.subject);
        return { resource, tags: readsTags ? await readTags(this.context.client, resource.arn) : undefined };
      },
      waitFor: ({ resource }) => this.waitFor(desired, resource),
      plan: ({ resource, tags }) => [
        ...this.plan(desired, resource, declaredBefore, id),
        ...tags ? planTags(resource.arn, desiredTags, tags, tagsDeclaredBefore) : [],
      ],
      onFailure: (call, error, { resource }) => this.callFailure(call, error, resource),
      deferral: ({ resource }, error) => this.deferral(desired, resource, error),
      data: ({ resource }) => this.data(resource),
      outOfTime: ({ resource }, made) => this.outOfTime(resource, made),
    }, this.context);
  }

  /**
   * Whether the resource's tags may differ from the declared ones, which only a read can tell: not
   * after a create (its call carried the declared tags), nor when the update leaves them as the
   * previous properties declared them; when those do not decode, only if tags are declared now.
   */
  private tagsChanged(desiredTags: Tags): boolean {
    if (this.event.RequestType === 'Create' || this.replacing) return false;
    const before = this.declaredBefore;
    if (before === undefined) return desiredTags.size > 0;
    const tagsBefore = tagsOf(before);
    return tagsBefore.size !== desiredTags.size || [...desiredTags].some(([key, value]) => tagsBefore.get(key) !== value);
  }

  /** Whether this Update created a new resource, for a change of a create-only property. */
  private get replacing(): boolean {
    const previous = this.previous;
    return previous !== undefined && createOnlyChanges(this.contract, previous, this.desired).length > 0;
  }

  private removalOf(id: Id): Removal {
    const removal = this.removal(id);
    return {
      inspect: async () => {
        const info = await removal.describe() as { readonly [member: string]: unknown } | undefined;
        if (!info || info[this.contract.attributes.ARN] !== this.event.PhysicalResourceId) return { state: 'gone' };
        if (info.DeletionProtectionEnabled === true) {
          return { state: 'refused', error: conflictFailure('DELETION_PROTECTION_ENABLED', this.subject) };
        }
        return await removal.inspect?.(info) ?? { state: 'ready' };
      },
      remove: async () => {
        const client = this.context.client as { send(command: object): Promise<{ readonly Status?: string } | undefined> };
        const response = await client.send(commandOf(removal.call));
        return response?.Status !== 'DELETING';
      },
      blockedBy: removal.blockedBy,
    };
  }

  private nothingToDelete(): OnEventResponse {
    const physicalResourceId = this.event.PhysicalResourceId;
    this.context.log(`nothing to delete: the physical id is not a ${this.subject.resourceType} ARN`, { physicalResourceId });
    return { PhysicalResourceId: physicalResourceId };
  }
}

/** A resource and, when they may have changed, its tags, as one read found them. */
interface Observed<A> {
  readonly resource: A;
  readonly tags?: Tags;
}

function tagsOf(properties: TaggableResourceProperties | undefined): Tags {
  return new Map((properties?.Tags ?? []).map(tag => [tag.Key, tag.Value]));
}
