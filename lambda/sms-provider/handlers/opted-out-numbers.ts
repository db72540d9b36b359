import { OPT_OUT_LIST, PROGRESS_TAG } from '../../../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS, OptedOutNumbersResourceProperties } from '../../../src/wire/opted-out-numbers-properties';
import { quote } from '../../../src/wire/quote';
import { createOnlyChanges, decodeProperties } from '../../../src/wire/resource-contract';
import { smsResourceId } from '../arn';
import { ErrorSubject, notFoundError } from '../errors';
import { IsCompleteResponse, OnEventRequest, OnEventResponse } from '../events';
import { ChangeProgress } from './change-progress';
import { converge } from './converge';
import { describeOptOutList, lookUpOptedOutNumbers } from './opt-out-list-state';
import { previousProperties } from './previous-properties';
import { HandlerContext, ResourceHandler } from './resource-handler';
import { thirtyDayRuleFailure } from './thirty-day-rule';
import { PlannedCall } from '../reconcile/calls';
import {
  changeSize,
  keptEndUserOptOuts,
  OptedOutEntries,
  OptedOutNumberChange,
  optedOutNumberChange,
  planOptedOutNumbers,
  removalsFrom,
} from '../reconcile/opted-out-numbers';

type Properties = OptedOutNumbersResourceProperties;

/** What one poll needs of the list: where it starts in the event's change, and the numbers it removes as the service has them. */
interface OptedOutNumbersActual {
  readonly arn: string;
  readonly name: string;
  /** How many items of the event's change were done when this read started. */
  readonly done: number;
  /** Whether the list holds a progress tag (this event's or another's), for the change's last poll to remove. */
  readonly progressTagged: boolean;
  /** The numbers still to be removed that are on the list. */
  readonly optedOutNumbers: OptedOutEntries;
}

/**
 * Custom::SmsVoiceOptedOutNumbers: the numbers a stack declares opted out on one opt-out list. The
 * physical id is the list's ARN; another list is a new resource, and the old one is CloudFormation's
 * to delete.
 *
 * isComplete makes the change from what the previous properties declared to what is declared
 * now, in work proportional to the change, never to the size of the list (which grows with every
 * STOP): it puts the added numbers, without reading them (a put is idempotent), looks up only the
 * removed ones (a number whose recipient opted out is never removed), paced to the service's
 * quotas. A change larger than one poll goes on in the next: a poll that runs out of time writes
 * how far it got in a tag of the list (PROGRESS_TAG), for the next poll of the same event to
 * resume from.
 *
 * Delete removes nothing: opt-outs are compliance data, and they go only with the list itself, as
 * its removal policy says. A set of numbers leaves the stack only with its list, or for another list.
 */
export class OptedOutNumbersHandler implements ResourceHandler {
  private readonly progress: ChangeProgress;
  private decoded?: Properties;
  private previousDecoded?: { readonly properties?: Properties };
  private changeOfEvent?: OptedOutNumberChange;

  constructor(private readonly event: OnEventRequest, private readonly context: HandlerContext) {
    this.progress = new ChangeProgress(context.client, PROGRESS_TAG, event);
  }

  get subject(): ErrorSubject {
    const declared = this.event.ResourceProperties?.OptOutListArn;
    const arn = this.event.RequestType !== 'Delete' && typeof declared === 'string' ? declared : this.event.PhysicalResourceId;
    return {
      resourceType: OPT_OUT_LIST.noun,
      id: listName(arn) ?? arn ?? this.event.LogicalResourceId,
      nameProperty: 'optOutListName',
      importMethod: 'OptOutList.fromOptOutListName',
    };
  }

  async onEvent(): Promise<OnEventResponse> {
    switch (this.event.RequestType) {
      case 'Create': return { PhysicalResourceId: this.desired.OptOutListArn };
      case 'Update': {
        this.requireList();
        if (!this.replaced) return { PhysicalResourceId: this.event.PhysicalResourceId };
        this.context.log('replace', { reason: 'the opt-out list changed, and these numbers belong to one list' });
        return { PhysicalResourceId: this.desired.OptOutListArn };
      }
      case 'Delete':
        this.context.log('kept: opted-out numbers go only with their opt-out list, as its removal policy says',
          { physicalResourceId: this.event.PhysicalResourceId });
        return { PhysicalResourceId: this.event.PhysicalResourceId };
    }
  }

