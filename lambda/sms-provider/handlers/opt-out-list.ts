import { OptOutListInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OPT_OUT_LIST, OptOutListResourceProperties } from '../../../src/wire/opt-out-list-properties';
import { ErrorSubject } from '../errors';
import { ResponseData } from '../events';
import { describeOptOutList, OptOutListActual, readOptOutList, someEndUserOptOuts } from './opt-out-list-state';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { thirtyDayRuleFailure } from './thirty-day-rule';
import { PlannedCall } from '../reconcile/calls';
import { keptEndUserOptOuts, planOptedOutNumbers } from '../reconcile/opted-out-numbers';

type Properties = OptOutListResourceProperties;

/**
 * Custom::SmsVoiceOptOutList. The physical id is the list's ARN.
 *
 * isComplete puts the declared numbers on the list and removes the ones the previous properties
 * declared, paced to the service's quotas and batched across polls (each poll works until its
 * deadline). A number whose recipient opted out is never removed, and a list that holds such
 * numbers is never deleted: DeleteOptOutList deletes every number on the list.
 */
export class OptOutListHandler extends SmsResourceHandler<Properties, string, OptOutListActual> {
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

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateOptOutList', input: { OptOutListName: desired.OptOutListName } };
  }

  protected read(name: string): Promise<OptOutListActual | undefined> {
    return readOptOutList(this.context.client, name);
  }

  protected plan(desired: Properties, actual: OptOutListActual, declaredBefore: Properties | undefined): PlannedCall[] {
    const wanted = new Set(desired.OptedOutNumbers ?? []);
    const declared = new Set(declaredBefore?.OptedOutNumbers ?? []);
    const kept = keptEndUserOptOuts(wanted, actual.optedOutNumbers, declared);
    if (kept.length > 0) this.context.log('kept: their recipients opted out themselves, so they stay on the list', { numbers: kept });
    return planOptedOutNumbers(actual.name, wanted, actual.optedOutNumbers, declared);
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
}

/**
 * The practical limits, from the provider's settings (isComplete: 60 s Lambda timeout, 20 s of it
 * kept back, so about 40 s of work per poll; a poll every 10 s; 1 hour in all) and the quotas (1
 * request a second per action, DeleteOptedOutNumber 10): each poll first reads the whole list, 100
 * numbers a second, then puts 1 number a second (or removes 10) until its deadline. So a list of up
 * to about 3,000 numbers can be read in one poll, and one deployment adds about 2,000 numbers
 * (removes about 20,000).
 */
const READ_LIMIT = 'each poll reads the whole opt-out list, 100 numbers a second within about 40 seconds:'
  + ' keep a list under about 3,000 numbers, and add at most about 2,000 per deployment';

function endUserOptOutsKept(name: string, numbers: readonly string[]): Error {
  const some = numbers.slice(0, 3).join(', ') + (numbers.length > 3 ? ', …' : '');
  return new Error(`opt-out list '${name}' is kept: it holds numbers whose recipients opted out themselves (${some}),`
    + ' and deleting the list would delete their opt-outs with it. Keep the list (removalPolicy RETAIN, the default),'
    + ' or retain this resource when you delete the stack');
}
