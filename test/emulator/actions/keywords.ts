import type {
  DeleteKeywordRequest,
  DeleteKeywordResult,
  DescribeKeywordsRequest,
  DescribeKeywordsResult,
  KeywordFilterName,
  KeywordInformation,
  PutKeywordRequest,
  PutKeywordResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { conflict, notFound, quotaExceeded } from '../errors';
import type { KeywordRecord, OriginationRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import type { FilterValues } from './filters';
import { requireStatus } from './lifecycle';
import { findPhoneNumberOrPool } from './origination-identities';

/**
 * The keywords every phone number and pool starts with. Their messages can change, their actions
 * cannot, and they cannot be deleted. The messages are the emulator's: the reference gives none.
 */
const MANDATORY_KEYWORDS: readonly KeywordRecord[] = [
  { keyword: 'HELP', action: 'AUTOMATIC_RESPONSE', message: 'Reply STOP to unsubscribe. Msg&data rates may apply.' },
  { keyword: 'STOP', action: 'OPT_OUT', message: 'You have been unsubscribed and will receive no further messages.' },
];

export function mandatoryKeywords(): Map<string, KeywordRecord> {
  return new Map(MANDATORY_KEYWORDS.map(k => [k.keyword, k]));
}

/** Keywords are case-insensitive. */
function keyOf(keyword: string): string {
  return keyword.toUpperCase();
}

function findKeyword(holder: OriginationRecord, keyword: string): KeywordRecord {
  const record = holder.keywords.get(keyOf(keyword));
  if (!record) throw notFound('keyword', keyword);
  return record;
}

function checkKeywordQuota(context: ActionContext, holder: OriginationRecord): void {
  const [limit, reason] = holder.kind === 'pool'
    ? [context.limits.keywordsPerPool, 'KEYWORDS_PER_POOL' as const]
    : [context.limits.keywordsPerPhoneNumber, 'KEYWORDS_PER_PHONE_NUMBER' as const];
  if (holder.keywords.size >= limit) throw quotaExceeded(reason, limit);
}

function keywordInformation(record: KeywordRecord): Wire<KeywordInformation> {
  return { Keyword: record.keyword, KeywordMessage: record.message, KeywordAction: record.action };
}

function keywordResult(holder: OriginationRecord, record: KeywordRecord): Wire<PutKeywordResult & DeleteKeywordResult> {
  return { OriginationIdentity: holder.id, OriginationIdentityArn: holder.arn, ...keywordInformation(record) };
}

/** Creates a keyword or replaces its message; the action stays unless given (AUTOMATIC_RESPONSE for a new keyword). */
const putKeyword: ActionHandler<PutKeywordRequest, Wire<PutKeywordResult>> = (input, context) => {
  const holder = findPhoneNumberOrPool(context, input.OriginationIdentity!);
  requireStatus(context, holder);
  const keyword = keyOf(input.Keyword!);
  const mandatory = MANDATORY_KEYWORDS.find(k => k.keyword === keyword);
  if (mandatory && input.KeywordAction !== undefined && input.KeywordAction !== mandatory.action) {
    throw conflict('RESOURCE_MODIFICATION_NOT_ALLOWED', 'keyword', keyword, `The action of ${keyword} is always ${mandatory.action}.`);
  }
  const existing = holder.keywords.get(keyword);
  if (!existing) checkKeywordQuota(context, holder);
  const record = { keyword, message: input.KeywordMessage!, action: input.KeywordAction ?? existing?.action ?? 'AUTOMATIC_RESPONSE' };
  holder.keywords.set(keyword, record);
  return keywordResult(holder, record);
};

const deleteKeyword: ActionHandler<DeleteKeywordRequest, Wire<DeleteKeywordResult>> = (input, context) => {
  const holder = findPhoneNumberOrPool(context, input.OriginationIdentity!);
  requireStatus(context, holder);
  const record = findKeyword(holder, input.Keyword!);
  if (MANDATORY_KEYWORDS.some(k => k.keyword === record.keyword)) {
    throw conflict('RESOURCE_DELETION_NOT_ALLOWED', 'keyword', record.keyword, `The keyword ${record.keyword} cannot be deleted; change its message instead.`);
  }
  holder.keywords.delete(record.keyword);
  return keywordResult(holder, record);
};

const FILTER_VALUES: FilterValues<KeywordRecord, KeywordFilterName> = {
  'keyword-action': k => [k.action],
};

const describeKeywords: ActionHandler<DescribeKeywordsRequest, Wire<DescribeKeywordsResult>> = (input, context) => {
  const holder = findPhoneNumberOrPool(context, input.OriginationIdentity!);
  const page = describePage(input, {
    byName: { member: 'Keywords', names: input.Keywords, find: keyword => findKeyword(holder, keyword) },
    all: () => holder.keywords.values(),
    filterValues: FILTER_VALUES,
    keyOf: k => k.keyword,
  });
  return {
    OriginationIdentity: holder.id,
    OriginationIdentityArn: holder.arn,
    Keywords: page.items.map(keywordInformation),
    NextToken: page.nextToken,
  };
};

export const KEYWORD_ACTIONS = {
  PutKeyword: putKeyword,
  DeleteKeyword: deleteKeyword,
  DescribeKeywords: describeKeywords,
};
