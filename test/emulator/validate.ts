import { FieldError, validationError, ServiceError } from './errors';
import { MAPS, MapInfo, OPERATIONS, SHAPES, STRUCTURES, StructureInfo } from './generated/operations.generated';
import type { ShapeConstraint } from '../../src/wire/service-constraints';

/**
 * Validates a request body against the service model, as the service's framework does before an
 * action runs: required members, types, lengths, patterns, enums, ranges, list and map sizes.
 *
 * Members the model does not know are ignored, as awsJson services ignore them.
 * Field names are member paths: `ConfigurationSetName`, `Tags[0].Key`, `MatchingEventTypes[2]`.
 * Reason: CANNOT_PARSE when a value has the wrong JSON type, FIELD_VALIDATION_FAILED otherwise.
 */
export function validateInput(action: string, input: unknown): ServiceError | undefined {
  const operation = OPERATIONS[action];
  if (!operation?.input) return undefined;
  const problems: Problem[] = [];
  checkShape(operation.input, input, '', problems);
  if (problems.length === 0) return undefined;
  const reason = problems.some(p => p.wrongType) ? 'CANNOT_PARSE' : 'FIELD_VALIDATION_FAILED';
  return validationError(reason, problems.map(p => ({ Name: p.Name, Message: p.Message })));
}

interface Problem extends FieldError {
  readonly wrongType: boolean;
}

function checkShape(shapeName: string, value: unknown, path: string, problems: Problem[]): void {
  const structure = STRUCTURES[shapeName];
  if (structure) return checkStructure(structure, value, path, problems);
  const map = MAPS[shapeName];
  if (map) return checkMap(map, value, path, problems);
  const shape = SHAPES[shapeName];
  if (!shape) throw new Error(`the service model has no shape ${shapeName}`);
  if (shape.type === 'list') return checkList(shape, value, path, problems);
  return checkScalar(shape, value, path, problems);
}

function checkStructure(structure: StructureInfo, value: unknown, path: string, problems: Problem[]): void {
  if (!isObject(value)) return wrongType(path, value, 'a structure', problems);
  for (const member of structure.required) {
    if (value[member] === undefined || value[member] === null) {
      problems.push({ Name: join(path, member), Message: `Value at '${join(path, member)}' failed to satisfy constraint: Member must not be null`, wrongType: false });
    }
  }
  const present = Object.keys(structure.members).filter(m => value[m] !== undefined && value[m] !== null);
  if (structure.union && present.length !== 1) {
    problems.push({ Name: path || 'input', Message: `Exactly one member of '${path}' must be set, but ${present.length} are`, wrongType: false });
  }
  for (const member of present) {
    checkShape(structure.members[member], value[member], join(path, member), problems);
  }
}

function checkList(shape: ShapeConstraint, value: unknown, path: string, problems: Problem[]): void {
  if (!Array.isArray(value)) return wrongType(path, value, 'a list', problems);
  checkSize(shape, value.length, path, 'items', problems);
  value.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    if (item === null || item === undefined) {
      problems.push({ Name: itemPath, Message: `Value at '${itemPath}' failed to satisfy constraint: Member must not be null`, wrongType: false });
    } else {
      checkShape(shape.member!, item, itemPath, problems);
    }
  });
}

function checkMap(map: MapInfo, value: unknown, path: string, problems: Problem[]): void {
  if (!isObject(value)) return wrongType(path, value, 'a map', problems);
  const entries = Object.entries(value);
  checkSize(map, entries.length, path, 'entries', problems);
  for (const [key, item] of entries) {
    checkShape(map.key, key, `${path}.${key}(key)`, problems);
    checkShape(map.value, item, `${path}.${key}`, problems);
  }
}

function checkScalar(shape: ShapeConstraint, value: unknown, path: string, problems: Problem[]): void {
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') return wrongType(path, value, 'a string', problems);
      return checkString(shape, value, path, problems);
    case 'blob':
      if (typeof value !== 'string') return wrongType(path, value, 'base64-encoded data', problems);
      return checkSize(shape, Buffer.from(value, 'base64').length, path, 'bytes', problems);
    case 'boolean':
      if (typeof value !== 'boolean') return wrongType(path, value, 'a boolean', problems);
      return;
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType(path, value, 'an integer', problems);
      return checkRange(shape, value, path, problems);
    case 'timestamp':
    case 'double':
    case 'float':
      if (typeof value !== 'number') return wrongType(path, value, 'a number', problems);
      return checkRange(shape, value, path, problems);
    default:
      throw new Error(`unsupported shape type ${shape.type} at ${path}`);
  }
}

function checkString(shape: ShapeConstraint, value: string, path: string, problems: Problem[]): void {
  const constraint = (rule: string) => problems.push({
    Name: path,
    Message: `Value '${value}' at '${path}' failed to satisfy constraint: ${rule}`,
    wrongType: false,
  });
  const length = [...value].length;
  if (shape.min !== undefined && length < shape.min) constraint(`Member must have length greater than or equal to ${shape.min}`);
  if (shape.max !== undefined && length > shape.max) constraint(`Member must have length less than or equal to ${shape.max}`);
  if (shape.pattern !== undefined && !fullMatch(shape.pattern, value)) constraint(`Member must satisfy regular expression pattern: ${shape.pattern}`);
  if (shape.enum && !shape.enum.includes(value)) constraint(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
}

function checkRange(shape: ShapeConstraint, value: number, path: string, problems: Problem[]): void {
  const constraint = (rule: string) => problems.push({
    Name: path,
    Message: `Value '${value}' at '${path}' failed to satisfy constraint: ${rule}`,
    wrongType: false,
  });
  if (shape.min !== undefined && value < shape.min) constraint(`Member must have value greater than or equal to ${shape.min}`);
  if (shape.max !== undefined && value > shape.max) constraint(`Member must have value less than or equal to ${shape.max}`);
}

function checkSize(limits: { readonly min?: number; readonly max?: number }, size: number, path: string, unit: string, problems: Problem[]): void {
  const constraint = (rule: string) => problems.push({
    Name: path,
    Message: `Value at '${path}' with ${size} ${unit} failed to satisfy constraint: ${rule}`,
    wrongType: false,
  });
  if (limits.min !== undefined && size < limits.min) constraint(`Member must have length greater than or equal to ${limits.min}`);
  if (limits.max !== undefined && size > limits.max) constraint(`Member must have length less than or equal to ${limits.max}`);
}

function wrongType(path: string, value: unknown, expected: string, problems: Problem[]): void {
  problems.push({ Name: path || 'input', Message: `Value ${JSON.stringify(value)} at '${path || 'input'}' cannot be parsed: expected ${expected}`, wrongType: true });
}

const patterns = new Map<string, RegExp>();

function fullMatch(pattern: string, value: string): boolean {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    patterns.set(pattern, regex);
  }
  return regex.test(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, member: string): string {
  return path ? `${path}.${member}` : member;
}
