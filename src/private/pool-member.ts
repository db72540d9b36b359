import { IConstruct } from 'constructs';

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
