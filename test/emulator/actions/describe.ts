import type { Owner } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { validationError } from '../errors';
import { Page, paginate } from '../pagination';
import { Filter, FilterValues, matchesFilters } from './filters';

/** The members that every Describe or List request with filters and pages has. */
export interface DescribeRequest<N extends string> {
  readonly Filters?: readonly Filter<N>[];
  readonly NextToken?: string;
  readonly MaxResults?: number;
  readonly Owner?: Owner;
}

/** The member of a request that names the resources it wants. */
export interface Names<T, R> {
  readonly member: string;
  readonly names: readonly T[] | undefined;
  /** The resource a name names; throws ResourceNotFoundException when there is none. */
  find(name: T): R;
}

export interface Selection<T, R, N extends string> {
  readonly byName?: Names<T, R>;
  readonly filterValues: FilterValues<R, N>;
  all(): Iterable<R>;
  /** The order of the results, and what NextToken remembers. */
  keyOf(resource: R): string;
}

/**
 * One page of what a Describe or List action selects: the named resources (each must exist),
 * else all; then those that pass every filter, ordered by key. Nothing is shared with the
 * emulator's account, so `Owner: SHARED` selects none; Owner and names cannot be used together.
 */
export function describePage<T, R, N extends string>(input: DescribeRequest<N>, selection: Selection<T, R, N>): Page<R> {
  const named = selection.byName?.names ?? [];
  const member = selection.byName?.member;
  if (input.Owner !== undefined && named.length > 0) {
    throw validationError('PARAMETERS_CANNOT_BE_USED_TOGETHER', ['Owner', member!].map(Name => ({
      Name,
      Message: `Owner and ${member} cannot be used together`,
    })));
  }
  const candidates = named.length > 0 ? [...new Set(named.map(n => selection.byName!.find(n)))] : [...selection.all()];
  const selected = input.Owner === 'SHARED' ? [] : candidates.filter(r => matchesFilters(r, input.Filters ?? [], selection.filterValues));
  return paginate(selected, selection.keyOf, input.NextToken, input.MaxResults);
}
