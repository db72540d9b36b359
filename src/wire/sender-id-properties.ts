import { ReleasableResourceProperties, TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { senderIdViolations } from './validate-sender-id';

/**
 * The properties of a Custom::SmsVoiceSenderId. Physical id: the sender ID's ARN.
 *
 * SenderId and IsoCountryCode are create-only (a change requests a new sender ID). MessageTypes
 * cannot change either, and the same sender ID cannot be requested twice in a country, so a change
 * of MessageTypes alone fails with a clear message.
 */
export interface SenderIdResourceProperties extends ReleasableResourceProperties, TaggableResourceProperties {
  readonly SenderId: string;
  readonly IsoCountryCode: string;
  readonly MessageTypes?: string[];
  readonly DeletionProtectionEnabled: boolean;
}

export const SENDER_ID: ResourceContract<SenderIdResourceProperties> = {
  resourceType: 'Custom::SmsVoiceSenderId',
  noun: 'sender ID',
  nameKey: 'SenderId',
  schemaVersions: ['1'],
  schema: {
    SenderId: fields.string,
    IsoCountryCode: fields.string,
    MessageTypes: fields.optionalStringList,
    DeletionProtectionEnabled: fields.boolean,
    ReleaseOnDelete: fields.boolean,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: { SenderId: 'senderId', IsoCountryCode: 'isoCountryCode' },
  arnResourceType: 'sender-id',
  attributes: { SENDER_ID: 'SenderId', ARN: 'SenderIdArn' },
  violations: senderIdViolations,
};
