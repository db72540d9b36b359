import { isDeepStrictEqual } from 'util';
import { BUNDLED_HANDLER, HandlerModule, loadBundledHandler } from './bundled-handler';
import { CustomResourceEvent, CustomResourceEvents } from './custom-resource-events';
import { CustomResourceOutcome, readResponse } from './custom-resource-response';
import { attributesRead } from './dependencies';
import { DeployedResource, isSmsResource } from './deployed-resource';
import { withEnvironment } from './environment';
import { handlerEnvironment, HandlerEnvironmentOptions } from './handler-environment';
import { IntrinsicResolver, TemplateError } from './intrinsics';
import { JournalEntry, Operation } from './operation';
import { ResourceStatus } from './progress';
import { ProviderExchange, sendThroughFramework } from './provider-framework';
import { providerPlan, providerWiring, WiringOverrides } from './provider-wiring';
import { ParallelOptions } from './schedule';
import { simulatedAttribute, simulatedReplacement, simulateResource } from './simulated-resources';
import { StackIdentity } from './stack-identity';
import { Template, TemplateResource } from './template';
import { EventWorkers } from './worker-event';

/** The SMS v2 service the stack deploys to: the emulator. */
export interface SmsService {
  readonly endpoint: string;
  /** Its call log, for the API calls in each summary and the throttled ones. @default no call counts */
  calls?(): readonly { readonly action: string; readonly errorName?: string }[];
}

export interface StackResourcesOptions extends WiringOverrides, HandlerEnvironmentOptions {
  readonly sms: SmsService;
  /** Template parameter values. @default each parameter's Default */
  readonly parameters?: { readonly [name: string]: unknown };
  /** @default assets/sms-provider/index.js */
  readonly handlerBundle?: string;
  /**
   * Deploy as CloudFormation does: every resource whose dependencies are complete at once (up to
   * `maxConcurrency`), and each custom-resource event in a worker thread of its own, with a fresh
   * framework runtime and handler bundle, as concurrent Lambda invocations. `true` is
   * CLOUDFORMATION_CONCURRENCY.
   * @default false: one resource at a time, every event in process through one handler instance per stack
   */
  readonly parallel?: boolean | ParallelOptions;
  /**
   * How many times each custom-resource event is delivered, one after the other, as CloudFormation
   * and the Provider framework may deliver an event again; every delivery must answer as the first.
   * @default 1
   */
  readonly deliveries?: (event: CustomResourceEvent) => number;
}

type Properties = { readonly [name: string]: unknown };

/** Why a resource is being deleted, which decides whether its policy keeps it. */
export type DeletionCause = 'stack-delete' | 'removed' | 'replaced' | 'rollback';

export type DeletionOutcome = 'deleted' | 'retained' | 'failed';

/**
 * The resources of one stack (one StackId), and what CloudFormation does to each: resolve its
 * properties, then create, update or delete it. A `Custom::SmsVoice*` resource is an event through
 * the Provider framework to the bundled handler, whose response decides the outcome; any other
 * resource is simulated. Every action reports its progress line and records its change on `operation`.
 */
export class StackResources {
  /** Deployed resources by logical id. */
  readonly deployed = new Map<string, DeployedResource>();
  /** In sequential mode, one handler instance per stack, like a warm Lambda execution environment. */
  private handler?: HandlerModule;
  /** In parallel mode, the stack's warm and cold handler workers. */
  private readonly workers = new EventWorkers();
  private readonly events: CustomResourceEvents;

  constructor(readonly identity: StackIdentity, private readonly options: StackResourcesOptions) {
    this.events = new CustomResourceEvents(identity);
  }

