import type {
  DeleteRegistrationFieldValueRequest,
  DeleteRegistrationFieldValueResult,
  DescribeRegistrationFieldDefinitionsRequest,
  DescribeRegistrationFieldDefinitionsResult,
  DescribeRegistrationFieldValuesRequest,
  DescribeRegistrationFieldValuesResult,
  DescribeRegistrationSectionDefinitionsRequest,
  DescribeRegistrationSectionDefinitionsResult,
  DescribeRegistrationTypeDefinitionsRequest,
  DescribeRegistrationTypeDefinitionsResult,
  PutRegistrationFieldValueRequest,
  PutRegistrationFieldValueResult,
  RegistrationFieldDefinition,
  RegistrationFieldValueInformation,
  RegistrationTypeFilterName,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { conflict, FieldError, invalidField, notFound, validationError } from '../errors';
import { paginate } from '../pagination';
import { REGISTRATION_TYPES, RegistrationTypeForm } from '../registration-types';
import type { RegistrationFieldValueRecord, RegistrationRecord, RegistrationVersionRecord } from '../state';
import { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues } from './filters';
import { findRegistrationAttachment } from './registration-attachments';
import { currentVersion, findRegistration, formOf } from './registrations';

/** The current version, which must be a DRAFT to take a change of its field values. */
function editableVersion(record: RegistrationRecord): RegistrationVersionRecord {
  const version = currentVersion(record);
  if (version.status !== 'DRAFT') {
    throw conflict('EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED', 'registration', record.id,
      `Version ${version.versionNumber} of the registration ${record.id} is ${version.status}: only a DRAFT's field values can change.`);
  }
  return version;
}

function fieldDefinition(form: RegistrationTypeForm, fieldPath: string): RegistrationFieldDefinition {
  const definition = form.fields.find(f => f.FieldPath === fieldPath);
  if (!definition) {
    throw invalidField('UNKNOWN_REGISTRATION_FIELD', 'FieldPath',
      `The field ${fieldPath} does not exist in the registration type ${form.definition.RegistrationType}.`);
  }
  return definition;
}

/** What is wrong with a value for a field, by the field's type and validation rules. */
function valueErrors(context: ActionContext, definition: RegistrationFieldDefinition, input: PutRegistrationFieldValueRequest): FieldError[] {
  const given = [input.TextValue !== undefined && 'TextValue', input.SelectChoices !== undefined && 'SelectChoices',
    input.RegistrationAttachmentId !== undefined && 'RegistrationAttachmentId'].filter((m): m is string => typeof m === 'string');
  const expected = { TEXT: 'TextValue', SELECT: 'SelectChoices', ATTACHMENT: 'RegistrationAttachmentId' }[definition.FieldType!];
  if (given.length !== 1 || given[0] !== expected) {
    return [{ Name: expected, Message: `${definition.FieldPath} is a ${definition.FieldType} field: give it ${expected} only.` }];
  }
  const path = definition.FieldPath!;
  if (definition.FieldType === 'TEXT') {
    const { MinLength = 0, MaxLength = Infinity, Pattern } = definition.TextValidation ?? {};
    const text = input.TextValue!;
    if (text.length < MinLength || text.length > MaxLength) return [{ Name: path, Message: `${path} must be ${MinLength} to ${MaxLength} characters long.` }];
    if (Pattern && !new RegExp(`^(?:${Pattern})$`, 'u').test(text)) return [{ Name: path, Message: `${path} must match ${Pattern}.` }];
  }
  if (definition.FieldType === 'SELECT') {
    const { MinChoices = 0, MaxChoices = Infinity, Options = [] } = definition.SelectValidation ?? {};
    const choices = input.SelectChoices!;
    if (choices.length < MinChoices || choices.length > MaxChoices) return [{ Name: path, Message: `${path} takes ${MinChoices} to ${MaxChoices} choices.` }];
    const unknown = choices.filter(c => !Options.includes(c));
    if (unknown.length > 0) return [{ Name: path, Message: `${path} takes none of ${unknown.join(', ')}: its options are ${Options.join(', ')}.` }];
  }
  if (definition.FieldType === 'ATTACHMENT') {
    const attachment = findRegistrationAttachment(context, input.RegistrationAttachmentId!);
    if (context.statuses.statusOf(attachment.transition) !== 'UPLOAD_COMPLETE') {
      return [{ Name: path, Message: `The attachment ${attachment.id} is not UPLOAD_COMPLETE.` }];
    }
    return [];
  }
  return [];
}

/** Puts a value on the current DRAFT, replacing the field's value, after the field's own validation. */
type PutRegistrationFieldValueHandler = ActionHandler<PutRegistrationFieldValueRequest, Wire<PutRegistrationFieldValueResult>>;

const putRegistrationFieldValue: PutRegistrationFieldValueHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const version = editableVersion(record);
  const definition = fieldDefinition(formOf(record.registrationType), input.FieldPath!);
  const errors = valueErrors(context, definition, input);
  if (errors.length > 0) throw validationError('FIELD_VALIDATION_FAILED', errors);
  const attachmentId = input.RegistrationAttachmentId && findRegistrationAttachment(context, input.RegistrationAttachmentId).id;
  const value: RegistrationFieldValueRecord = {
    fieldPath: input.FieldPath!,
    textValue: input.TextValue,
    selectChoices: input.SelectChoices && [...input.SelectChoices],
    registrationAttachmentId: attachmentId || undefined,
  };
  version.fieldValues.set(value.fieldPath, value);
  return fieldValueResult(record, version, value);
};

