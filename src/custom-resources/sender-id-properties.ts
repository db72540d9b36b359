import { TagResourceProperties } from './common-properties';

/**
 * The properties of a Custom::SmsVoiceSenderId resource. Physical id: the sender ID's ARN.
 *
 * SenderId and IsoCountryCode are create-only (a change requests a new sender ID). MessageTypes
 * cannot change either, and the same sender ID cannot be requested twice in a country, so a change
 * of MessageTypes alone fails with a clear message.
 */
export const SENDER_ID_SCHEMA_VERSION = '1';

export interface SenderIdResourceProperties {
  readonly SchemaVersion: string;
  readonly SenderId: string;
  readonly IsoCountryCode: string;
  readonly MessageTypes?: string[];
  readonly DeletionProtectionEnabled: boolean | string;
  /** Whether Delete releases the sender ID; true only for RemovalPolicy.DESTROY. */
  readonly ReleaseOnDelete: boolean | string;
  readonly Tags?: TagResourceProperties[];
}

/** The attributes the handler returns in `Data`. */
export const SenderIdAttributes = {
  SENDER_ID: 'SenderId',
  ARN: 'SenderIdArn',
} as const;
