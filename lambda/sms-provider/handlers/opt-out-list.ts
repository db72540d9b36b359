import { OptOutListInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OPT_OUT_LIST, OptOutListResourceProperties, PROGRESS_TAG } from '../../../src/wire/opt-out-list-properties';
import { ErrorSubject } from '../errors';
import { OnEventRequest, ResponseData } from '../events';
import { ResumableChangeHandler } from './change-progress';
import { describeOptOutList, lookUpOptedOutNumbers, OptOutListActual, someEndUserOptOuts } from './opt-out-list-state';
import { ResourceRemoval } from './removal';
import { HandlerContext } from './resource-handler';
import { CreateCall } from './sms-resource-handler';
import { thirtyDayRuleFailure } from './thirty-day-rule';
import { PlannedCall } from '../reconcile/calls';
import {
  changeSize,
  keptEndUserOptOuts,
  OptedOutNumberChange,
  optedOutNumberChange,
  planOptedOutNumbers,
  removalsFrom,
} from '../reconcile/opted-out-numbers';

type Properties = OptOutListResourceProperties;

/**
 * Custom::SmsVoiceOptOutList. The physical id is the list's ARN.
 *
 * isComplete makes the change from what the previous properties declared to what is declared
 * now, in work proportional to the change, never to the size of the list (which grows with every
 * STOP): it puts the added numbers, without reading them (a put is idempotent), looks up only the
 * removed ones (a number whose recipient opted out is never removed), paced to the service's
 * quotas. A change larger than one poll goes on in the next: a poll that runs out of time writes
 * how far it got in a tag of its own (PROGRESS_TAG), for the next poll of the same event to resume
 * from. A list that holds end-user opt-outs is never deleted: DeleteOptOutList deletes every
 * number on the list.
 */
export class OptOutListHandler extends ResumableChangeHandler<Properties, string, OptOutListActual> {
  protected readonly contract = OPT_OUT_LIST;
  protected readonly readLimit = READ_LIMIT;

  protected readonly subjectDetails: Omit<ErrorSubject, 'resourceType' | 'id'> = {
    nameProperty: 'optOutListName',
    importMethod: 'OptOutList.fromOptOutListName',
    conflictHints: {
      RESOURCE_NOT_EMPTY: (s, e) => `opt-out list '${s.id}' is still used by a phone number or pool (${e.message});`
        + ' give them another opt-out list, or remove them first',
    },
  };

  private changeOfEvent?: OptedOutNumberChange;

  constructor(event: OnEventRequest, context: HandlerContext) {
    super(event, context, PROGRESS_TAG);
  }

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateOptOutList', input: { OptOutListName: desired.OptOutListName } };
  }

  protected async read(name: string): Promise<OptOutListActual | undefined> {
    const { client } = this.context;
    const info = await describeOptOutList(client, name);
    if (!info?.OptOutListArn) return undefined;
    const arn = info.OptOutListArn;
    const { done, tagged } = await this.progress.start(arn, changeSize(this.change), this.context);
    const optedOutNumbers = await lookUpOptedOutNumbers(client, name, removalsFrom(this.change, done));
    return { arn, name, done, progressTagged: tagged, optedOutNumbers };
  }

  protected plan(_desired: Properties, actual: OptOutListActual): PlannedCall[] {
    const kept = keptEndUserOptOuts(actual.optedOutNumbers);
    if (kept.length > 0) this.context.log('kept: their recipients opted out themselves, so they stay on the list', { numbers: kept });
    const steps = planOptedOutNumbers(actual.name, this.change, actual.done, actual.optedOutNumbers);
    this.progress.planned(steps);
    return [...steps.map(step => step.call), ...actual.progressTagged ? [this.progress.untag(actual.arn)] : []];
  }

  protected callFailure(call: PlannedCall, error: unknown, actual: OptOutListActual): Error | undefined {
    return thirtyDayRuleFailure(call, error, actual);
  }

  protected data(actual: OptOutListActual): ResponseData {
    return { [OPT_OUT_LIST.attributes.NAME]: actual.name, [OPT_OUT_LIST.attributes.ARN]: actual.arn };
  }

  protected removal(name: string): ResourceRemoval<OptOutListInformation> {
    const { client } = this.context;
    return {
      describe: () => describeOptOutList(client, name),
      inspect: async () => {
        const optedOutByRecipients = await someEndUserOptOuts(client, name);
        if (optedOutByRecipients.length > 0) return { state: 'refused', error: endUserOptOutsKept(name, optedOutByRecipients) };
        return { state: 'ready' };
      },
      call: { action: 'DeleteOptOutList', input: { OptOutListName: name } },
    };
  }

  /** The change from what the previous properties declared (all that may be removed) to what is declared now. */
  private get change(): OptedOutNumberChange {
    this.changeOfEvent ??= optedOutNumberChange(this.desired.OptedOutNumbers, this.declaredBefore?.OptedOutNumbers);
    return this.changeOfEvent;
  }
}

/**
 * The practical limits of one deployment, the one place the docs cite, from the provider's
 * settings (isComplete: a 15-minute Lambda timeout with 80 s kept back for the call in flight,
 * so about 820 s of work a poll; a poll every 5 s; one hour in all) and the quotas (1 request a second per action,
 * DeleteOptedOutNumber 10). The size of the list does not count: only the change does.
 *
 * - Adding: one put a second. A poll spends about a second on its reads (DescribeOptOutLists, and
 *   the progress tag when the change is larger than a poll) and one call on the tag when it runs
 *   out of time, so the hour holds four polls and most of a fifth: about 3,570 s of puts, which at
 *   about 50 ms of latency a call is **about 3,400 numbers added per deployment**.
 * - Removing: each poll looks up the numbers still to remove, 5 a second, then deletes them, 10 a
 *   second; the look-ups must fit in one poll (820 s × 5): **about 4,000 numbers removed per
 *   deployment**. A larger change is best split over several deployments.
 */
const READ_LIMIT = 'each poll looks up the declared numbers the update removes, 5 a second within about 14 minutes:'
  + ' remove at most about 4,000 numbers per deployment';

function endUserOptOutsKept(name: string, numbers: readonly string[]): Error {
  const some = numbers.slice(0, 3).join(', ') + (numbers.length > 3 ? ', …' : '');
  return new Error(`opt-out list '${name}' is kept: it holds numbers whose recipients opted out themselves (${some}),`
    + ' and deleting the list would delete their opt-outs with it. Keep the list (removalPolicy RETAIN, the default),'
    + ' or retain this resource when you delete the stack');
}
