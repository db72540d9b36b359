import { createHash } from 'crypto';
import { DeleteOptedOutNumberCommand, PutOptedOutNumberCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PROGRESS_TAG } from '../../../src/wire/opt-out-list-properties';
import { SmsClient } from '../client';
import { OnEventRequest } from '../events';
import { CONTROL_PLANE_INTERVAL_MS } from '../pacing';
import { changeSize, OptedOutNumberChange, PlannedStep } from '../reconcile/opted-out-numbers';
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

/** How many items of the change of the event `key` the list's tags say are done: 0 without a tag of that event. */
export function progressIn(tags: Tags, key: string): number {
  const [tagKey, done] = (tags.get(PROGRESS_TAG) ?? '').split(' ');
  return tagKey === key && /^\d+$/.test(done ?? '') ? Number(done) : 0;
}

/** Whether `items` of a change surely fit in the poll that ends at `deadline` (always, without one). */
export function fitsOnePoll(items: number, deadline: number | undefined): boolean {
  return deadline === undefined || Date.now() + items * ITEM_MS < deadline;
}

/** Where a poll starts in the event's change, and whether the list holds a progress tag. */
export interface ResumePoint {
  readonly done: number;
  readonly tagged: boolean;
}

/**
 * How far one poll got through the change of an opt-out list. Its client counts the puts and
 * deletes it starts, which converge makes in the planned order and never starts after the
 * deadline: so when a poll runs out of time, the count of calls made says exactly which items are
 * done, and only then is that written to the progress tag.
 */
export class ChangeProgress {
  readonly client: SmsClient;
  private total = 0;
  private resumed?: ResumePoint;
  private steps: readonly PlannedStep[] = [];
  private made = 0;

  constructor(client: SmsClient) {
    const send = (command: object, ...rest: unknown[]) => {
      if (command instanceof PutOptedOutNumberCommand || command instanceof DeleteOptedOutNumberCommand) this.made++;
      return (client.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
    };
    this.client = { send: send as SmsClient['send'] };
  }

  /**
   * Where a read of the list starts in `change`. The first read of a poll resumes where `resume`
   * says (it reads the progress tag, when the change is too large for one poll); a read after the
   * poll's calls all succeeded starts where they got to, with the tag removed once all is done.
   */
  async start(change: OptedOutNumberChange, resume: () => Promise<ResumePoint>): Promise<ResumePoint> {
    this.total = changeSize(change);
    if (!this.resumed) {
      this.resumed = await resume();
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

  /** How many items are done after the calls made so far: all once every planned step is made. */
  doneSoFar(): number {
    if (this.made >= this.steps.length) return this.total;
    return this.made === 0 ? this.resumed?.done ?? 0 : this.steps[this.made - 1].done;
  }

  /** Whether this poll made any of its planned puts and deletes. */
  get progressed(): boolean {
    return this.made > 0;
  }
}
