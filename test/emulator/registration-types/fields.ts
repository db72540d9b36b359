import type {
  FieldRequirement,
  RegistrationFieldDefinition,
  RegistrationSectionDefinition,
  RegistrationTypeDefinition,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** A registration type as the definition actions describe it: the type, its sections and its fields, in display order. */
export interface RegistrationTypeDefinitions {
  readonly type: RegistrationTypeDefinition;
  readonly sections: readonly RegistrationSectionDefinition[];
  readonly fields: readonly RegistrationFieldDefinition[];
}

/** Any text at all, for fields whose only rule is their length. */
export const ANY_TEXT = '^[\\s\\S]*$';
export const EMAIL = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';
export const E164 = '^\\+[1-9][0-9]{1,14}$';
export const URL = '^https?://\\S+$';
export const US_ZIP_CODE = '^[0-9]{5}(-[0-9]{4})?$';
export const ISO_COUNTRY_CODE = '^[A-Z]{2}$';

export interface Hints {
  readonly title: string;
  readonly description: string;
  readonly example?: string;
}

export interface TextRule {
  readonly min?: number;
  readonly max: number;
  readonly pattern?: string;
}

export function section(sectionPath: string, title: string, description: string): RegistrationSectionDefinition {
  return { SectionPath: sectionPath, DisplayHints: { Title: title, ShortDescription: description } };
}

function sectionOf(fieldPath: string): string {
  return fieldPath.slice(0, fieldPath.indexOf('.'));
}

/** A TEXT field; `fieldPath` is `<section>.<field>`. */
export function text(fieldPath: string, requirement: FieldRequirement, rule: TextRule, hints: Hints): RegistrationFieldDefinition {
  return {
    SectionPath: sectionOf(fieldPath),
    FieldPath: fieldPath,
    FieldType: 'TEXT',
    FieldRequirement: requirement,
    TextValidation: { MinLength: rule.min ?? 1, MaxLength: rule.max, Pattern: rule.pattern ?? ANY_TEXT },
    DisplayHints: { Title: hints.title, ShortDescription: hints.description, ...hints.example ? { ExampleTextValue: hints.example } : {} },
  };
}

/** A SELECT field that takes exactly one of `options` unless `choices` says otherwise. */
export function select(fieldPath: string, requirement: FieldRequirement, options: readonly string[], hints: Hints,
  choices: { readonly min: number; readonly max: number } = { min: 1, max: 1 }): RegistrationFieldDefinition {
  return {
    SectionPath: sectionOf(fieldPath),
    FieldPath: fieldPath,
    FieldType: 'SELECT',
    FieldRequirement: requirement,
    SelectValidation: { MinChoices: choices.min, MaxChoices: choices.max, Options: [...options] },
    DisplayHints: { Title: hints.title, ShortDescription: hints.description },
  };
}

/** An ATTACHMENT field: the id of a registration attachment. */
export function attachment(fieldPath: string, requirement: FieldRequirement, hints: Hints): RegistrationFieldDefinition {
  return {
    SectionPath: sectionOf(fieldPath),
    FieldPath: fieldPath,
    FieldType: 'ATTACHMENT',
    FieldRequirement: requirement,
    DisplayHints: { Title: hints.title, ShortDescription: hints.description },
  };
}
