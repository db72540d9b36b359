import { CreateOptOutListCommand, DeleteOptOutListCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OptOutListAttributes } from '../../../src/custom-resources/opt-out-list-properties';
import { smsResourceId } from '../arn';
import { ErrorSubject } from '../errors';
import { OnEventResponse } from '../events';
import { clientToken } from '../idempotency';
import { Convergence } from './converge';
import { declaredBy, decodeOptOutList, DecodedOptOutList, NOTHING_DECLARED, OptOutListDeclared } from './opt-out-list-properties';
import { describeOptOutList, OptOutListActual, readOptOutList, someEndUserOptOuts } from './opt-out-list-state';
import { Removal } from './removal';
import { notFoundUnless } from './shared-reads';
import { SmsResourceHandler } from './sms-resource-handler';
import { thirtyDayRuleFailure } from './thirty-day-rule';
import { PlannedCall } from '../reconcile/calls';
import { keptEndUserOptOuts, planOptedOutNumbers } from '../reconcile/opted-out-numbers';
import { planTags } from '../reconcile/tags';

/**
 * Custom::SmsVoiceOptOutList. The physical id is the list's ARN.
 *
 * isComplete puts the declared numbers on the list and removes the ones the previous properties
 * declared, paced to the service's quotas and batched across polls (each poll works until its
 * deadline). A number whose recipient opted out is never removed, and a list that holds such
 * numbers is never deleted: DeleteOptOutList deletes every number on the list.
 */
export class OptOutListHandler extends SmsResourceHandler<DecodedOptOutList, OptOutListDeclared, string> {
  protected readonly declarations = {
    decode: decodeOptOutList,
    sameResource: (previous: DecodedOptOutList, desired: DecodedOptOutList) => previous.name === desired.name,
    declaredBy,
    nothing: NOTHING_DECLARED,
  };

  get subject(): ErrorSubject {
    const declaredName = this.event.ResourceProperties?.OptOutListName;
    const id = this.event.RequestType === 'Delete' || typeof declaredName !== 'string'
      ? this.physicalId ?? this.event.PhysicalResourceId ?? this.event.LogicalResourceId
      : declaredName;
    return {
      resourceType: 'opt-out list',
      id,
      nameProperty: 'optOutListName',
      importMethod: 'OptOutList.fromOptOutListName',
      conflictHints: {
        RESOURCE_NOT_EMPTY: (s, e) => `opt-out list '${s.id}' is still used by a phone number or pool (${e.message});`
          + ' give them another opt-out list, or remove them first',
      },
    };
  }

  protected desired(): DecodedOptOutList {
    return decodeOptOutList(this.event.ResourceProperties);
  }

  protected parsePhysicalId(physicalResourceId: string | undefined): string | undefined {
    return smsResourceId(physicalResourceId, 'opt-out-list');
  }

  protected async create(desired: DecodedOptOutList): Promise<OnEventResponse> {
    const response = await this.context.client.send(new CreateOptOutListCommand({
      OptOutListName: desired.name,
      Tags: desired.tags.length > 0 ? desired.tags.map(tag => ({ Key: tag.key, Value: tag.value })) : undefined,
      ClientToken: clientToken(this.event, 'CreateOptOutList'),
    }));
    if (!response.OptOutListArn) throw new Error(`CreateOptOutList returned no ARN for '${desired.name}'`);
    this.context.log('created', { arn: response.OptOutListArn });
    return { PhysicalResourceId: response.OptOutListArn };
  }

  /** A new name is a new list; the old one keeps its numbers until CloudFormation deletes it. */
  protected async replacement(desired: DecodedOptOutList, name: string): Promise<string | undefined> {
    return name === desired.name ? undefined : `the name changed from '${name}' to '${desired.name}'`;
  }

  protected convergence(desired: DecodedOptOutList, name: string, previouslyDeclared: OptOutListDeclared): Convergence<OptOutListActual> {
    const { client, log } = this.context;
    const wanted = new Set(desired.optedOutNumbers);
    return {
      read: () => notFoundUnless(readOptOutList(client, name), this.subject),
      plan: (actual): PlannedCall[] => {
        const kept = keptEndUserOptOuts(wanted, actual.optedOutNumbers, previouslyDeclared.optedOutNumbers);
        if (kept.length > 0) log('kept: their recipients opted out themselves, so they stay on the list', { numbers: kept });
        return [
          ...planOptedOutNumbers(name, wanted, actual.optedOutNumbers, previouslyDeclared.optedOutNumbers),
          ...planTags(actual.arn, new Map(desired.tags.map(tag => [tag.key, tag.value])), actual.tags, previouslyDeclared.tags),
        ];
      },
      onFailure: (call, error, actual) => thirtyDayRuleFailure(call, error, actual),
      readLimit: READ_LIMIT,
      data: actual => ({ [OptOutListAttributes.NAME]: actual.name, [OptOutListAttributes.ARN]: actual.arn }),
    };
  }

  protected removal(name: string): Removal {
    const { client } = this.context;
    const arn = this.event.PhysicalResourceId;
    return {
      retained: false,
      inspect: async () => {
        const info = await describeOptOutList(client, name);
        if (info?.OptOutListArn !== arn) return { state: 'gone' };
        const optedOutByRecipients = await someEndUserOptOuts(client, name);
        if (optedOutByRecipients.length > 0) return { state: 'refused', error: endUserOptOutsKept(name, optedOutByRecipients) };
        return { state: 'ready' };
      },
      remove: async () => {
        await client.send(new DeleteOptOutListCommand({ OptOutListName: name }));
      },
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
