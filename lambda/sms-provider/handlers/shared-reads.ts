import { DescribeKeywordsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../client';
import { isNotFound } from '../errors';
import { readAllPages } from '../pages';
import { Keywords, keywordsByKey } from '../reconcile/keywords';
import { Tags } from '../reconcile/tags';

/** The tags of a resource. */
export async function readTags(client: SmsClient, arn: string): Promise<Tags> {
  const response = await client.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return new Map((response.Tags ?? []).map(tag => [tag.Key ?? '', tag.Value ?? '']));
}

/** Every keyword of a phone number or pool, keyed case-insensitively. */
export async function readKeywords(client: SmsClient, originationIdentity: string): Promise<Keywords> {
  const keywords = await readAllPages(async NextToken => {
    const page = await client.send(new DescribeKeywordsCommand({ OriginationIdentity: originationIdentity, NextToken }));
    return { items: page.Keywords, nextToken: page.NextToken };
  });
  return keywordsByKey(keywords.map(k => ({ keyword: k.Keyword ?? '', message: k.KeywordMessage ?? '', action: k.KeywordAction ?? '' })));
}

/** The item of a Describe call's list that `matches`, or undefined when the service has none. */
export async function describeOne<T>(describe: () => Promise<readonly T[] | undefined>, matches: (item: T) => boolean): Promise<T | undefined> {
  return (await unlessNotFound(describe))?.find(matches);
}

/** The result of a Describe call, or undefined when the service says the resource does not exist. */
export async function unlessNotFound<T>(describe: () => Promise<T>): Promise<T | undefined> {
  try {
    return await describe();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
