import { ORIGINATION_SCHEMA, OriginationResourceProperties, ReleasableResourceProperties, TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { phoneNumberViolations } from './validate-phone-number';

/**
 * The properties of a Custom::SmsVoicePhoneNumber. RequestPhoneNumber takes the opt-out list,
 * international sending and deletion protection; UpdatePhoneNumber sets the other settings once
 * the number is active.
 */
export interface PhoneNumberResourceProperties extends OriginationResourceProperties, ReleasableResourceProperties, TaggableResourceProperties {
  readonly IsoCountryCode: string;
  readonly MessageType: string;
  readonly NumberCapabilities: string[];
  /** LONG_CODE, TOLL_FREE, TEN_DLC or SIMULATOR. */
  readonly NumberType: string;
  readonly RegistrationId?: string;
  /** Requests the number straight into this pool (id or ARN); the pool then owns its settings. */
  readonly PoolId?: string;
  readonly InternationalSendingEnabled?: boolean;
  /** Whether isComplete waits for the number to be ACTIVE (false for registration-gated numbers). */
  readonly WaitForActive: boolean;
}

export const PHONE_NUMBER: ResourceContract<PhoneNumberResourceProperties> = {
  resourceType: 'Custom::SmsVoicePhoneNumber',
  noun: 'phone number',
  schemaVersions: ['1'],
  schema: {
    IsoCountryCode: fields.string,
    MessageType: fields.string,
    NumberCapabilities: fields.stringList,
    NumberType: fields.string,
    RegistrationId: fields.optionalString,
    PoolId: fields.optionalString,
    InternationalSendingEnabled: fields.optionalBoolean,
    ...ORIGINATION_SCHEMA,
    WaitForActive: fields.boolean,
    ReleaseOnDelete: fields.boolean,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: {
    IsoCountryCode: 'isoCountryCode',
    MessageType: 'messageType',
    NumberCapabilities: 'numberCapabilities',
    NumberType: 'numberType',
    RegistrationId: 'registration',
    PoolId: 'pool',
  },
  arnResourceType: 'phone-number',
  attributes: { ID: 'PhoneNumberId', ARN: 'PhoneNumberArn', PHONE_NUMBER: 'PhoneNumber' },
  violations: phoneNumberViolations,
};
