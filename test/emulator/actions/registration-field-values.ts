import type {
  DeleteRegistrationFieldValueRequest,
  DeleteRegistrationFieldValueResult,
  DescribeRegistrationFieldValuesRequest,
  DescribeRegistrationFieldValuesResult,
  PutRegistrationFieldValueRequest,
  PutRegistrationFieldValueResult,
  RegistrationFieldDefinition,
  RegistrationFieldValueInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { FieldError, notFound, validationError } from '../errors';
import type { RegistrationFieldValueRecord, RegistrationRecord } from '../state';
import type { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';
import { describePage } from './describe';
import { findRegistrationAttachment } from './registration-attachments';
import { definitionsOf, fieldDefinitionOf, positionKey, selectedFields } from './registration-definitions';
import { currentVersion, findRegistration, requireCurrentVersion } from './registration-records';
import { findVersion } from './registration-versions';

/** The request member that carries a value of each field type. */
const VALUE_MEMBERS = { TEXT: 'TextValue', SELECT: 'SelectChoices', ATTACHMENT: 'RegistrationAttachmentId' } as const;

function textErrors(field: RegistrationFieldDefinition, value: string): string[] {
  const { MinLength: min, MaxLength: max, Pattern: pattern } = field.TextValidation!;
  const errors: string[] = [];
  if (value.length < min! || value.length > max!) errors.push(`is ${value.length} characters long; it must be ${min} to ${max}`);
  if (!new RegExp(pattern!).test(value)) errors.push(`does not match ${pattern}`);
  return errors;
}

function selectErrors(field: RegistrationFieldDefinition, choices: readonly string[]): string[] {
  const { MinChoices: min, MaxChoices: max, Options: options } = field.SelectValidation!;
  const errors = choices.filter(c => !options!.includes(c)).map(c => `has the choice ${c}, which is not one of ${options!.join(', ')}`);
  if (choices.length < min! || choices.length > max!) errors.push(`has ${choices.length} choices; it takes ${min} to ${max}`);
  return errors;
}

function attachmentErrors(context: ActionContext, attachmentIdOrArn: string): string[] {
  const status = context.statuses.statusOf(findRegistrationAttachment(context, attachmentIdOrArn).transition);
  return status === 'UPLOAD_COMPLETE' ? [] : [`names the registration attachment ${attachmentIdOrArn}, which is ${status}, not UPLOAD_COMPLETE`];
}

/**
 * The value, checked against the field's definition: exactly the member of its field type, and
 * what its TextValidation or SelectValidation allows; ValidationException FIELD_VALIDATION_FAILED
 * with every problem.
 */
function checkedValue(
  context: ActionContext, field: RegistrationFieldDefinition, input: PutRegistrationFieldValueRequest,
): RegistrationFieldValueRecord {
  const path = field.FieldPath!;
  const expected = VALUE_MEMBERS[field.FieldType as keyof typeof VALUE_MEMBERS];
  const given = Object.values(VALUE_MEMBERS).filter(member => input[member] !== undefined);
  const problems = given.filter(member => member !== expected).map(member => `is a ${field.FieldType} field, so it takes ${expected}, not ${member}`);
  if (given.length === 0) problems.push(`is a ${field.FieldType} field: give its value in ${expected}`);
  if (problems.length === 0) {
    if (input.TextValue !== undefined) problems.push(...textErrors(field, input.TextValue));
    if (input.SelectChoices !== undefined) problems.push(...selectErrors(field, input.SelectChoices));
    if (input.RegistrationAttachmentId !== undefined) problems.push(...attachmentErrors(context, input.RegistrationAttachmentId));
  }
  const errors: FieldError[] = problems.map(problem => ({ Name: path, Message: `${path} ${problem}` }));
  if (errors.length > 0) throw validationError('FIELD_VALIDATION_FAILED', errors);
  const attachmentId = input.RegistrationAttachmentId && findRegistrationAttachment(context, input.RegistrationAttachmentId).id;
  return {
    fieldPath: path,
    textValue: input.TextValue,
    selectChoices: input.SelectChoices && [...input.SelectChoices],
    registrationAttachmentId: attachmentId,
  };
}

function valueMembers(value: RegistrationFieldValueRecord) {
  return {
    FieldPath: value.fieldPath,
    SelectChoices: value.selectChoices && [...value.selectChoices],
    TextValue: value.textValue,
    RegistrationAttachmentId: value.registrationAttachmentId,
  };
}

function valueAnswer(record: RegistrationRecord, versionNumber: number, value: RegistrationFieldValueRecord) {
  return { RegistrationArn: record.arn, RegistrationId: record.id, VersionNumber: versionNumber, ...valueMembers(value) };
}

/** Replaces the field's value in the current version, which must be a DRAFT. */
const putRegistrationFieldValue: ActionHandler<PutRegistrationFieldValueRequest, Wire<PutRegistrationFieldValueResult>> = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const field = fieldDefinitionOf(definitionsOf(record.registrationType), input.FieldPath!);
  const version = requireCurrentVersion(record, ['DRAFT'], 'EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED');
  const value = checkedValue(context, field, input);
  version.fieldValues.set(value.fieldPath, value);
  return valueAnswer(record, version.versionNumber, value);
};

/** Removes the field's value from the current DRAFT version; ResourceNotFoundException if it has none. */
type DeleteHandler = ActionHandler<DeleteRegistrationFieldValueRequest, Wire<DeleteRegistrationFieldValueResult>>;

const deleteRegistrationFieldValue: DeleteHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const path = fieldDefinitionOf(definitionsOf(record.registrationType), input.FieldPath!).FieldPath!;
  const version = requireCurrentVersion(record, ['DRAFT'], 'EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED');
  const value = version.fieldValues.get(path);
  if (!value) throw notFound('registration', `${record.id} ${path}`);
  version.fieldValues.delete(path);
  return valueAnswer(record, version.versionNumber, value);
};

function fieldValueInformation(value: RegistrationFieldValueRecord): Wire<RegistrationFieldValueInformation> {
  return { ...valueMembers(value), DeniedReason: value.deniedReason };
}

type DescribeHandler = ActionHandler<DescribeRegistrationFieldValuesRequest, Wire<DescribeRegistrationFieldValuesResult>>;

/** The values of a version (the current one unless VersionNumber says), in the order of the type's fields. */
const describeRegistrationFieldValues: DescribeHandler = (input, context) => {
  const record = findRegistration(context, input.RegistrationId!);
  const version = input.VersionNumber === undefined ? currentVersion(record) : findVersion(record, input.VersionNumber, 'VersionNumber');
  const definitions = definitionsOf(record.registrationType);
  const fields = selectedFields(definitions, input.SectionPath, input.FieldPaths);
  const page = describePage(input, {
    all: () => fields.flatMap(f => version.fieldValues.get(f.FieldPath!) ?? []),
    filterValues: {},
    keyOf: v => positionKey(definitions.fields.findIndex(f => f.FieldPath === v.fieldPath)),
  });
  return {
    RegistrationArn: record.arn,
    RegistrationId: record.id,
    VersionNumber: version.versionNumber,
    RegistrationFieldValues: page.items.map(fieldValueInformation),
    NextToken: page.nextToken,
  };
};

export const REGISTRATION_FIELD_VALUE_ACTIONS = {
  PutRegistrationFieldValue: putRegistrationFieldValue,
  DeleteRegistrationFieldValue: deleteRegistrationFieldValue,
  DescribeRegistrationFieldValues: describeRegistrationFieldValues,
};
