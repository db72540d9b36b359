import { createHash } from 'crypto';
import { TagResourceCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { TaggableResourceProperties } from '../../../src/wire/common-properties';
import { SmsClient } from '../client';
import { Action, COMMANDS } from '../commands';
import { IsCompleteResponse, OnEventRequest } from '../events';
import { CONTROL_PLANE_INTERVAL_MS } from '../pacing';
import { HandlerContext } from './resource-handler';
import { readTags } from './shared-reads';
import { ActualResource, SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall, PlannedStep } from '../reconcile/calls';
import { Tags } from '../reconcile/tags';

/** A conservative time for one item of a change: twice the quota's interval, for latency and retries. */
const ITEM_MS = 2 * CONTROL_PLANE_INTERVAL_MS;

/** Which event a progress tag belongs to: a tag written for another event (a rollback, another stack) never matches. */
export function progressKey(event: Pick<OnEventRequest, 'RequestId' | 'LogicalResourceId'>): string {
  return createHash('sha256').update(JSON.stringify([event.RequestId, event.LogicalResourceId])).digest('hex').slice(0, 32);
}

/** The value of the progress tag: `done` items of the change of the event `key`. */
export function progressValue(key: string, done: number): string {
  return `${key} ${done}`;
}

/** How many items of the change of the event `key` the tag `tagKey` says are done: 0 without a tag of that event. */
export function progressIn(tags: Tags, tagKey: string, key: string): number {
  const [tagEvent, done] = (tags.get(tagKey) ?? '').split(' ');
  return tagEvent === key && /^\d+$/.test(done ?? '') ? Number(done) : 0;
}

/** Whether `items` of a change surely fit in the poll that ends at `deadline` (always, without one). */
export function fitsOnePoll(items: number, deadline: number | undefined): boolean {
  return deadline === undefined || Date.now() + items * ITEM_MS < deadline;
}

/** Where a poll starts in the event's change, and whether the resource holds a progress tag. */
export interface ResumePoint {
  readonly done: number;
  readonly tagged: boolean;
}

/** A child set whose changes resume across polls: the handler-owned tag that keeps how far one got, and the actions that make its items. */
export interface ProgressOf {
  readonly tagKey: string;
  readonly itemActions: readonly Action[];
}

/**
 * How far one poll got through the change of a large child set (an opt-out list's numbers, a
 * protect configuration's number overrides). Its client counts the item calls it starts, which
 * converge makes in the planned order and never starts after the deadline: so when a poll runs
 * out of time, the count of calls made says exactly which items are done, and only then is that
 * written to the progress tag, for the next poll of the same event to resume from.
 */
export class ChangeProgress {
  readonly client: SmsClient;
  private readonly key: string;
  private total = 0;
  private arn?: string;
  private resumed?: ResumePoint;
  private steps: readonly PlannedStep[] = [];
  private made = 0;

  constructor(private readonly inner: SmsClient, private readonly of: ProgressOf, event: OnEventRequest) {
    this.key = progressKey(event);
    const items = of.itemActions.map(action => COMMANDS[action] as Function);
    const send = (command: object, ...rest: unknown[]) => {
      if (items.some(Command => command instanceof Command)) this.made++;
      return (inner.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
    };
    this.client = { send: send as SmsClient['send'] };
  }

  /**
   * Where a read of the resource `arn` starts in its change of `items`. The first read of a poll
   * resumes where the progress tag says, read only when the change may not fit one poll; a read
   * after the poll's calls all succeeded starts where they got to.
   */
  async start(arn: string, items: number, context: Pick<HandlerContext, 'deadline' | 'log'>): Promise<ResumePoint> {
    this.arn = arn;
    this.total = items;
    if (!this.resumed) {
      this.resumed = await this.resume(arn, context);
    } else {
      const done = this.doneSoFar();
      this.resumed = { done, tagged: this.resumed.tagged && done < this.total };
    }
    return this.resumed;
  }

  /** The plan about to be made, step by step. */
  planned(steps: readonly PlannedStep[]): void {
    this.steps = steps;
    this.made = 0;
  }

  /** The call that removes the progress tag, once the change is all done. */
  untag(arn: string): PlannedCall {
    return { action: 'UntagResource', input: { ResourceArn: arn, TagKeys: [this.of.tagKey] } };
  }

  /** How many items are done after the calls made so far: all once every planned step is made. */
  doneSoFar(): number {
    if (this.made >= this.steps.length) return this.total;
    return this.made === 0 ? this.resumed?.done ?? 0 : this.steps[this.made - 1].done;
  }

  /** After a poll that ran out of time: how far it got, when it made any of its item calls. */
  async save(log: HandlerContext['log']): Promise<void> {
    if (this.made === 0 || !this.arn) return;
    const done = this.doneSoFar();
    log('saving progress for the next poll', { done });
    await this.inner.send(new TagResourceCommand({ ResourceArn: this.arn, Tags: [{ Key: this.of.tagKey, Value: progressValue(this.key, done) }] }));
  }

  private async resume(arn: string, { deadline, log }: Pick<HandlerContext, 'deadline' | 'log'>): Promise<ResumePoint> {
    if (fitsOnePoll(this.total, deadline)) return { done: 0, tagged: false };
    const tags = await readTags(this.inner, arn);
    const resumed = { done: progressIn(tags, this.of.tagKey, this.key), tagged: tags.has(this.of.tagKey) };
    if (resumed.done > 0) log('resuming where an earlier poll of this event stopped', { done: resumed.done, of: this.total });
    return resumed;
  }
}

/** A resource with a large child set, whose change resumes across polls: a poll that runs out of time saves how far it got. */
export abstract class ResumableChangeHandler<P extends TaggableResourceProperties, Id, A extends ActualResource>
  extends SmsResourceHandler<P, Id, A> {
  protected readonly progress: ChangeProgress;

  constructor(event: OnEventRequest, context: HandlerContext, of: ProgressOf) {
    const progress = new ChangeProgress(context.client, of, event);
    super(event, { ...context, client: progress.client });
    this.progress = progress;
  }

  async isComplete(): Promise<IsCompleteResponse> {
    const response = await super.isComplete();
    if (!response.IsComplete) await this.progress.save(this.context.log);
    return response;
  }
}
