import { KeywordResourceProperties, TagResourceProperties, TwoWayResourceProperties } from './common-properties';

/**
 * The properties of a Custom::SmsVoicePhoneNumber resource. Physical id: the phone number's ARN.
 *
 * Create-only (a change requests a new number): IsoCountryCode, MessageType, NumberCapabilities,
 * NumberType, RegistrationId, PoolId.
 */
export const PHONE_NUMBER_SCHEMA_VERSION = '1';

export interface PhoneNumberResourceProperties {
  readonly SchemaVersion: string;
  readonly IsoCountryCode: string;
  readonly MessageType: string;
  readonly NumberCapabilities: string[];
  /** LONG_CODE, TOLL_FREE, TEN_DLC or SIMULATOR. */
  readonly NumberType: string;
  readonly OptOutListName?: string;
  readonly RegistrationId?: string;
  /** Requests the number straight into this pool (id or ARN); the pool then owns its settings. */
  readonly PoolId?: string;
  readonly InternationalSendingEnabled?: boolean | string;
  readonly DeletionProtectionEnabled: boolean | string;
  /** Set with UpdatePhoneNumber after the request. */
  readonly SelfManagedOptOutsEnabled?: boolean | string;
  /** Set with UpdatePhoneNumber after the request; see TwoWayResourceProperties for absent. */
  readonly TwoWay?: TwoWayResourceProperties;
  readonly Keywords?: KeywordResourceProperties[];
  /** Whether isComplete waits for the number to be ACTIVE (false for registration-gated numbers). */
  readonly WaitForActive: boolean | string;
  /** Whether Delete releases the number; true only for RemovalPolicy.DESTROY. */
  readonly ReleaseOnDelete: boolean | string;
  readonly Tags?: TagResourceProperties[];
}

/** The attributes the handler returns in `Data`. */
export const PhoneNumberAttributes = {
  ID: 'PhoneNumberId',
  ARN: 'PhoneNumberArn',
  PHONE_NUMBER: 'PhoneNumber',
} as const;