  /** Creates one resource; false when it failed (the journal says what the rollback must delete). */
  async create(logicalId: string, template: Template, resolver: IntrinsicResolver, operation: Operation): Promise<boolean> {
    const definition = template.Resources[logicalId];
    const started = Date.now();
    const properties = this.resolveProperties(logicalId, definition, resolver, 'Create', operation, started);
    if (!properties) {
      operation.journal.push({ kind: 'create-failed', logicalId });
      return false;
    }
    let resource: DeployedResource;
    if (isSmsResource(definition.Type)) {
      const event = this.events.create(targetOf({ logicalId, type: definition.Type }, properties));
      const outcome = this.checkAttributes(await this.send(event, operation), event, template);
      if (outcome.status === 'FAILED') {
        const failed = outcome.physicalResourceId === undefined ? undefined
          : { logicalId, type: definition.Type, physicalId: outcome.physicalResourceId, properties, attributes: {}, definition };
        operation.journal.push({ kind: 'create-failed', logicalId, resource: failed });
        this.fail(operation, { logicalId, definition }, 'Create', 'CREATE_FAILED', outcome.reason, started, outcome.physicalResourceId);
        return false;
      }
      resource = { logicalId, type: definition.Type, physicalId: outcome.physicalResourceId, properties, attributes: outcome.data, definition };
    } else {
      const simulated = simulateResource(definition.Type, logicalId, properties, this.identity);
      resource = { logicalId, type: definition.Type, properties, definition, ...simulated };
    }
    this.deployed.set(logicalId, resource);
    operation.journal.push({ kind: 'created', logicalId });
    operation.created.push(logicalId);
    operation.resource({ status: 'CREATE_COMPLETE', logicalId, definition, physicalId: resource.physicalId, elapsedMs: Date.now() - started });
    return true;
  }

  /** Skipped when the resolved properties are unchanged, as CloudFormation skips them. */
  async update(logicalId: string, template: Template, resolver: IntrinsicResolver, operation: Operation): Promise<boolean> {
    const definition = template.Resources[logicalId];
    const before = this.deployed.get(logicalId)!;
    const started = Date.now();
    const properties = this.resolveProperties(logicalId, definition, resolver, 'Update', operation, started);
    if (!properties) return false;
    if (isDeepStrictEqual(properties, before.properties)) {
      this.deployed.set(logicalId, { ...before, definition });
      return true;
    }
    let after: DeployedResource;
    if (isSmsResource(definition.Type)) {
      const event = this.events.update(targetOf(before, properties), before.physicalId, before.properties);
      const outcome = this.checkAttributes(await this.send(event, operation), event, template);
      if (outcome.status === 'FAILED') {
        operation.journal.push({ kind: 'update-failed', before, attempted: properties });
        this.fail(operation, { logicalId, definition }, 'Update', 'UPDATE_FAILED', outcome.reason, started, before.physicalId);
        return false;
      }
      after = { ...before, physicalId: outcome.physicalResourceId, properties, attributes: outcome.data, definition };
    } else {
      const replacement = simulatedReplacement(definition.Type, before.properties, properties)
        ? simulateResource(definition.Type, logicalId, properties, this.identity)
        : {};
      after = { ...before, ...replacement, properties, definition };
    }
    this.deployed.set(logicalId, after);
    const replaced = after.physicalId !== before.physicalId;
    operation.journal.push({ kind: replaced ? 'replaced' : 'updated', before });
    if (replaced) operation.replaced.push({ logicalId, oldPhysicalId: before.physicalId, newPhysicalId: after.physicalId });
    else operation.updated.push(logicalId);
    operation.resource({
      status: 'UPDATE_COMPLETE',
      logicalId,
      definition,
      physicalId: after.physicalId,
      note: replaced ? `replacing ${before.physicalId}` : undefined,
      elapsedMs: Date.now() - started,
    });
    return true;
  }

  /**
   * Undoes one change of a failed update. A custom resource gets an Update with its old properties
   * back and the ones that were tried as the "old" ones; a replaced or simulated resource just gets
   * its old record back (the new physical id of a replacement is the caller's to delete).
   */
  async rollBack(entry: Extract<JournalEntry, { kind: 'updated' | 'update-failed' | 'replaced' }>, operation: Operation): Promise<boolean> {
    const { before } = entry;
    const current = this.deployed.get(before.logicalId)!;
    const tried = entry.kind === 'update-failed' ? entry.attempted : current.properties;
    if (entry.kind === 'replaced' || !isSmsResource(before.type)) {
      this.deployed.set(before.logicalId, before);
      operation.resource({ status: 'UPDATE_COMPLETE', logicalId: before.logicalId, definition: before.definition, physicalId: before.physicalId, elapsedMs: 0 });
      return true;
    }
    const started = Date.now();
    const outcome = await this.send(this.events.update(targetOf(before, before.properties), current.physicalId, tried), operation);
    if (outcome.status === 'FAILED') {
      this.fail(operation, before, 'Update', 'UPDATE_FAILED', outcome.reason, started);
      return false;
    }
    this.deployed.set(before.logicalId, { ...before, physicalId: outcome.physicalResourceId, attributes: outcome.data });
    operation.resource({
      status: 'UPDATE_COMPLETE',
      logicalId: before.logicalId,
      definition: before.definition,
      physicalId: outcome.physicalResourceId,
      elapsedMs: Date.now() - started,
    });
    return true;
  }

