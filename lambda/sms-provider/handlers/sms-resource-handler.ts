import { ErrorSubject } from '../errors';
import { IsCompleteRequest, IsCompleteResponse, OnEventRequest, OnEventResponse } from '../events';
import { converge, Convergence } from './converge';
import { Declarations, previouslyDeclared } from './previously-declared';
import { continueRemoval, Removal, startRemoval } from './removal';
import { HandlerContext, ResourceHandler } from './resource-handler';

/**
 * The lifecycle every SMS v2 resource shares; a subclass says what its resource is.
 *
 * - Create: onEvent makes the one create call (with a deterministic ClientToken) and returns the
 *   ARN at once, so any later failure carries the real id to CloudFormation's rollback Delete.
 * - Update: a change of a create-only property creates a new resource (a new physical id; the
 *   old one is CloudFormation's to delete); otherwise onEvent makes no call.
 * - isComplete (Create, Update): waits out transitional statuses, reconciles from what the service
 *   has, and is complete when a read shows every declared property.
 * - Delete: only what the event's physical id names; an id that names nothing is success with no
 *   call; a retained resource is never touched.
 */
export abstract class SmsResourceHandler<D, Declared, Id> implements ResourceHandler {
  abstract readonly subject: ErrorSubject;
  protected abstract readonly declarations: Declarations<D, Declared>;

  constructor(protected readonly event: OnEventRequest, protected readonly context: HandlerContext) {}

  async onEvent(): Promise<OnEventResponse> {
    switch (this.event.RequestType) {
      case 'Create': return this.create(this.desired());
      case 'Update': return this.update();
      case 'Delete': {
        const id = this.physicalId;
        if (id === undefined) return this.nothingToDelete();
        return startRemoval(this.event, this.context, this.removal(id));
      }
    }
  }

  async isComplete(): Promise<IsCompleteResponse> {
    if (this.event.RequestType === 'Delete') {
      const id = this.physicalId;
      if (id === undefined) return { IsComplete: true };
      return continueRemoval(this.event as IsCompleteRequest, this.context, this.removal(id));
    }
    const desired = this.desired();
    return converge(this.convergence(desired, this.requirePhysicalId(), this.previouslyDeclared(desired)), this.context);
  }

  /** Decodes and validates the event's properties. */
  protected abstract desired(): D;
  /** Makes the create call; returns the new resource's ARN as the physical id. */
  protected abstract create(desired: D): Promise<OnEventResponse>;
  /** Why an update needs a new resource (a create-only property changed), or undefined. May refuse the update by throwing. */
  protected abstract replacement(desired: D, id: Id): Promise<string | undefined>;
  protected abstract convergence(desired: D, id: Id, previouslyDeclared: Declared): Convergence<unknown>;
  protected abstract removal(id: Id): Removal;
  /** What the physical id names, or undefined when it is not an ARN of this resource type. Never throws. */
  protected abstract parsePhysicalId(physicalResourceId: string | undefined): Id | undefined;

  protected get physicalId(): Id | undefined {
    return this.parsePhysicalId(this.event.PhysicalResourceId);
  }

  protected requirePhysicalId(): Id {
    const id = this.physicalId;
    if (id === undefined) {
      throw new Error(`The physical id ${JSON.stringify(this.event.PhysicalResourceId)} is not a ${this.subject.resourceType} ARN`);
    }
    return id;
  }

  private async update(): Promise<OnEventResponse> {
    const desired = this.desired();
    const reason = await this.replacement(desired, this.requirePhysicalId());
    if (reason !== undefined) {
      this.context.log('replace', { reason });
      return this.create(desired);
    }
    return { PhysicalResourceId: this.event.PhysicalResourceId };
  }

  private previouslyDeclared(desired: D): Declared {
    return previouslyDeclared(this.event, this.context.log, this.declarations, desired);
  }

  private nothingToDelete(): OnEventResponse {
    const physicalResourceId = this.event.PhysicalResourceId;
    this.context.log(`nothing to delete: the physical id is not a ${this.subject.resourceType} ARN`, { physicalResourceId });
    return { PhysicalResourceId: physicalResourceId };
  }
}
