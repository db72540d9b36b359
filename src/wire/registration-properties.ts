import { ReleasableResourceProperties, TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { registrationViolations } from './validate-registration';

/**
 * The properties of a Custom::SmsVoiceRegistration. Physical id: the registration's ARN.
 *
 * RegistrationType is create-only. Fields are the values of the registration's current version:
 * a draft is edited in place, a submitted or decided version is followed by a new version that
 * holds them. Associations are made once and stay: the API has no call that undoes one.
 */
export interface RegistrationResourceProperties extends ReleasableResourceProperties, TaggableResourceProperties {
  readonly RegistrationType: string;
  /** Reconcile deletes only field values that the previous properties declared. */
  readonly Fields?: RegistrationFieldResourceProperties[];
  /** Whether a version that holds the declared fields is submitted for review. */
  readonly Submit: boolean;
  /** The phone numbers, sender IDs and registrations it is associated with, by id or ARN. */
  readonly Associations?: string[];
}

/** The value of one field: exactly one of text, select choices and an attachment. */
export interface RegistrationFieldResourceProperties {
  readonly FieldPath: string;
  readonly TextValue?: string;
  readonly SelectChoices?: string[];
  readonly RegistrationAttachmentId?: string;
}

export const REGISTRATION: ResourceContract<RegistrationResourceProperties> = {
  resourceType: 'Custom::SmsVoiceRegistration',
  noun: 'registration',
  schemaVersions: ['1'],
  schema: {
    RegistrationType: fields.string,
    Fields: fields.optionalObjectList({
      FieldPath: fields.string,
      TextValue: fields.optionalString,
      SelectChoices: fields.optionalStringList,
      RegistrationAttachmentId: fields.optionalString,
    }),
    Submit: fields.boolean,
    Associations: fields.optionalStringList,
    ReleaseOnDelete: fields.boolean,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: { RegistrationType: 'registrationType' },
  arnResourceType: 'registration',
  attributes: {
    ID: 'RegistrationId',
    ARN: 'RegistrationArn',
    STATUS: 'RegistrationStatus',
    VERSION_NUMBER: 'VersionNumber',
    VERSION_STATUS: 'VersionStatus',
    DENIED_REASONS: 'DeniedReasons',
  },
  violations: registrationViolations,
};
