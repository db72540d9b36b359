import { IConstruct } from 'constructs';

/**
 * What pools know about the origination identities given to them, at synth:
 * which pool holds a phone number (a number can be in only one), and which settings a number
 * declares itself (a pooled number takes the pool's settings instead).
 */
const poolOfNumber = new WeakMap<IConstruct, IConstruct>();
const ownSettingsOf = new WeakMap<IConstruct, () => string[]>();

/** Called by a phone number: `settings()` lists the pool-owned settings it declares. */
export function registerOwnSettings(phoneNumber: IConstruct, settings: () => string[]): void {
  ownSettingsOf.set(phoneNumber, settings);
}

/** The pool-owned settings that an identity declares itself (none for sender IDs and imports). */
export function ownSettings(identity: IConstruct): string[] {
  return ownSettingsOf.get(identity)?.() ?? [];
}

/** Records that `pool` holds `phoneNumber`; fails when another pool already does. */
export function claimPhoneNumber(pool: IConstruct, phoneNumber: IConstruct): void {
  const holder = poolOfNumber.get(phoneNumber);
  if (holder && holder !== pool) {
    throw new Error(`Phone number '${phoneNumber.node.path}' is already in pool '${holder.node.path}': a phone number can be in only one pool`);
  }
  poolOfNumber.set(phoneNumber, pool);
}

/** Whether the identity is a phone number construct of this app (whose settings it knows). */
export function isPhoneNumberConstruct(identity: IConstruct): boolean {
  return ownSettingsOf.has(identity);
}
