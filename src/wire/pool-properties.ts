import {
  KEYWORD_SCHEMA,
  KeywordResourceProperties,
  TAG_SCHEMA,
  TagResourceProperties,
  TWO_WAY_SCHEMA,
  TwoWayResourceProperties,
} from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { poolViolations } from './validate-pool';

/**
 * The properties of a Custom::SmsVoicePool. Physical id: the pool's ARN.
 *
 * Origination identities are reconciled associate-first, so the pool is never empty.
 */
export interface PoolResourceProperties {
  /** ARNs of phone numbers and sender IDs; the first one creates the pool. At least one. */
  readonly OriginationIdentities: string[];
  readonly IsoCountryCode: string;
  readonly MessageType: string;
  readonly OptOutListName?: string;
  readonly SelfManagedOptOutsEnabled?: boolean;
  readonly SharedRoutesEnabled?: boolean;
  /** See TwoWayResourceProperties: absent turns two-way off only if it was declared before. */
  readonly TwoWay?: TwoWayResourceProperties;
  readonly DeletionProtectionEnabled: boolean;
  readonly Keywords?: KeywordResourceProperties[];
  readonly Tags?: TagResourceProperties[];
}

/** The attributes the handler returns in `Data`. */
export const PoolAttributes = {
  ID: 'PoolId',
  ARN: 'PoolArn',
} as const;

export const POOL: ResourceContract<PoolResourceProperties> = {
  resourceType: 'Custom::SmsVoicePool',
  noun: 'pool',
  schemaVersions: ['1'],
  schema: {
    OriginationIdentities: fields.stringList,
    IsoCountryCode: fields.string,
    MessageType: fields.string,
    OptOutListName: fields.optionalString,
    SelfManagedOptOutsEnabled: fields.optionalBoolean,
    SharedRoutesEnabled: fields.optionalBoolean,
    TwoWay: fields.optionalObject(TWO_WAY_SCHEMA),
    DeletionProtectionEnabled: fields.boolean,
    Keywords: fields.optionalObjectList(KEYWORD_SCHEMA),
    Tags: fields.optionalObjectList(TAG_SCHEMA),
  },
  createOnly: { IsoCountryCode: 'isoCountryCode', MessageType: 'messageType' },
  violations: poolViolations,
};
