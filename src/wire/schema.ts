import { quote } from './quote';

/**
 * How the handler reads a custom resource's properties. CloudFormation delivers every scalar as a
 * string ("true", "14"), so booleans and numbers are parsed here, once; a key the schema does not
 * name is rejected, and so is a value of the wrong shape, naming where it is.
 */

/** Keys that the Provider framework adds to every resource's properties. */
const FRAMEWORK_KEYS: readonly string[] = ['ServiceToken'];

export class DecodeError extends Error {
  constructor(subject: string, problem: string) {
    super(`Invalid ${subject} properties: ${problem}`);
    this.name = 'DecodeError';
  }
}

/** Where a value sits in the properties: `EventDestinations[0].Enabled`. */
export interface FieldPath {
  readonly subject: string;
  readonly path: string;
}

/** How one property is read: `value` is undefined when the key is absent. */
export interface Field<T> {
  read(value: unknown, at: FieldPath): T;
}

/** How every key of `T` is read: leaving a key out is a compile error. */
export type Schema<T> = { readonly [K in keyof T]-?: Field<T[K]> };

const optionalString: Field<string | undefined> = {
  read: (value, at) => value === undefined || typeof value === 'string' ? value : wrong(at, 'a string', value),
};

/** `true`/`false`, or the strings CloudFormation makes of them. */
const optionalBoolean: Field<boolean | undefined> = {
  read: (value, at) => {
    if (value === undefined || typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return wrong(at, 'a boolean ("true" or "false")', value);
  },
};

/** A number, or the string CloudFormation makes of it ("14"). */
const optionalNumber: Field<number | undefined> = {
  read: (value, at) => {
    if (value === undefined || typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
    return wrong(at, 'a number', value);
  },
};

const optionalStringList: Field<string[] | undefined> = {
  read: (value, at) => optionalArray(value, at)?.map((item, index) => {
    if (typeof item === 'string') return item;
    throw new DecodeError(at.subject, `${at.path}[${index}] must be a string, but is ${quote(item)}`);
  }),
};

/** A nested object whose keys are all in `schema`; `check` names what is wrong with it as a whole. */
function optionalObject<T>(schema: Schema<T>, check?: (value: T) => string | undefined): Field<T | undefined> {
  return { read: (value, at) => value === undefined ? undefined : readObject(schema, value, at, [], check) };
}

function optionalObjectList<T>(schema: Schema<T>, check?: (value: T) => string | undefined): Field<T[] | undefined> {
  return {
    read: (value, at) => optionalArray(value, at)?.map((item, index) =>
      readObject(schema, item, { subject: at.subject, path: `${at.path}[${index}]` }, [], check)),
  };
}

function required<T>(field: Field<T | undefined>): Field<T> {
  return {
    read: (value, at) => {
      const read = field.read(value, at);
      if (read === undefined) throw new DecodeError(at.subject, `${at.path} is required`);
      return read;
    },
  };
}

/** The fields a schema is made of. */
export const fields = {
  string: required(optionalString),
  optionalString,
  boolean: required(optionalBoolean),
  optionalBoolean,
  optionalNumber,
  stringList: required(optionalStringList),
  optionalStringList,
  optionalObject,
  optionalObjectList,
};

/**
 * The schema version of `properties`. Properties written before SchemaVersion existed have the
 * oldest shape; a version this handler never shipped is rejected.
 */
export function schemaVersion(properties: { readonly [key: string]: unknown } | undefined, subject: string,
  shipped: readonly [string, ...string[]]): string {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    throw new DecodeError(subject, `the event's ResourceProperties must be an object, but are ${quote(properties)}`);
  }
  const version = properties.SchemaVersion;
  if (version === undefined) return shipped[0];
  if ((typeof version === 'string' || typeof version === 'number') && shipped.includes(String(version))) return String(version);
  throw new DecodeError(subject, `SchemaVersion ${quote(version)} is not one this handler knows (${shipped.join(', ')})`);
}

/** The top-level properties of a resource; `SchemaVersion` and the framework's keys are always allowed. */
export function decodeObject<T>(schema: Schema<T>, properties: unknown, subject: string): T {
  return readObject(schema, properties, { subject, path: '' }, ['SchemaVersion', ...FRAMEWORK_KEYS]);
}

function readObject<T>(schema: Schema<T>, value: unknown, at: FieldPath, alsoAllowed: readonly string[],
  check?: (value: T) => string | undefined): T {
  const where = at.path || 'the properties';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DecodeError(at.subject, `${where} must be an object, but is ${quote(value)}`);
  }
  const known = [...Object.keys(schema), ...alsoAllowed];
  const unknownKeys = Object.keys(value).filter(key => !known.includes(key));
  if (unknownKeys.length > 0) {
    throw new DecodeError(at.subject, `unknown propert${unknownKeys.length === 1 ? 'y' : 'ies'} ${unknownKeys.map(k => join(at.path, k)).join(', ')}`
      + ` (allowed: ${known.filter(k => !FRAMEWORK_KEYS.includes(k)).join(', ')})`);
  }
  const raw = value as { readonly [key: string]: unknown };
  const decoded: { [key: string]: unknown } = {};
  for (const key of Object.keys(schema) as (keyof T & string)[]) {
    const read = schema[key].read(raw[key], { subject: at.subject, path: join(at.path, key) });
    if (read !== undefined) decoded[key] = read;
  }
  const problem = check?.(decoded as T);
  if (problem !== undefined) throw new DecodeError(at.subject, `${where} ${problem}`);
  return decoded as T;
}

function optionalArray(value: unknown, at: FieldPath): unknown[] | undefined {
  if (value === undefined || Array.isArray(value)) return value;
  return wrong(at, 'a list', value);
}

function wrong(at: FieldPath, expected: string, value: unknown): never {
  throw new DecodeError(at.subject, `${at.path} must be ${expected}, but is ${quote(value)}`);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