type DeleteRegistrationFieldValueHandler = ActionHandler<DeleteRegistrationFieldValueRequest, Wire<DeleteRegistrationFieldValueResult>>;

const deleteRegistrationFieldValue: DeleteRegistrationFieldValueHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const version = editableVersion(record);
  fieldDefinition(formOf(record.registrationType), input.FieldPath!);
  const value = version.fieldValues.get(input.FieldPath!);
  if (!value) throw notFound('registration', `${record.id} field ${input.FieldPath}`);
  version.fieldValues.delete(value.fieldPath);
  return fieldValueResult(record, version, value);
};

function fieldValueInformation(value: RegistrationFieldValueRecord): Wire<RegistrationFieldValueInformation> {
  return {
    FieldPath: value.fieldPath,
    TextValue: value.textValue,
    SelectChoices: value.selectChoices,
    RegistrationAttachmentId: value.registrationAttachmentId,
    DeniedReason: value.deniedReason,
  };
}

/** What PutRegistrationFieldValue and DeleteRegistrationFieldValue answer: the value, on its registration and version. */
function fieldValueResult(record: RegistrationRecord, version: RegistrationVersionRecord, value: RegistrationFieldValueRecord):
Wire<PutRegistrationFieldValueResult> {
  const { DeniedReason, ...information } = fieldValueInformation(value);
  return { RegistrationArn: record.arn, RegistrationId: record.id, VersionNumber: version.versionNumber, ...information, FieldPath: value.fieldPath };
}

type DescribeRegistrationFieldValuesHandler = ActionHandler<DescribeRegistrationFieldValuesRequest, Wire<DescribeRegistrationFieldValuesResult>>;

const describeRegistrationFieldValues: DescribeRegistrationFieldValuesHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const version = input.VersionNumber === undefined ? currentVersion(record) : record.versions.find(v => v.versionNumber === input.VersionNumber);
  if (!version) throw invalidField('UNKNOWN_REGISTRATION_VERSION', 'VersionNumber', `Version ${input.VersionNumber} of ${record.id} does not exist.`);
  const values = [...version.fieldValues.values()]
    .filter(v => (input.SectionPath === undefined || v.fieldPath.split('.')[0] === input.SectionPath)
      && (input.FieldPaths === undefined || input.FieldPaths.includes(v.fieldPath)));
  const page = paginate(values, v => v.fieldPath, input.NextToken, input.MaxResults);
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    VersionNumber: version.versionNumber,
    RegistrationFieldValues: page.items.map(fieldValueInformation),
    NextToken: page.nextToken,
  };
};

