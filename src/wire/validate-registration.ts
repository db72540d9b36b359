import type { RegistrationFieldResourceProperties, RegistrationResourceProperties } from './registration-properties';
import { checkTags } from './rules';
import { IsUnresolved, Violations } from './violations';

/** The construct property that declares a field's value, such as `fields['companyInfo.companyName']`. */
export function fieldProperty(fieldPath: string): string {
  return `fields['${fieldPath}']`;
}

export function registrationViolations(properties: RegistrationResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved).shape('registrationType', properties.RegistrationType, 'RegistrationType');
  const fieldValues = properties.Fields ?? [];
  v.unique('fields', fieldValues.map(f => f.FieldPath));
  for (const field of fieldValues) checkFieldValue(v, field);
  const associations = properties.Associations ?? [];
  v.unique('associations', associations);
  associations.forEach(resource => v.shape('associations', resource, 'ResourceIdOrArn'));
  return checkTags(v, properties.Tags);
}

function checkFieldValue(v: Violations, field: RegistrationFieldResourceProperties): void {
  const property = fieldProperty(field.FieldPath);
  v.shape('field path', field.FieldPath, 'FieldPath');
  const kinds = [field.TextValue, field.SelectChoices, field.RegistrationAttachmentId].filter(value => value !== undefined);
  v.require(property, field.FieldPath, kinds.length === 1, 'must have exactly one value: a text, select choices or an attachment');
  v.shape(property, field.TextValue, 'TextValue');
  v.count(property, field.SelectChoices, 'SelectChoiceList');
  (field.SelectChoices ?? []).forEach(choice => v.shape(`choice of ${property}`, choice, 'SelectChoice'));
  v.shape(`attachment of ${property}`, field.RegistrationAttachmentId, 'RegistrationAttachmentIdOrArn');
}
