import { KeywordResourceProperties, TagResourceProperties, TwoWayResourceProperties } from './common-properties';

/**
 * The properties of a Custom::SmsVoicePool resource. Physical id: the pool's ARN.
 *
 * IsoCountryCode and MessageType are create-only (a change creates a new pool before the old one
 * is deleted). Origination identities are reconciled associate-first, so the pool is never empty.
 */
export const POOL_SCHEMA_VERSION = '1';

export interface PoolResourceProperties {
  readonly SchemaVersion: string;
  /** ARNs of phone numbers and sender IDs; the first one creates the pool. At least one. */
  readonly OriginationIdentities: string[];
  readonly IsoCountryCode: string;
  readonly MessageType: string;
  readonly OptOutListName?: string;
  readonly SelfManagedOptOutsEnabled?: boolean | string;
  readonly SharedRoutesEnabled?: boolean | string;
  /** See TwoWayResourceProperties: absent turns two-way off only if it was declared before. */
  readonly TwoWay?: TwoWayResourceProperties;
  readonly DeletionProtectionEnabled: boolean | string;
  readonly Keywords?: KeywordResourceProperties[];
  readonly Tags?: TagResourceProperties[];
}

/** The attributes the handler returns in `Data`. */
export const PoolAttributes = {
  ID: 'PoolId',
  ARN: 'PoolArn',
} as const;
