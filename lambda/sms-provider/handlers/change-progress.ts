import { createHash } from 'crypto';
import { TagResourceCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { TaggableResourceProperties } from '../../../src/wire/common-properties';
import { SmsClient } from '../client';
import { OnEventRequest } from '../events';
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

/**
 * How far one poll got through the change of a large child set (an opt-out list's numbers, a
 * protect configuration's number overrides). A poll that runs out of time writes, in the progress
 * tag, how many items the calls it made completed, for the next poll of the same event to resume
 * from; the next poll reads the tag only when the change may not fit one poll.
 */
export class ChangeProgress {
  private readonly key: string;
  private arn?: string;
  private resumed: ResumePoint = { done: 0, tagged: false };
  private steps: readonly PlannedStep[] = [];

  /** `tagKey`: the handler-owned tag that keeps how far a change got. */
  constructor(private readonly client: SmsClient, private readonly tagKey: string, event: OnEventRequest) {
    this.key = progressKey(event);
  }

  /** Where the poll starts in the change of `items` of the resource `arn`: where the progress tag says, when it may not fit one poll. */
  async start(arn: string, items: number, { deadline, log }: Pick<HandlerContext, 'deadline' | 'log'>): Promise<ResumePoint> {
    this.arn = arn;
    if (fitsOnePoll(items, deadline)) return this.resumed;
    const tags = await readTags(this.client, arn);
    this.resumed = { done: progressIn(tags, this.tagKey, this.key), tagged: tags.has(this.tagKey) };
    if (this.resumed.done > 0) log('resuming where an earlier poll of this event stopped', { done: this.resumed.done, of: items });
    return this.resumed;
  }

  /** The steps of the change that the poll's plan holds. */
  planned(steps: readonly PlannedStep[]): void {
    this.steps = steps;
  }

  /** The call that removes the progress tag, once the change is all done. */
  untag(arn: string): PlannedCall {
    return { action: 'UntagResource', input: { ResourceArn: arn, TagKeys: [this.tagKey] } };
  }

  /** After a poll that ran out of time, with the calls it made: how far the change got, when they made any of its steps. */
  async save(made: readonly PlannedCall[], log: HandlerContext['log']): Promise<void> {
    const calls = new Set(made);
    const madeSteps = this.steps.filter(step => calls.has(step.call));
    if (madeSteps.length === 0 || !this.arn) return;
    const done = madeSteps[madeSteps.length - 1].done;
    log('saving progress for the next poll', { done });
    await this.client.send(new TagResourceCommand({ ResourceArn: this.arn, Tags: [{ Key: this.tagKey, Value: progressValue(this.key, done) }] }));
  }
}

/** A resource with a large child set, whose change resumes across polls: a poll that runs out of time saves how far it got. */
export abstract class ResumableChangeHandler<P extends TaggableResourceProperties, Id, A extends ActualResource>
  extends SmsResourceHandler<P, Id, A> {
  protected readonly progress: ChangeProgress;

  constructor(event: OnEventRequest, context: HandlerContext, progressTag: string) {
    super(event, context);
    this.progress = new ChangeProgress(context.client, progressTag, event);
  }

  protected outOfTime(_actual: A, made: readonly PlannedCall[]): Promise<void> {
    return this.progress.save(made, this.context.log);
  }
}
