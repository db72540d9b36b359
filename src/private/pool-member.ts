import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { IOptOutList } from '../constructs/opt-out-list';

/**
 * What a phone number construct of this app tells the pools made of it: a number can be in only
 * one pool, and in a pool its settings are the pool's.
 */
export interface PoolMember {
  /** Records that `pool` holds the number; fails when another pool already does. */
  _joinPool(pool: IConstruct): void;
  /** The pool-owned settings the number declares itself, by construct property. */
  _poolOwnedSettings(): string[];
}

/** Whether `identity` is a phone number construct of this app, whose settings it knows. */
export function isPoolMember(identity: object): identity is PoolMember {
  return typeof (identity as Partial<PoolMember>)._joinPool === 'function';
}

/** What a phone number or sender ID construct of this app declares that a pool must match. */
export interface PoolFit {
  /** `phone number` or `sender ID`, for messages. */
  readonly kind: string;
  readonly isoCountryCode: string;
  /** The message types it is for; empty when it declares none (a sender ID then takes any). */
  readonly messageTypes: readonly string[];
  /** The opt-out list it declares (phone numbers only). */
  readonly optOutList?: IOptOutList;
}

/** An origination identity construct of this app, whose pool-relevant settings it knows. */
export interface PoolCandidate extends IConstruct {
  _poolFit(): PoolFit;
}

export function isPoolCandidate(identity: object): identity is PoolCandidate {
  return typeof (identity as Partial<PoolCandidate>)._poolFit === 'function';
}

/** What a pool declares that its identities must match. */
export interface PoolSettings {
  readonly isoCountryCode: string;
  readonly messageType: string;
  readonly optOutList?: IOptOutList;
  readonly selfManagedOptOuts?: boolean;
  readonly twoWay: boolean;
}

/**
 * The rules AssociateOriginationIdentity enforces, checked at synth where both sides are known:
 * each identity of the pool's country and message type, each number with the pool's opt-out list
 * (the list the pool declares, else its first identity's), and self-managed opt-outs only with
 * two-way, which a pool of this app's numbers can only have by declaring it.
 */
export function poolFitViolations(pool: PoolSettings, identities: readonly object[]): string[] {
  const candidates = identities.filter(isPoolCandidate);
  const problems: string[] = [];
  // Without a list of its own, the pool takes its first identity's: unknown for an import.
  const first = identities[0];
  const listKnown = pool.optOutList !== undefined || (first !== undefined && isPoolCandidate(first));
  const poolList = pool.optOutList ?? (first !== undefined && isPoolCandidate(first) ? first._poolFit().optOutList : undefined);
  for (const candidate of candidates) {
    const fit = candidate._poolFit();
    const named = `${fit.kind} '${candidate.node.path}'`;
    if (!Token.isUnresolved(fit.isoCountryCode) && !Token.isUnresolved(pool.isoCountryCode) && fit.isoCountryCode !== pool.isoCountryCode) {
      problems.push(`originationIdentities: ${named} is for ${fit.isoCountryCode}, but the pool is for ${pool.isoCountryCode}: `
        + 'a pool holds phone numbers and sender IDs of its own country (isoCountryCode) only');
    }
    if (fit.messageTypes.length > 0 && !fit.messageTypes.includes(pool.messageType)) {
      problems.push(`originationIdentities: ${named} is for ${fit.messageTypes.join(' and ')} messages, but the pool sends ${pool.messageType}: `
        + 'its messageType must be the pool\'s');
    }
    if (listKnown && fit.optOutList && (poolList === undefined || !sameList(fit.optOutList, poolList))) {
      problems.push(`originationIdentities: ${named} declares optOutList '${fit.optOutList.node.path}', but the pool uses `
        + `${poolList ? `'${poolList.node.path}'` : 'the account\'s Default list'}: a number in a pool uses the pool's opt-out list; `
        + 'declare the same list on both, or only on the pool');
    }
  }
  if (pool.selfManagedOptOuts === true && !pool.twoWay && candidates.length === identities.length) {
    problems.push('selfManagedOptOuts: true needs two-way messaging, which reads the replies: declare twoWay on the pool too');
  }
  return problems;
}

function sameList(a: IOptOutList, b: IOptOutList): boolean {
  return a === b || (!Token.isUnresolved(a.optOutListName) && a.optOutListName === b.optOutListName);
}