  /**
   * Deletes one resource, unless its policy keeps it: DeletionPolicy for a stack delete or a removed
   * resource, UpdateReplacePolicy for a replaced one. A rollback of a create keeps only `Retain`.
   */
  async remove(
    resource: DeployedResource,
    properties: Properties,
    cause: DeletionCause,
    operation: Operation,
  ): Promise<DeletionOutcome> {
    const { logicalId, definition, physicalId } = resource;
    const policy = cause === 'replaced' ? definition.UpdateReplacePolicy : definition.DeletionPolicy;
    const forget = () => {
      if (cause !== 'replaced' && this.deployed.get(logicalId) === resource) this.deployed.delete(logicalId);
    };
    if (policy === 'Retain' || (policy === 'RetainExceptOnCreate' && cause !== 'rollback')) {
      operation.retained.push({ logicalId, type: resource.type, physicalId });
      operation.resource({ status: 'DELETE_SKIPPED', logicalId, definition, physicalId, elapsedMs: 0 });
      forget();
      return 'retained';
    }
    const started = Date.now();
    if (isSmsResource(resource.type)) {
      const outcome = await this.send(this.events.delete(targetOf(resource, properties), physicalId), operation);
      if (outcome.status === 'FAILED') {
        this.fail(operation, resource, 'Delete', 'DELETE_FAILED', outcome.reason, started, physicalId);
        return 'failed';
      }
    }
    forget();
    if (cause === 'stack-delete' || cause === 'removed') operation.deleted.push(logicalId);
    operation.resource({ status: 'DELETE_COMPLETE', logicalId, definition, physicalId, elapsedMs: Date.now() - started });
    return 'deleted';
  }

  resolverFor(template: Template): IntrinsicResolver {
    const stack = this.identity;
    return new IntrinsicResolver({
      template,
      stack,
      parameters: this.options.parameters,
      resources: {
        ref: logicalId => this.requireDeployed(logicalId).physicalId,
        getAtt: (logicalId, attribute) => {
          const resource = this.requireDeployed(logicalId);
          if (!isSmsResource(resource.type)) return simulatedAttribute(resource.type, resource, attribute, stack);
          if (!(attribute in resource.attributes)) throw new TemplateError(`${logicalId} has no attribute ${attribute} in its Data`);
          return resource.attributes[attribute];
        },
      },
    });
  }

  /** Whether the resource's Condition, if any, holds. */
  included(template: Template, resolver: IntrinsicResolver, logicalId: string): boolean {
    const condition = template.Resources[logicalId].Condition;
    return condition === undefined || resolver.condition(condition);
  }

  /** The event, delivered as many times as `deliveries` says; a delivery that answers unlike the first is an error of the handler. */
  private async send(event: CustomResourceEvent, operation: Operation): Promise<CustomResourceOutcome> {
    const copies = this.options.deliveries?.(event) ?? 1;
    const first = await this.sendOnce(event, operation);
    for (let copy = 2; copy <= copies; copy++) {
      const again = await this.sendOnce(event, operation);
      if (again.status !== first.status || again.physicalResourceId !== first.physicalResourceId) {
        throw new Error(`${event.LogicalResourceId}: delivery ${copy} of the same ${event.RequestType} event answered ${again.status}`
          + ` ${again.physicalResourceId}, the first ${first.status} ${first.physicalResourceId}`);
      }
    }
    return first;
  }

