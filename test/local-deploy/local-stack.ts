import { deploymentOrder, dependenciesOf, dependentsOf } from './dependencies';
import { DeployedResource } from './deployed-resource';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from './handler-environment';
import { IntrinsicResolver } from './intrinsics';
import { Operation, OperationKind, OperationResult, StackStatus } from './operation';
import { OutputStream } from './progress';
import { concurrencyOf, runScheduled } from './schedule';
import { newStackIdentity } from './stack-identity';
import { StackResources, StackResourcesOptions } from './stack-resources';
import { Template } from './template';

export type { SmsService } from './stack-resources';

export interface LocalStackOptions extends StackResourcesOptions {
  readonly stackName: string;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '123456789012', the emulator's */
  readonly accountId?: string;
  /** Progress lines and summaries. @default process.stdout */
  readonly output?: OutputStream;
}

/**
 * One CloudFormation stack, deployed locally. The `Custom::SmsVoice*` resources run through aws-cdk-lib's
 * Provider framework runtime and the bundled handler, against the emulator; every other resource is
 * simulated with a plausible physical id and attributes, so that references resolve.
 *
 * It follows CloudFormation: resources in dependency order; on update, events only for resources whose
 * resolved properties changed, and a replaced resource's old physical id deleted in the cleanup phase;
 * on failure, a rollback (a create is undone by deletes; an update by updates with the properties
 * swapped, then deletes of what it created); on delete, reverse order and DeletionPolicy honoured.
 * One operation at a time.
 */
export class LocalStack {
  private stackResources?: StackResources;
  private template: Template = { Resources: {} };
  private status?: StackStatus;

  constructor(private readonly options: LocalStackOptions) {}

  get stackName(): string {
    return this.options.stackName;
  }

  /** The current StackId; a stack created again (after a delete or a failed create) gets a new one. */
  get stackId(): string | undefined {
    return this.stackResources?.identity.stackId;
  }

  get stackStatus(): StackStatus | undefined {
    return this.status;
  }

  /** The resources the stack holds now. */
  resources(): DeployedResource[] {
    return [...this.stackResources?.deployed.values() ?? []];
  }

  /** Creates the stack from `template`, or updates it to `template` when it exists. */
  async deploy(template: Template): Promise<OperationResult> {
    if (this.status === undefined || this.status === 'DELETE_COMPLETE' || this.status === 'ROLLBACK_COMPLETE') return this.create(template);
    if (this.status === 'ROLLBACK_FAILED' || this.status === 'UPDATE_ROLLBACK_FAILED') {
      throw new Error(`Stack ${this.stackName} is in ${this.status} and cannot be updated`);
    }
    return this.update(template, this.requireResources());
  }

  /** Deletes the stack's resources in reverse dependency order; DeletionPolicy Retain keeps one. */
  async destroy(): Promise<OperationResult> {
    const resources = this.requireResources();
    const operation = this.startOperation('DELETE', this.template, resources);
    const order = deploymentOrder(this.template, id => resources.deployed.has(id)).reverse();
    // A resource is deleted once everything that depends on it is gone; one that a kept resource needs is kept.
    await runScheduled(order, dependentsOf(this.template), async logicalId => {
      const resource = resources.deployed.get(logicalId)!;
      return await resources.remove(resource, resource.properties, 'stack-delete', operation) !== 'failed';
    }, { maxConcurrency: this.maxConcurrency, stopOnFailure: false });
    this.status = resources.deployed.size === 0 ? 'DELETE_COMPLETE' : 'DELETE_FAILED';
    return operation.finish(this.status);
  }

  private async create(template: Template): Promise<OperationResult> {
    const identity = newStackIdentity(this.stackName, this.options.region ?? DEFAULT_REGION, this.options.accountId ?? DEFAULT_ACCOUNT_ID);
    const resources = this.stackResources = new StackResources(identity, this.options);
    this.template = template;
    const operation = this.startOperation('CREATE', template, resources);
    const resolver = resources.resolverFor(template);
    const order = deploymentOrder(template, id => resources.included(template, resolver, id));
    if (!await this.runInOrder(order, template, logicalId => resources.create(logicalId, template, resolver, operation))) {
      operation.phase('ROLLBACK_IN_PROGRESS');
      this.status = await this.undoCreations(resources, operation) ? 'ROLLBACK_COMPLETE' : 'ROLLBACK_FAILED';
      return operation.finish(this.status);
    }
    this.status = 'CREATE_COMPLETE';
    return operation.finish(this.status, outputs(template, resolver));
  }

  private async update(template: Template, resources: StackResources): Promise<OperationResult> {
    rejectTypeChanges(template, this.resources());
    const previousTemplate = this.template;
    const previous = new Map(resources.deployed);
    const operation = this.startOperation('UPDATE', template, resources);
    const resolver = resources.resolverFor(template);
    const order = deploymentOrder(template, id => resources.included(template, resolver, id));
    const updated = await this.runInOrder(order, template, logicalId => (resources.deployed.has(logicalId)
      ? resources.update(logicalId, template, resolver, operation)
      : resources.create(logicalId, template, resolver, operation)));
    if (!updated) return this.rollBackUpdate(previousTemplate, resources, operation);
    this.template = template;
    this.status = 'UPDATE_COMPLETE';
    await cleanUpAfterUpdate(previousTemplate, previous, new Set(order), resources, operation, this.maxConcurrency);
    return operation.finish(this.status, outputs(template, resolver));
  }

