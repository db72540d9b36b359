import type { KeywordAction } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PlannedCall } from './calls';
import { diffKeyed, valueOf } from './keyed-diff';
import { PROTECTED_KEYWORDS } from '../../../src/wire/common-properties';

export interface Keyword {
  /** As declared, or as the service has it. */
  readonly keyword: string;
  readonly message: string;
  readonly action: string;
}

/** Keywords keyed case-insensitively (by `keywordKey`). */
export type Keywords = ReadonlyMap<string, Keyword>;

/** The key of a keyword: keywords are case-insensitive. */
export function keywordKey(keyword: string): string {
  return keyword.toUpperCase();
}

export function keywordsByKey(keywords: readonly Keyword[]): Keywords {
  return new Map(keywords.map(k => [keywordKey(k.keyword), k]));
}

/**
 * The keyword calls of a phone number or pool: deletes first (a number or pool holds a limited
 * number of keywords), then one PutKeyword per keyword that is missing or has another message or
 * action. Only keywords that were declared before are deleted, and HELP and STOP never are: the
 * service keeps them on every number and pool, with actions of its own (AUTOMATIC_RESPONSE and
 * OPT_OUT), so a declared HELP or STOP sets its message only.
 */
export function planKeywords(
  originationIdentity: string,
  desired: Keywords,
  actual: Keywords,
  previouslyDeclared: ReadonlySet<string>,
): PlannedCall[] {
  const OriginationIdentity = originationIdentity;
  const diff = diffKeyed(desired, actual, previouslyDeclared, (a, b) => a.message === b.message && (isProtected(a) || a.action === b.action));
  return [
    ...diff.delete.filter(key => !PROTECTED_KEYWORDS.includes(key)).map((key): PlannedCall => ({
      action: 'DeleteKeyword',
      input: { OriginationIdentity, Keyword: valueOf(actual, key).keyword },
    })),
    ...[...diff.update, ...diff.create].map((key): PlannedCall => {
      const declared = valueOf(desired, key);
      // Validated against the service model's KeywordAction enum before planning.
      const action = isProtected(declared) ? {} : { KeywordAction: declared.action as KeywordAction };
      return { action: 'PutKeyword', input: { OriginationIdentity, Keyword: declared.keyword, KeywordMessage: declared.message, ...action } };
    }),
  ];
}

function isProtected(keyword: Keyword): boolean {
  return PROTECTED_KEYWORDS.includes(keywordKey(keyword.keyword));
}
