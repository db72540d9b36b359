import { RawProperties } from './events';

/** Keys that the Provider framework adds to every resource's properties. */
const FRAMEWORK_KEYS: readonly string[] = ['ServiceToken'];

export class DecodeError extends Error {
  constructor(subject: string, problem: string) {
    super(`Invalid ${subject} properties: ${problem}`);
    this.name = 'DecodeError';
  }
}

/**
 * The schema version of `properties`. Properties written before SchemaVersion existed have the
 * oldest shape; a version this handler never shipped is rejected.
 */
export function schemaVersion(properties: RawProperties, subject: string, shipped: readonly [string, ...string[]]): string {
  const version = properties.SchemaVersion;
  if (version === undefined) return shipped[0];
  if ((typeof version === 'string' || typeof version === 'number') && shipped.includes(String(version))) return String(version);
  throw new DecodeError(subject, `SchemaVersion ${JSON.stringify(version)} is not one this handler knows (${shipped.join(', ')})`);
}

/**
 * Reads one object of a resource's properties. CloudFormation delivers every scalar as a string,
 * so booleans and numbers are parsed here, once; any key not in `known` is rejected.
 */
export class Fields {
  /** The top-level properties; `SchemaVersion` and the framework's keys are always allowed. */
  static root(properties: unknown, subject: string, known: readonly string[]): Fields {
    return Fields.of(properties, subject, '', [...known, 'SchemaVersion', ...FRAMEWORK_KEYS]);
  }

  private static of(value: unknown, subject: string, path: string, known: readonly string[]): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DecodeError(subject, `${path || 'the properties'} must be an object, but is ${JSON.stringify(value)}`);
    }
    const unknownKeys = Object.keys(value).filter(key => !known.includes(key));
    if (unknownKeys.length > 0) {
      throw new DecodeError(subject, `unknown propert${unknownKeys.length === 1 ? 'y' : 'ies'} ${unknownKeys.map(k => join(path, k)).join(', ')}`
        + ` (allowed: ${known.filter(k => !FRAMEWORK_KEYS.includes(k)).join(', ')})`);
    }
    return new Fields(value as RawProperties, subject, path);
  }

  private constructor(private readonly value: RawProperties, private readonly subject: string, private readonly path: string) {}

  string(key: string): string {
    return this.required(key, this.optionalString(key));
  }

  optionalString(key: string): string | undefined {
    const value = this.value[key];
    if (value === undefined || typeof value === 'string') return value;
    throw this.wrong(key, 'a string');
  }

  boolean(key: string): boolean {
    return this.required(key, this.optionalBoolean(key));
  }

  /** `true`/`false`, or the strings CloudFormation makes of them. */
  optionalBoolean(key: string): boolean | undefined {
    const value = this.value[key];
    if (value === undefined || typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw this.wrong(key, 'a boolean ("true" or "false")');
  }

  /** A number, or the string CloudFormation makes of it ("14"). */
  optionalNumber(key: string): number | undefined {
    const value = this.value[key];
    if (value === undefined || typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
    throw this.wrong(key, 'a number');
  }

  stringList(key: string): string[] {
    return this.required(key, this.optionalStringList(key));
  }

  optionalStringList(key: string): string[] | undefined {
    return this.optionalArray(key)?.map((item, index) => {
      if (typeof item === 'string') return item;
      throw new DecodeError(this.subject, `${join(this.path, key)}[${index}] must be a string, but is ${JSON.stringify(item)}`);
    });
  }

  /** A nested object whose keys must all be `known`. */
  optionalObject<T>(key: string, known: readonly string[], decode: (fields: Fields) => T): T | undefined {
    const value = this.value[key];
    return value === undefined ? undefined : decode(Fields.of(value, this.subject, join(this.path, key), known));
  }

  /** A list of objects whose keys must all be `known`. */
  optionalObjectList<T>(key: string, known: readonly string[], decode: (fields: Fields) => T): T[] | undefined {
    return this.optionalArray(key)?.map((item, index) => decode(Fields.of(item, this.subject, `${join(this.path, key)}[${index}]`, known)));
  }

  /** An error about this object as a whole. */
  invalid(problem: string): DecodeError {
    return new DecodeError(this.subject, `${this.path || 'the properties'} ${problem}`);
  }

  private optionalArray(key: string): unknown[] | undefined {
    const value = this.value[key];
    if (value === undefined || Array.isArray(value)) return value;
    throw this.wrong(key, 'a list');
  }

  private required<T>(key: string, value: T | undefined): T {
    if (value === undefined) throw new DecodeError(this.subject, `${join(this.path, key)} is required`);
    return value;
  }

  private wrong(key: string, expected: string): DecodeError {
    return new DecodeError(this.subject, `${join(this.path, key)} must be ${expected}, but is ${JSON.stringify(this.value[key])}`);
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