  /**
   * UPDATE_ROLLBACK_IN_PROGRESS: updated resources (the one that failed included) get an Update with
   * the properties swapped, last change first; replaced ones go back to their old physical id. Then
   * UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS deletes what the update created.
   */
  private async rollBackUpdate(previousTemplate: Template, resources: StackResources, operation: Operation): Promise<OperationResult> {
    operation.phase('UPDATE_ROLLBACK_IN_PROGRESS');
    operation.rollback = { updated: [], deleted: [] };
    const toDelete: DeployedResource[] = [];
    for (const entry of [...operation.journal].reverse()) {
      if (entry.kind === 'created' || entry.kind === 'create-failed') {
        const resource = entry.kind === 'created' ? resources.deployed.get(entry.logicalId) : entry.resource;
        if (resource) toDelete.push(resource);
        continue;
      }
      if (entry.kind === 'replaced') toDelete.push(resources.deployed.get(entry.before.logicalId)!);
      if (!await resources.rollBack(entry, operation)) {
        this.status = 'UPDATE_ROLLBACK_FAILED';
        return operation.finish(this.status);
      }
      operation.rollback.updated.push(entry.before.logicalId);
    }
    this.template = previousTemplate;
    if (toDelete.length > 0) operation.phase('UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS');
    for (const resource of toDelete) {
      if (await resources.remove(resource, resource.properties, 'rollback', operation) === 'deleted') operation.rollback.deleted.push(resource.logicalId);
      // Deleted, or leaked by a failed delete: either way the rolled-back stack no longer has it.
      if (resources.deployed.get(resource.logicalId) === resource) resources.deployed.delete(resource.logicalId);
    }
    this.status = 'UPDATE_ROLLBACK_COMPLETE';
    return operation.finish(this.status);
  }

  /** ROLLBACK_IN_PROGRESS after a failed create: everything created so far, and the failed resource, deleted in reverse. */
  private async undoCreations(resources: StackResources, operation: Operation): Promise<boolean> {
    operation.rollback = { updated: [], deleted: [] };
    let succeeded = true;
    for (const entry of [...operation.journal].reverse()) {
      if (entry.kind !== 'created' && entry.kind !== 'create-failed') continue;
      const resource = entry.kind === 'created' ? resources.deployed.get(entry.logicalId) : entry.resource;
      if (!resource) continue;
      const outcome = await resources.remove(resource, resource.properties, 'rollback', operation);
      if (outcome === 'deleted') operation.rollback.deleted.push(entry.logicalId);
      if (outcome === 'failed') succeeded = false;
    }
    return succeeded;
  }

  /** Runs each resource of `order` once its dependencies are done, as many at once as the mode allows; a failure stops new starts. */
  private async runInOrder(order: readonly string[], template: Template, run: (logicalId: string) => Promise<boolean>): Promise<boolean> {
    const waitsOn = (logicalId: string) => dependenciesOf(template.Resources[logicalId], template);
    return runScheduled(order, waitsOn, run, { maxConcurrency: this.maxConcurrency, stopOnFailure: true });
  }

  private get maxConcurrency(): number {
    return concurrencyOf(this.options.parallel);
  }

  private startOperation(kind: OperationKind, template: Template, resources: StackResources): Operation {
    return new Operation(kind, resources.identity, template, this.options.output ?? process.stdout, () => this.options.sms.calls?.() ?? []);
  }

  private requireResources(): StackResources {
    if (!this.stackResources) throw new Error(`Stack ${this.stackName} does not exist`);
    return this.stackResources;
  }
}

/**
 * UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: removed resources, and the old physical ids of replaced ones, in
 * reverse dependency order. A failure here leaks, and the cleanup goes on.
 */
async function cleanUpAfterUpdate(
  previousTemplate: Template,
  previous: ReadonlyMap<string, DeployedResource>,
  kept: ReadonlySet<string>,
  resources: StackResources,
  operation: Operation,
  maxConcurrency: number,
): Promise<void> {
  const replacedBefore = new Map(operation.journal.flatMap(e => (e.kind === 'replaced' ? [[e.before.logicalId, e.before] as const] : [])));
  const cleanup = deploymentOrder(previousTemplate, id => previous.has(id) && (!kept.has(id) || replacedBefore.has(id))).reverse();
  if (cleanup.length === 0) return;
  operation.phase('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
  await runScheduled(cleanup, dependentsOf(previousTemplate), async logicalId => {
    const old = replacedBefore.get(logicalId);
    if (old) {
      // The Delete of a replaced resource carries the new properties; only its physical id names the old one.
      const current = resources.deployed.get(logicalId)!;
      await resources.remove({ ...old, definition: current.definition }, current.properties, 'replaced', operation);
    } else {
      await resources.remove(previous.get(logicalId)!, previous.get(logicalId)!.properties, 'removed', operation);
      // Deleted, retained or leaked by a failed delete: either way it leaves the stack.
      resources.deployed.delete(logicalId);
    }
    return true;
  }, { maxConcurrency, stopOnFailure: false });
}

function outputs(template: Template, resolver: IntrinsicResolver): { [name: string]: unknown } {
  return Object.fromEntries(Object.entries(template.Outputs ?? {})
    .filter(([, output]) => output.Condition === undefined || resolver.condition(output.Condition))
    .map(([name, output]) => [name, resolver.resolve(output.Value)]));
}

/** CloudFormation rejects an update that changes a resource's type before it starts. */
function rejectTypeChanges(template: Template, deployed: readonly DeployedResource[]): void {
  const changed = deployed.filter(r => template.Resources[r.logicalId] && template.Resources[r.logicalId].Type !== r.type);
  if (changed.length > 0) {
    throw new Error('Update of resource type is not permitted. The new template modifies resource type of the following resources: '
      + `[${changed.map(r => r.logicalId).join(', ')}]`);
  }
}
