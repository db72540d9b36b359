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
import { phoneNumberViolations } from './validate-phone-number';

/** The properties of a Custom::SmsVoicePhoneNumber. Physical id: the phone number's ARN. */
export interface PhoneNumberResourceProperties {
  readonly IsoCountryCode: string;
  readonly MessageType: string;
  readonly NumberCapabilities: string[];
  /** LONG_CODE, TOLL_FREE, TEN_DLC or SIMULATOR. */
  readonly NumberType: string;
  readonly OptOutListName?: string;
  readonly RegistrationId?: string;
  /** Requests the number straight into this pool (id or ARN); the pool then owns its settings. */
  readonly PoolId?: string;
  readonly InternationalSendingEnabled?: boolean;
  readonly DeletionProtectionEnabled: boolean;
  /** Set with UpdatePhoneNumber after the request. */
  readonly SelfManagedOptOutsEnabled?: boolean;
  /** Set with UpdatePhoneNumber after the request; see TwoWayResourceProperties for absent. */
  readonly TwoWay?: TwoWayResourceProperties;
  readonly Keywords?: KeywordResourceProperties[];
  /** Whether isComplete waits for the number to be ACTIVE (false for registration-gated numbers). */
  readonly WaitForActive: boolean;
  /** Whether Delete releases the number; true only for RemovalPolicy.DESTROY. */
  readonly ReleaseOnDelete: boolean;
  readonly Tags?: TagResourceProperties[];
}

/** The attributes the handler returns in `Data`. */
export const PhoneNumberAttributes = {
  ID: 'PhoneNumberId',
  ARN: 'PhoneNumberArn',
  PHONE_NUMBER: 'PhoneNumber',
} as const;

export const PHONE_NUMBER: ResourceContract<PhoneNumberResourceProperties> = {
  resourceType: 'Custom::SmsVoicePhoneNumber',
  noun: 'phone number',
  schemaVersions: ['1'],
  schema: {
    IsoCountryCode: fields.string,
    MessageType: fields.string,
    NumberCapabilities: fields.stringList,
    NumberType: fields.string,
    OptOutListName: fields.optionalString,
    RegistrationId: fields.optionalString,
    PoolId: fields.optionalString,
    InternationalSendingEnabled: fields.optionalBoolean,
    DeletionProtectionEnabled: fields.boolean,
    SelfManagedOptOutsEnabled: fields.optionalBoolean,
    TwoWay: fields.optionalObject(TWO_WAY_SCHEMA),
    Keywords: fields.optionalObjectList(KEYWORD_SCHEMA),
    WaitForActive: fields.boolean,
    ReleaseOnDelete: fields.boolean,
    Tags: fields.optionalObjectList(TAG_SCHEMA),
  },
  createOnly: {
    IsoCountryCode: 'isoCountryCode',
    MessageType: 'messageType',
    NumberCapabilities: 'numberCapabilities',
    NumberType: 'numberType',
    RegistrationId: 'registration',
    PoolId: 'pool',
  },
  violations: phoneNumberViolations,
};
