import { invalidField } from './errors';

/** The page size when a request gives no MaxResults. */
export const DEFAULT_PAGE_SIZE = 100;

export interface Page<T> {
  readonly items: T[];
  readonly nextToken?: string;
}

/**
 * One page of `items`, ordered by `keyOf`. The NextToken names the last key returned, so items
 * created or deleted between pages do not shift the pages.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, nextToken?: string, maxResults?: number): Page<T> {
  const sorted = [...items].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const after = nextToken === undefined ? undefined : decodeToken(nextToken);
  const rest = after === undefined ? sorted : sorted.filter(item => compare(keyOf(item), after) > 0);
  const size = maxResults ?? DEFAULT_PAGE_SIZE;
  const page = rest.slice(0, size);
  return rest.length > size ? { items: page, nextToken: encodeToken(keyOf(page[page.length - 1])) } : { items: page };
}

function encodeToken(lastKey: string): string {
  return Buffer.from(JSON.stringify({ after: lastKey })).toString('base64url');
}

function decodeToken(token: string): string {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof decoded === 'object' && decoded !== null && typeof (decoded as { after?: unknown }).after === 'string') {
      return (decoded as { after: string }).after;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidField('INVALID_NEXT_TOKEN', 'NextToken', `The NextToken ${token} is not valid.`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
