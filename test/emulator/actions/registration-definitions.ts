import type {
  DescribeRegistrationFieldDefinitionsRequest,
  DescribeRegistrationFieldDefinitionsResult,
  DescribeRegistrationSectionDefinitionsRequest,
  DescribeRegistrationSectionDefinitionsResult,
  DescribeRegistrationTypeDefinitionsRequest,
  DescribeRegistrationTypeDefinitionsResult,
  RegistrationFieldDefinition,
  RegistrationTypeDefinition,
  RegistrationTypeFilterName,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { invalidField } from '../errors';
import { REGISTRATION_TYPES, RegistrationTypeDefinitions } from '../registration-types';
import type { Wire } from '../wire';
import type { ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues } from './filters';

/** The definitions of a registration type; ValidationException UNKNOWN_REGISTRATION_TYPE if the emulator has none. */
export function definitionsOf(registrationType: string, member = 'RegistrationType'): RegistrationTypeDefinitions {
  const definitions = REGISTRATION_TYPES[registrationType];
  if (!definitions) {
    throw invalidField('UNKNOWN_REGISTRATION_TYPE', member,
      `${registrationType} is not a registration type (${Object.keys(REGISTRATION_TYPES).join(', ')})`);
  }
  return definitions;
}

/** The definition of a field of a registration type; ValidationException UNKNOWN_REGISTRATION_FIELD if it has none. */
export function fieldDefinitionOf(definitions: RegistrationTypeDefinitions, fieldPath: string): RegistrationFieldDefinition {
  const field = definitions.fields.find(f => f.FieldPath === fieldPath);
  if (!field) {
    throw invalidField('UNKNOWN_REGISTRATION_FIELD', fieldPath, `${fieldPath} is not a field of ${definitions.type.RegistrationType}`);
  }
  return field;
}

/** ValidationException UNKNOWN_REGISTRATION_SECTION unless the registration type has the section. */
export function requireSection(definitions: RegistrationTypeDefinitions, sectionPath: string): void {
  if (!definitions.sections.some(s => s.SectionPath === sectionPath)) {
    throw invalidField('UNKNOWN_REGISTRATION_SECTION', sectionPath, `${sectionPath} is not a section of ${definitions.type.RegistrationType}`);
  }
}

/** A page key that keeps the definitions' display order. */
export function positionKey(position: number): string {
  return String(position).padStart(6, '0');
}

/** The fields of a type that a request's SectionPath and FieldPaths select (each must exist), in display order. */
export function selectedFields(
  definitions: RegistrationTypeDefinitions, sectionPath?: string, fieldPaths?: readonly string[],
): RegistrationFieldDefinition[] {
  if (sectionPath !== undefined) requireSection(definitions, sectionPath);
  fieldPaths?.forEach(path => fieldDefinitionOf(definitions, path));
  return definitions.fields.filter(f =>
    (sectionPath === undefined || f.SectionPath === sectionPath) && (fieldPaths === undefined || fieldPaths.includes(f.FieldPath!)));
}

type DescribeTypesHandler = ActionHandler<DescribeRegistrationTypeDefinitionsRequest, Wire<DescribeRegistrationTypeDefinitionsResult>>;

const describeRegistrationTypeDefinitions: DescribeTypesHandler = (input, _context) => {
  const filterValues: FilterValues<RegistrationTypeDefinition, RegistrationTypeFilterName> = {
    'supported-association-resource-type': t => (t.SupportedAssociations ?? []).map(a => a.ResourceType!),
    'supported-association-iso-country-code': t => (t.SupportedAssociations ?? []).flatMap(a => a.IsoCountryCode ?? []),
  };
  const page = describePage(input, {
    byName: { member: 'RegistrationTypes', names: input.RegistrationTypes, find: type => definitionsOf(type, 'RegistrationTypes').type },
    all: () => Object.values(REGISTRATION_TYPES).map(d => d.type),
    filterValues,
    keyOf: t => t.RegistrationType!,
  });
  return { RegistrationTypeDefinitions: page.items, NextToken: page.nextToken };
};

type DescribeSectionsHandler = ActionHandler<DescribeRegistrationSectionDefinitionsRequest, Wire<DescribeRegistrationSectionDefinitionsResult>>;

const describeRegistrationSectionDefinitions: DescribeSectionsHandler = (input, _context) => {
  const definitions = definitionsOf(input.RegistrationType!);
  input.SectionPaths?.forEach(path => requireSection(definitions, path));
  const sections = definitions.sections.filter(s => input.SectionPaths === undefined || input.SectionPaths.includes(s.SectionPath!));
  const page = describePage(input, {
    all: () => sections,
    filterValues: {},
    keyOf: s => positionKey(definitions.sections.indexOf(s)),
  });
  return { RegistrationType: input.RegistrationType!, RegistrationSectionDefinitions: page.items, NextToken: page.nextToken };
};

type DescribeFieldsHandler = ActionHandler<DescribeRegistrationFieldDefinitionsRequest, Wire<DescribeRegistrationFieldDefinitionsResult>>;

const describeRegistrationFieldDefinitions: DescribeFieldsHandler = (input, _context) => {
  const definitions = definitionsOf(input.RegistrationType!);
  const fields = selectedFields(definitions, input.SectionPath, input.FieldPaths);
  const page = describePage(input, {
    all: () => fields,
    filterValues: {},
    keyOf: f => positionKey(definitions.fields.indexOf(f)),
  });
  return { RegistrationType: input.RegistrationType!, RegistrationFieldDefinitions: page.items, NextToken: page.nextToken };
};

export const REGISTRATION_DEFINITION_ACTIONS = {
  DescribeRegistrationTypeDefinitions: describeRegistrationTypeDefinitions,
  DescribeRegistrationSectionDefinitions: describeRegistrationSectionDefinitions,
  DescribeRegistrationFieldDefinitions: describeRegistrationFieldDefinitions,
};