type DescribeRegistrationTypeDefinitionsHandler =
  ActionHandler<DescribeRegistrationTypeDefinitionsRequest, Wire<DescribeRegistrationTypeDefinitionsResult>>;

const describeRegistrationTypeDefinitions: DescribeRegistrationTypeDefinitionsHandler = input => {
  const filterValues: FilterValues<RegistrationTypeForm, RegistrationTypeFilterName> = {
    'supported-association-resource-type': f => (f.definition.SupportedAssociations ?? []).map(s => s.ResourceType!),
    'supported-association-iso-country-code': f => (f.definition.SupportedAssociations ?? []).flatMap(s => s.IsoCountryCode ? [s.IsoCountryCode] : []),
  };
  const page = describePage(input, {
    byName: { member: 'RegistrationTypes', names: input.RegistrationTypes, find: formOf },
    all: () => REGISTRATION_TYPES.values(),
    filterValues,
    keyOf: f => f.definition.RegistrationType!,
  });
  return { RegistrationTypeDefinitions: page.items.map(f => f.definition), NextToken: page.nextToken };
};

const describeRegistrationSectionDefinitions: ActionHandler<DescribeRegistrationSectionDefinitionsRequest,
  Wire<DescribeRegistrationSectionDefinitionsResult>> = input => {
  const form = formOf(input.RegistrationType!);
  for (const path of input.SectionPaths ?? []) {
    if (!form.sections.some(s => s.SectionPath === path)) {
      throw invalidField('UNKNOWN_REGISTRATION_SECTION', 'SectionPaths', `The section ${path} does not exist in ${input.RegistrationType}.`);
    }
  }
  const sections = form.sections.filter(s => input.SectionPaths === undefined || input.SectionPaths.includes(s.SectionPath!));
  const page = paginate(sections, s => s.SectionPath!, input.NextToken, input.MaxResults);
  return { RegistrationType: input.RegistrationType, RegistrationSectionDefinitions: page.items, NextToken: page.nextToken };
};

type DescribeRegistrationFieldDefinitionsHandler =
  ActionHandler<DescribeRegistrationFieldDefinitionsRequest, Wire<DescribeRegistrationFieldDefinitionsResult>>;

const describeRegistrationFieldDefinitions: DescribeRegistrationFieldDefinitionsHandler = input => {
  const form = formOf(input.RegistrationType!);
  if (input.SectionPath !== undefined && !form.sections.some(s => s.SectionPath === input.SectionPath)) {
    throw invalidField('UNKNOWN_REGISTRATION_SECTION', 'SectionPath', `The section ${input.SectionPath} does not exist in ${input.RegistrationType}.`);
  }
  const fields = form.fields.filter(f => (input.SectionPath === undefined || f.SectionPath === input.SectionPath)
      && (input.FieldPaths === undefined || input.FieldPaths.includes(f.FieldPath!)));
    // in the form's order, which paginate keeps with a zero-padded position as the key
  const ordered = fields.map((definition, index) => ({ definition, key: String(index).padStart(4, '0') }));
  const page = paginate(ordered, f => f.key, input.NextToken, input.MaxResults);
  return { RegistrationType: input.RegistrationType, RegistrationFieldDefinitions: page.items.map(f => f.definition), NextToken: page.nextToken };
};

export const REGISTRATION_FIELD_ACTIONS = {
  PutRegistrationFieldValue: putRegistrationFieldValue,
  DeleteRegistrationFieldValue: deleteRegistrationFieldValue,
  DescribeRegistrationFieldValues: describeRegistrationFieldValues,
  DescribeRegistrationTypeDefinitions: describeRegistrationTypeDefinitions,
  DescribeRegistrationSectionDefinitions: describeRegistrationSectionDefinitions,
  DescribeRegistrationFieldDefinitions: describeRegistrationFieldDefinitions,
};
