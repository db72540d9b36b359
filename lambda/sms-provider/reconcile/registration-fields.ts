import { RegistrationFieldDefinition } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PlannedCall } from './calls';
import { RegistrationFieldResourceProperties } from '../../../src/wire/registration-properties';
import { fieldProperty } from '../../../src/wire/validate-registration';

/** The value of one field, as the service has it or as the properties declare it. */
export type FieldValue = Omit<RegistrationFieldResourceProperties, 'FieldPath'>;

/** Field values by field path. */
export type FieldValues = ReadonlyMap<string, FieldValue>;

/** What a registration type's form is made of, as the Describe…Definitions actions give it. */
export interface RegistrationForm {
  readonly registrationType: string;
  readonly sectionPaths: readonly string[];
  readonly fields: readonly RegistrationFieldDefinition[];
}

export function fieldValuesOf(fields: readonly RegistrationFieldResourceProperties[] | undefined): FieldValues {
  return new Map((fields ?? []).map(({ FieldPath, ...value }) => [FieldPath, value]));
}

/**
 * What is wrong with the declared fields, checked against the form's definitions, each naming the
 * field: unknown sections and fields (with the valid paths), values of the wrong kind, texts out of
 * length or pattern, choices not offered or too many; and, for a registration about to be
 * submitted, required fields without a value.
 */
export function fieldViolations(form: RegistrationForm, declared: FieldValues, submitting: boolean): string[] {
  const definitions = new Map(form.fields.map(field => [field.FieldPath ?? '', field]));
  const problems: string[] = [];
  for (const [path, value] of declared) {
    const definition = definitions.get(path);
    if (definition) problems.push(...valueViolations(definition, value).map(problem => `${fieldProperty(path)}: ${problem}`));
    else problems.push(`${fieldProperty(path)}: ${unknownField(form, path)}`);
  }
  if (submitting) {
    for (const field of form.fields) {
      if (field.FieldRequirement === 'REQUIRED' && !declared.has(field.FieldPath ?? '')) {
        problems.push(`${fieldProperty(field.FieldPath ?? '')}: is required to submit a ${form.registrationType}`
          + ` (${field.DisplayHints?.Title ?? field.FieldType}), but has no value`);
      }
    }
  }
  return problems;
}

function unknownField(form: RegistrationForm, path: string): string {
  const section = path.split('.')[0];
  if (!form.sectionPaths.includes(section)) {
    return `is not a field of ${form.registrationType}: it has no section '${section}'; its sections are ${form.sectionPaths.join(', ')}`;
  }
  const paths = form.fields.filter(field => field.SectionPath === section).map(field => field.FieldPath);
  return `is not a field of section '${section}' of ${form.registrationType}; its fields are ${paths.join(', ')}`;
}

function valueViolations(definition: RegistrationFieldDefinition, value: FieldValue): string[] {
  switch (definition.FieldType) {
    case 'TEXT': return value.TextValue === undefined ? [wrongKind(definition, 'text')] : textViolations(definition, value.TextValue);
    case 'SELECT': return value.SelectChoices === undefined ? [wrongKind(definition, 'select')] : choiceViolations(definition, value.SelectChoices);
    case 'ATTACHMENT': return value.RegistrationAttachmentId === undefined ? [wrongKind(definition, 'attachment')] : [];
    default: return [];
  }
}

function wrongKind(definition: RegistrationFieldDefinition, factory: string): string {
  const type = definition.FieldType ?? '';
  return `is ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} field: give it RegistrationFieldValue.${factory}(…)`;
}

function textViolations(definition: RegistrationFieldDefinition, text: string): string[] {
  const rule = definition.TextValidation;
  if (!rule) return [];
  const problems: string[] = [];
  const min = rule.MinLength ?? 0;
  const max = rule.MaxLength ?? Infinity;
  if (text.length < min || text.length > max) {
    problems.push(`${quote(text)} must be ${min} to ${max} characters long, but is ${text.length}`);
  } else if (rule.Pattern && !new RegExp(`^(?:${rule.Pattern})$`, 'u').test(text)) {
    problems.push(`${quote(text)} ${notInForm(definition, rule.Pattern)}`);
  }
  return problems;
}

/** The field definition's own words for the form its text takes; its pattern only where it gives none. */
function notInForm(definition: RegistrationFieldDefinition, pattern: string): string {
  const description = definition.DisplayHints?.TextValidationDescription;
  const example = definition.DisplayHints?.ExampleTextValue;
  if (description) return `is not in the form this field takes: ${description}${example ? `, such as ${example}` : ''}`;
  if (example) return `is not in the form this field takes, such as ${example}`;
  return `is not in the form this field takes (the registration type gives no description, only the pattern ${pattern})`;
}

function choiceViolations(definition: RegistrationFieldDefinition, choices: readonly string[]): string[] {
  const rule = definition.SelectValidation;
  if (!rule) return [];
  const problems: string[] = [];
  const min = rule.MinChoices ?? 0;
  const max = rule.MaxChoices ?? Infinity;
  if (choices.length < min || choices.length > max) problems.push(`must have ${min} to ${max} choices, but has ${choices.length}`);
  const options = rule.Options ?? [];
  for (const choice of choices) {
    if (!options.includes(choice)) problems.push(`choice ${quote(choice)} is not one of ${options.join(', ')}`);
  }
  return problems;
}

/** At most 100 characters of a value, quoted, for messages. */
function quote(text: string): string {
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 97)}...` : text);
}

/**
 * The calls that bring the draft's field values to the declared ones: a Delete for each field the
 * previous properties declared and these do not, then a Put for each field that is missing or different.
 */
export function planFieldValues(registrationId: string, desired: FieldValues, actual: FieldValues, declaredBefore: FieldValues): PlannedCall[] {
  const puts: PlannedCall[] = [...desired]
    .filter(([path, value]) => !sameFieldValue(value, actual.get(path)))
    .map(([FieldPath, value]) => ({ action: 'PutRegistrationFieldValue', input: { RegistrationId: registrationId, FieldPath, ...value } }));
  const deletes: PlannedCall[] = [...declaredBefore.keys()]
    .filter(path => !desired.has(path) && actual.has(path))
    .map(FieldPath => ({ action: 'DeleteRegistrationFieldValue', input: { RegistrationId: registrationId, FieldPath } }));
  return [...deletes, ...puts];
}

export function sameFieldValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.TextValue === b.TextValue
    && a.RegistrationAttachmentId === b.RegistrationAttachmentId
    && JSON.stringify(a.SelectChoices ?? []) === JSON.stringify(b.SelectChoices ?? []);
}
