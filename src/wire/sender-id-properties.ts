import { TAG_SCHEMA, TagResourceProperties } from './common-properties';
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
export interface SenderIdResourceProperties {
  readonly SenderId: string;
  readonly IsoCountryCode: string;
  readonly MessageTypes?: string[];
  readonly DeletionProtectionEnabled: boolean;
  /** Whether Delete releases the sender ID; true only for RemovalPolicy.DESTROY. */
  readonly ReleaseOnDelete: boolean;
  readonly Tags?: TagResourceProperties[];
}

/** The attributes the handler returns in `Data`. */
export const SenderIdAttributes = {
  SENDER_ID: 'SenderId',
  ARN: 'SenderIdArn',
} as const;

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
    Tags: fields.optionalObjectList(TAG_SCHEMA),
  },
  createOnly: { SenderId: 'senderId', IsoCountryCode: 'isoCountryCode' },
  violations: senderIdViolations,
};
