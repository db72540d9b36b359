import { ORIGINATION_SCHEMA, OriginationResourceProperties, TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { poolViolations } from './validate-pool';

/**
 * The properties of a Custom::SmsVoicePool. Origination identities are reconciled
 * associate-first, so the pool is never empty.
 */
export interface PoolResourceProperties extends OriginationResourceProperties, TaggableResourceProperties {
  /** ARNs of phone numbers and sender IDs; the first one creates the pool. At least one. */
  readonly OriginationIdentities: string[];
  readonly IsoCountryCode: string;
  readonly MessageType: string;
  readonly SharedRoutesEnabled?: boolean;
}

export const POOL: ResourceContract<PoolResourceProperties> = {
  resourceType: 'Custom::SmsVoicePool',
  noun: 'pool',
  schemaVersions: ['1'],
  schema: {
    OriginationIdentities: fields.stringList,
    IsoCountryCode: fields.string,
    MessageType: fields.string,
    SharedRoutesEnabled: fields.optionalBoolean,
    ...ORIGINATION_SCHEMA,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: { IsoCountryCode: 'isoCountryCode', MessageType: 'messageType' },
  arnResourceType: 'pool',
  attributes: { ID: 'PoolId', ARN: 'PoolArn' },
  violations: poolViolations,
};