  async isComplete(): Promise<IsCompleteResponse> {
    if (this.event.RequestType === 'Delete') return { IsComplete: true };
    const arn = this.requireList();
    return converge<OptedOutNumbersActual>({
      readLimit: READ_LIMIT,
      read: () => this.read(arn, listName(arn)!),
      plan: actual => this.plan(actual),
      onFailure: (call, error, actual) => thirtyDayRuleFailure(call, error, actual),
      data: () => ({}),
      outOfTime: (_actual, made) => this.progress.save(made, this.context.log),
    }, this.context);
  }

  /**
   * Only what the change needs: an update first makes sure that the list is still the one it
   * changes (a list deleted out of band is not found, even by a change that only removes); a
   * create follows the list's own create, and its puts fail if the list is gone.
   */
  private async read(arn: string, name: string): Promise<OptedOutNumbersActual> {
    const { client } = this.context;
    if (this.declaredBefore !== undefined && (await describeOptOutList(client, name))?.OptOutListArn !== arn) {
      throw notFoundError(this.subject);
    }
    const { done, tagged } = await this.progress.start(arn, changeSize(this.change), this.context);
    const optedOutNumbers = await lookUpOptedOutNumbers(client, name, removalsFrom(this.change, done));
    return { arn, name, done, progressTagged: tagged, optedOutNumbers };
  }

  private plan(actual: OptedOutNumbersActual): PlannedCall[] {
    const kept = keptEndUserOptOuts(actual.optedOutNumbers);
    if (kept.length > 0) this.context.log('kept: their recipients opted out themselves, so they stay on the list', { numbers: kept });
    const steps = planOptedOutNumbers(actual.name, this.change, actual.done, actual.optedOutNumbers);
    this.progress.planned(steps);
    return [...steps.map(step => step.call), ...actual.progressTagged ? [this.progress.untag(actual.arn)] : []];
  }

  /** The change from what the previous properties declared (all that may be removed) to what is declared now. */
  private get change(): OptedOutNumberChange {
    this.changeOfEvent ??= optedOutNumberChange(this.desired.OptedOutNumbers, this.declaredBefore?.OptedOutNumbers);
    return this.changeOfEvent;
  }

  /** The event's properties, decoded and validated once. */
  private get desired(): Properties {
    this.decoded ??= decodeProperties(OPTED_OUT_NUMBERS, this.event.ResourceProperties);
    return this.decoded;
  }

  /**
   * What the properties before this update declared on this same list, which is all an update may
   * remove: undefined on Create, for another list, and when the old properties do not decode.
   */
  private get declaredBefore(): Properties | undefined {
    return this.replaced ? undefined : this.previous;
  }

  private get previous(): Properties | undefined {
    this.previousDecoded ??= { properties: previousProperties(OPTED_OUT_NUMBERS, this.event, this.context.log) };
    return this.previousDecoded.properties;
  }

  /** Whether an update moves the numbers to another list. */
  private get replaced(): boolean {
    const previous = this.previous;
    return previous !== undefined && createOnlyChanges(OPTED_OUT_NUMBERS, previous, this.desired).length > 0;
  }

  private requireList(): string {
    const arn = this.event.PhysicalResourceId;
    if (listName(arn) === undefined) throw new Error(`The physical id ${quote(arn)} is not an opt-out list ARN`);
    return arn!;
  }
}

function listName(arn: string | undefined): string | undefined {
  return smsResourceId(arn, OPT_OUT_LIST.arnResourceType);
}

/**
 * The practical limits of one deployment, the one place the docs cite, from the provider's
 * settings (isComplete: a 15-minute Lambda timeout with 80 s kept back for the call in flight,
 * so about 820 s of work a poll; a poll every 5 s; one hour in all) and the quotas (1 request a
 * second per action, DeleteOptedOutNumber 10). The size of the list does not count: only the change does.
 *
 * - Adding: one put a second. A poll spends about a second on its reads (the progress tag when
 *   the change is larger than a poll) and one call on the tag when it runs out of time, so the hour
 *   holds four polls and most of a fifth: about 3,570 s of puts, which at about 50 ms of latency a
 *   call is **about 3,400 numbers added per deployment**.
 * - Removing: each poll looks up the numbers still to remove, 5 a second, then deletes them, 10 a
 *   second; the look-ups must fit in one poll (820 s × 5): **about 4,000 numbers removed per
 *   deployment**. A larger change is best split over several deployments.
 */
const READ_LIMIT = 'each poll looks up the declared numbers the update removes, 5 a second within about 14 minutes:'
  + ' remove at most about 4,000 numbers per deployment';