  private async sendOnce(event: CustomResourceEvent, operation: Operation): Promise<CustomResourceOutcome> {
    const environment = handlerEnvironment(this.options.sms.endpoint, this.identity.region, this.options);
    const handlerBundle = this.options.handlerBundle ?? BUNDLED_HANDLER;
    const resources = [...this.deployed.values()];
    let exchange: ProviderExchange;
    if (this.options.parallel) {
      exchange = await this.workers.send({ event, plan: providerPlan(event.ServiceToken, resources, this.options), environment, handlerBundle },
        waitingReporter(event, operation));
    } else {
      // Loaded in its environment, as Lambda starts an execution environment: the handler reads its pacing then.
      this.handler ??= await withEnvironment(environment, async () => loadBundledHandler(handlerBundle));
      exchange = await sendThroughFramework(event, providerWiring(event.ServiceToken, resources, this.handler, this.options), environment,
        waitingReporter(event, operation));
    }
    operation.exchanges.push(exchange);
    return readResponse(exchange.responseBody);
  }

  /** CloudFormation fails a custom resource whose Data lacks an attribute that the template reads. */
  private checkAttributes(outcome: CustomResourceOutcome, event: CustomResourceEvent, template: Template): CustomResourceOutcome {
    if (outcome.status === 'FAILED') return outcome;
    const missing = [...attributesRead(template).get(event.LogicalResourceId) ?? []].find(attribute => !(attribute in outcome.data));
    if (missing === undefined) return outcome;
    return {
      status: 'FAILED',
      physicalResourceId: outcome.physicalResourceId,
      reason: `CustomResource attribute error: Vendor response doesn't contain ${missing} key in object `
        + `${event.StackId}|${event.LogicalResourceId}|${event.RequestId}`,
    };
  }

  private resolveProperties(
    logicalId: string,
    definition: TemplateResource,
    resolver: IntrinsicResolver,
    requestType: 'Create' | 'Update',
    operation: Operation,
    started: number,
  ): Properties | undefined {
    try {
      return resolver.resolve(definition.Properties ?? {}) as Properties;
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      this.fail(operation, { logicalId, definition }, requestType, requestType === 'Create' ? 'CREATE_FAILED' : 'UPDATE_FAILED',
        error.message, started);
      return undefined;
    }
  }

  private fail(
    operation: Operation,
    resource: { readonly logicalId: string; readonly definition: TemplateResource },
    requestType: 'Create' | 'Update' | 'Delete',
    status: ResourceStatus,
    reason: string,
    started: number,
    physicalId?: string,
  ): void {
    const { logicalId, definition } = resource;
    operation.failed(
      { logicalId, type: definition.Type, requestType, reason },
      { status, logicalId, definition, physicalId, elapsedMs: Date.now() - started },
    );
  }

  private requireDeployed(logicalId: string): DeployedResource {
    const resource = this.deployed.get(logicalId);
    if (!resource) throw new TemplateError(`${logicalId} is not deployed`);
    return resource;
  }
}

function targetOf(resource: { readonly logicalId: string; readonly type: string }, properties: Properties) {
  return { logicalId: resource.logicalId, type: resource.type, properties };
}

/** How often a resource that keeps waiting gets a progress line again. */
export const WAITING_LINE_INTERVAL_MS = 30_000;

/**
 * Progress lines for an event whose isComplete answers "not yet": the first wait at once, then
 * one every WAITING_LINE_INTERVAL_MS, each with the handler's reason and how long it has waited.
 */
function waitingReporter(event: CustomResourceEvent, operation: Operation): (reason: string) => void {
  const started = Date.now();
  let printed: number | undefined;
  return reason => {
    const now = Date.now();
    if (printed !== undefined && now - printed < WAITING_LINE_INTERVAL_MS) return;
    printed = now;
    operation.resource({
      status: `${event.RequestType.toUpperCase() as 'CREATE' | 'UPDATE' | 'DELETE'}_IN_PROGRESS`,
      logicalId: event.LogicalResourceId,
      definition: { Type: event.ResourceType },
      physicalId: event.PhysicalResourceId,
      note: `still ${reason.startsWith('waiting') ? reason : `waiting: ${reason}`}, so far`,
      elapsedMs: now - started,
    });
  };
}
