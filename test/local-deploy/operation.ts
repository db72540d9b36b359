import { DeployedResource } from './deployed-resource';
import { OutputStream, Progress, ResourceProgress, typeColumnWidth } from './progress';
import { ProviderExchange } from './provider-framework';
import { formatSummary } from './summary';
import { Template } from './template';

export type OperationKind = 'CREATE' | 'UPDATE' | 'DELETE';

export type StackStatus =
  | 'CREATE_COMPLETE' | 'ROLLBACK_COMPLETE' | 'ROLLBACK_FAILED'
  | 'UPDATE_COMPLETE' | 'UPDATE_ROLLBACK_COMPLETE' | 'UPDATE_ROLLBACK_FAILED'
  | 'DELETE_COMPLETE' | 'DELETE_FAILED';

const COMPLETE: readonly StackStatus[] = ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'DELETE_COMPLETE'];

export interface RetainedResource {
  readonly logicalId: string;
  readonly type: string;
  readonly physicalId: string;
}

export interface Replacement {
  readonly logicalId: string;
  readonly oldPhysicalId: string;
  readonly newPhysicalId: string;
}

export interface ResourceFailure {
  readonly logicalId: string;
  readonly type: string;
  readonly requestType: 'Create' | 'Update' | 'Delete';
  /** As the stack events show it; for a custom resource, the response's Reason. */
  readonly reason: string;
}

/** What one stack operation did, and what CloudFormation received along the way. */
export interface OperationResult {
  readonly stackName: string;
  readonly stackId: string;
  readonly operation: OperationKind;
  readonly status: StackStatus;
  /** The operation completed, and no resource failed (not even a cleanup delete, which would leak it). */
  readonly succeeded: boolean;
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly replaced: readonly Replacement[];
  readonly deleted: readonly string[];
  /** Resources left in place by their DeletionPolicy or UpdateReplacePolicy. */
  readonly retained: readonly RetainedResource[];
  readonly failures: readonly ResourceFailure[];
  /** What the rollback undid, when the operation failed and rolled back. */
  readonly rollback?: { readonly updated: readonly string[]; readonly deleted: readonly string[] };
  /** Every custom-resource event, with the response body the framework sent. */
  readonly exchanges: readonly ProviderExchange[];
  /** The SMS v2 API calls the operation made, by action (from the emulator's call log). */
  readonly apiCalls: { readonly [action: string]: number };
  /** Those of them that the emulator answered with ThrottlingException, by action (retried or not). */
  readonly throttledCalls: { readonly [action: string]: number };
  readonly outputs: { readonly [name: string]: unknown };
  readonly durationMs: number;
}

/** A change made during an update, as the rollback needs it. */
export type JournalEntry =
  | { readonly kind: 'created'; readonly logicalId: string }
  /** A create that failed; `resource` is set when the failure carried a physical id to delete. */
  | { readonly kind: 'create-failed'; readonly logicalId: string; readonly resource?: DeployedResource }
  | { readonly kind: 'updated'; readonly before: DeployedResource }
  | { readonly kind: 'replaced'; readonly before: DeployedResource }
  /** An update event that failed; `attempted` holds the properties it carried. */
  | { readonly kind: 'update-failed'; readonly before: DeployedResource; readonly attempted: { readonly [name: string]: unknown } };

/** The bookkeeping of one operation: its progress lines, what changed, and the result. */
export class Operation {
  readonly created: string[] = [];
  readonly updated: string[] = [];
  readonly replaced: Replacement[] = [];
  readonly deleted: string[] = [];
  readonly retained: RetainedResource[] = [];
  readonly failures: ResourceFailure[] = [];
  readonly exchanges: ProviderExchange[] = [];
  readonly journal: JournalEntry[] = [];
  rollback?: { updated: string[]; deleted: string[] };
  private readonly started = Date.now();
  private readonly progress: Progress;
  private readonly callMark: number;

  constructor(
    readonly kind: OperationKind,
    private readonly stack: { readonly stackName: string; readonly stackId: string },
    template: Template,
    private readonly output: OutputStream,
    private readonly calls: () => readonly { readonly action: string; readonly errorName?: string }[],
  ) {
    const resources = Object.values(template.Resources);
    this.progress = new Progress(output, stack.stackName, resources.length, typeColumnWidth(resources));
    this.callMark = calls().length;
    this.progress.stack(`${kind}_IN_PROGRESS`);
  }

  /** A stack-level phase: ROLLBACK_IN_PROGRESS, UPDATE_COMPLETE_CLEANUP_IN_PROGRESS... */
  phase(status: string): void {
    this.progress.stack(status);
  }

  resource(event: ResourceProgress): void {
    this.progress.resource(event);
  }

  failed(failure: ResourceFailure, event: ResourceProgress): void {
    this.failures.push(failure);
    this.progress.resource({ ...event, note: failure.reason.split('\n')[0] });
  }

  finish(status: StackStatus, outputs: { readonly [name: string]: unknown } = {}): OperationResult {
    const durationMs = Date.now() - this.started;
    this.progress.stack(status, durationMs);
    const calls = this.calls().slice(this.callMark);
    const apiCalls = countByAction(calls);
    const throttledCalls = countByAction(calls.filter(call => call.errorName === 'ThrottlingException'));
    const result: OperationResult = {
      stackName: this.stack.stackName,
      stackId: this.stack.stackId,
      operation: this.kind,
      status,
      succeeded: COMPLETE.includes(status) && this.failures.length === 0,
      created: this.created,
      updated: this.updated,
      replaced: this.replaced,
      deleted: this.deleted,
      retained: this.retained,
      failures: this.failures,
      ...this.rollback ? { rollback: this.rollback } : {},
      exchanges: this.exchanges,
      apiCalls,
      throttledCalls,
      outputs,
      durationMs,
    };
    this.output.write(formatSummary(result));
    return result;
  }
}

function countByAction(calls: readonly { readonly action: string }[]): { [action: string]: number } {
  const counts: { [action: string]: number } = {};
  for (const { action } of calls) counts[action] = (counts[action] ?? 0) + 1;
  return counts;
}
