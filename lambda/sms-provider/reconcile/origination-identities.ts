import { ClientTokens } from '../idempotency';
import { PlannedCall } from './calls';

/** An origination identity of a pool, as the service lists it. */
export interface PoolIdentity {
  readonly arn: string;
  /** The phone number id or sender ID. */
  readonly id: string;
}

export interface IdentityPlan {
  /** Made before anything else, so the pool never lacks an identity the stack declares. */
  readonly associate: readonly PlannedCall[];
  /** Identities that fit the pool only once its settings are updated: associated right after UpdatePool. */
  readonly associateAfterSettings: readonly PlannedCall[];
  /** Made after everything else: a pool is never emptied, not even for a moment. */
  readonly disassociate: readonly PlannedCall[];
}

export class LastIdentityError extends Error {
  constructor(poolId: string) {
    super(`pool '${poolId}' would be left without origination identities, and a pool needs at least one;`
      + ' keep one identity in originationIdentities, or delete the pool instead');
    this.name = 'LastIdentityError';
  }
}

/**
 * Associates every desired identity the pool lacks, and disassociates the identities that the
 * previous properties declared and no longer do. Identities are named by ARN (or id); an identity
 * the stack never declared stays. Throws rather than plan a pool without identities.
 *
 * The service associates only identities whose configuration fits the pool's: those that fit
 * only the pool's updated settings (`fitsOnlyUpdatedPool`) are associated after the update.
 */
export function planOriginationIdentities(
  poolId: string,
  isoCountryCode: string,
  desired: readonly string[],
  actual: readonly PoolIdentity[],
  previouslyDeclared: readonly string[],
  clientToken: ClientTokens,
  fitsOnlyUpdatedPool: (identity: string) => boolean = () => false,
): IdentityPlan {
  const find = (identity: string) => actual.find(a => a.arn === identity || a.id === identity);
  const wanted = new Set(desired.map(identity => find(identity)?.arn ?? identity));
  const missing = [...wanted].filter(identity => !find(identity));
  const unwanted = [...new Set(previouslyDeclared.map(identity => find(identity)?.arn))]
    .filter((arn): arn is string => arn !== undefined && !wanted.has(arn));
  if (actual.length + missing.length - unwanted.length < 1) throw new LastIdentityError(poolId);

  const call = (action: 'AssociateOriginationIdentity' | 'DisassociateOriginationIdentity', identity: string): PlannedCall => ({
    action,
    input: { PoolId: poolId, OriginationIdentity: identity, IsoCountryCode: isoCountryCode, ClientToken: clientToken(action, identity) },
  });
  const associate = (identities: string[]) => identities.map(identity => call('AssociateOriginationIdentity', identity));
  return {
    associate: associate(missing.filter(identity => !fitsOnlyUpdatedPool(identity))),
    associateAfterSettings: associate(missing.filter(fitsOnlyUpdatedPool)),
    disassociate: unwanted.map(identity => call('DisassociateOriginationIdentity', identity)),
  };
}
