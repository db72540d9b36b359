import { DescribeOptedOutNumbersCommand, DescribeOptOutListsCommand, OptOutListInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../client';
import { describeOne, unlessNotFound } from './shared-reads';
import { OptedOutEntries, OptedOutEntry } from '../reconcile/opted-out-numbers';

/** The opt-out list called `name`, or undefined when there is none. */
export async function describeOptOutList(client: SmsClient, name: string): Promise<OptOutListInformation | undefined> {
  return describeOne(async () => (await client.send(new DescribeOptOutListsCommand({ OptOutListNames: [name] }))).OptOutLists,
    list => list.OptOutListName === name);
}

/** The service model's limit on the numbers DescribeOptedOutNumbers looks up at once (OptedOutNumberList). */
const NUMBERS_PER_LOOKUP = 5;

/**
 * The entries of `numbers` that are on the list, looked up by number, 5 to a call; a number that
 * is not on the list fails its whole call (ResourceNotFoundException), so that call's numbers are
 * then looked up one by one. The rest of the list is never read.
 */
export async function lookUpOptedOutNumbers(client: SmsClient, name: string, numbers: readonly string[]): Promise<OptedOutEntries> {
  const entries = new Map<string, OptedOutEntry>();
  const lookUp = async (batch: string[]): Promise<true> => {
    const response = await client.send(new DescribeOptedOutNumbersCommand({ OptOutListName: name, OptedOutNumbers: batch }));
    for (const n of response.OptedOutNumbers ?? []) {
      entries.set(n.OptedOutNumber ?? '', { endUserOptedOut: n.EndUserOptedOut ?? false, optedOutAt: n.OptedOutTimestamp });
    }
    return true;
  };
  for (let i = 0; i < numbers.length; i += NUMBERS_PER_LOOKUP) {
    const batch = numbers.slice(i, i + NUMBERS_PER_LOOKUP);
    if (await unlessNotFound(() => lookUp(batch)) || batch.length === 1) continue;
    for (const number of batch) await unlessNotFound(() => lookUp([number]));
  }
  return entries;
}

/** Some of the numbers on the list that their recipients opted out themselves (none when there are none): the first page that has any. */
export async function someEndUserOptOuts(client: SmsClient, name: string): Promise<string[]> {
  let NextToken: string | undefined;
  do {
    const page = await client.send(new DescribeOptedOutNumbersCommand({
      OptOutListName: name,
      Filters: [{ Name: 'end-user-opted-out', Values: ['true'] }],
      NextToken,
    }));
    const numbers = (page.OptedOutNumbers ?? []).filter(n => n.EndUserOptedOut).map(n => n.OptedOutNumber ?? '');
    if (numbers.length > 0) return numbers;
    NextToken = page.NextToken;
  } while (NextToken);
  return [];
}
