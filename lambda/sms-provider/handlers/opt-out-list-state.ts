import { DescribeOptedOutNumbersCommand, DescribeOptOutListsCommand, OptOutListInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../client';
import { readAllPages } from '../pages';
import { describeOne } from './shared-reads';
import { OptedOutEntries } from '../reconcile/opted-out-numbers';

/** An opt-out list as the service has it. */
export interface OptOutListActual {
  readonly arn: string;
  readonly name: string;
  readonly optedOutNumbers: OptedOutEntries;
}

/** The opt-out list called `name`, or undefined when there is none. */
export async function describeOptOutList(client: SmsClient, name: string): Promise<OptOutListInformation | undefined> {
  return describeOne(async () => (await client.send(new DescribeOptOutListsCommand({ OptOutListNames: [name] }))).OptOutLists,
    list => list.OptOutListName === name);
}

/**
 * Everything the handler reconciles, read from the service; undefined when the list is gone. The
 * numbers come 100 to a page, so a list of n numbers takes n/100 reads.
 */
export async function readOptOutList(client: SmsClient, name: string): Promise<OptOutListActual | undefined> {
  const info = await describeOptOutList(client, name);
  if (!info?.OptOutListArn) return undefined;
  const numbers = await readAllPages(async NextToken => {
    const page = await client.send(new DescribeOptedOutNumbersCommand({ OptOutListName: name, MaxResults: 100, NextToken }));
    return { items: page.OptedOutNumbers, nextToken: page.NextToken };
  });
  return {
    arn: info.OptOutListArn,
    name,
    optedOutNumbers: new Map(numbers.map(n => [n.OptedOutNumber ?? '', { endUserOptedOut: n.EndUserOptedOut ?? false, optedOutAt: n.OptedOutTimestamp }])),
  };
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
