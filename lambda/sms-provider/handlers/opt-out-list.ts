import { OptOutListInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OPT_OUT_LIST, OptOutListResourceProperties } from '../../../src/wire/opt-out-list-properties';
import { ErrorSubject } from '../errors';
import { ResponseData } from '../events';
import { describeOptOutList, someEndUserOptOuts } from './opt-out-list-state';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';

type Properties = OptOutListResourceProperties;

/** An opt-out list as the service has it, as far as its handler reconciles it (tags aside). */
interface OptOutListActual {
  readonly arn: string;
  readonly name: string;
}

/**
 * Custom::SmsVoiceOptOutList: the list itself, its name and its tags. The physical id is the
 * list's ARN. The numbers the stack declares on it are a Custom::SmsVoiceOptedOutNumbers of their
 * own, so that the phone numbers and pools that use the list wait only for the list. A list that
 * holds end-user opt-outs is never deleted: DeleteOptOutList deletes every number on the list.
 */
export class OptOutListHandler extends SmsResourceHandler<Properties, string, OptOutListActual> {
  protected readonly contract = OPT_OUT_LIST;

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

  protected async read(name: string): Promise<OptOutListActual | undefined> {
    const info = await describeOptOutList(this.context.client, name);
    return info?.OptOutListArn ? { arn: info.OptOutListArn, name } : undefined;
  }

  protected plan(): PlannedCall[] {
    return [];
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

function endUserOptOutsKept(name: string, numbers: readonly string[]): Error {
  const some = numbers.slice(0, 3).join(', ') + (numbers.length > 3 ? ', …' : '');
  return new Error(`opt-out list '${name}' is kept: it holds numbers whose recipients opted out themselves (${some}),`
    + ' and deleting the list would delete their opt-outs with it. Keep the list (removalPolicy RETAIN, the default),'
    + ' or retain this resource when you delete the stack');
}
