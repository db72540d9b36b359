import { TaggableResourceProperties } from './common-properties';
import { quoteName } from './quote';
import { decodeObject, Schema, schemaVersion } from './schema';
import { IsUnresolved, Violations } from './violations';

/**
 * What travels from a construct to the handler for one custom-resource type: the shape of its
 * properties, the rules both sides check, and which properties a change of makes a new resource.
 * CloudFormation delivers booleans and numbers as strings; the handler decodes them with `schema`.
 */
export interface WireContract<P extends object> {
  /** The CloudFormation type, such as `Custom::SmsVoicePool`. */
  readonly resourceType: string;
  /** What messages call one, such as 'pool'. */
  readonly noun: string;
  /** The property that names one in messages, when it has a name of its own. */
  readonly nameKey?: keyof P & string;
  /**
   * Every SchemaVersion ever shipped, oldest first; the construct writes the last. Bump it whenever
   * the shape changes, and keep accepting every version ever shipped.
   */
  readonly schemaVersions: readonly [string, ...string[]];
  readonly schema: Schema<P>;
  /** The create-only properties (a change makes a new resource), each with the construct property that sets it. */
  readonly createOnly: { readonly [K in keyof P]?: string };
  /** The attributes the handler returns in `Data`, by name. */
  readonly attributes: { readonly [name: string]: string };
  /** The rules of the service model and the API reference, with the messages both sides give. */
  violations(properties: P, isUnresolved?: IsUnresolved): Violations;
}

/**
 * The wire contract of an SMS v2 resource that the service names by an ARN, which is its physical
 * id. (Account-level settings, which have no ARN, have a `WireContract` only.)
 */
export interface ResourceContract<P extends TaggableResourceProperties> extends WireContract<P> {
  /** The `<type>` of the resource's ARN in the service, `arn:<partition>:sms-voice:<region>:<account>:<type>/<id>`; the ARN is its physical id. */
  readonly arnResourceType: string;
  /** The attributes the handler returns in `Data`, by name; `ARN` is the resource's ARN (the create call's and the Describe call's member too). */
  readonly attributes: { readonly ARN: string; readonly [name: string]: string };
}

/**
 * What a construct writes for its resource: every key but the ones the shared base writes (tags,
 * and whether Delete may release the resource). Leaving a key out is a compile error.
 */
export type ConstructProperties<P> = { readonly [K in Exclude<keyof P, 'Tags' | 'ReleaseOnDelete'>]-?: P[K] };

export function currentSchemaVersion<P extends object>(contract: WireContract<P>): string {
  return contract.schemaVersions[contract.schemaVersions.length - 1];
}

/** Decodes and validates the properties of every shipped SchemaVersion, with the messages the construct gives at synth time. */
export function decodeProperties<P extends object>(contract: WireContract<P>, raw: { readonly [key: string]: unknown }): P {
  schemaVersion(raw, contract.resourceType, contract.schemaVersions);
  const properties = decodeObject(contract.schema, raw, contract.resourceType);
  const violations = contract.violations(properties).all;
  if (violations.length > 0) {
    const name = contract.nameKey && properties[contract.nameKey];
    throw new Error(`Invalid ${contract.noun}${name ? ` ${quoteName(String(name))}` : ''}: ${violations.join('; ')}`);
  }
  return properties;
}

/** The create-only properties that differ between two versions, by their construct names; none when the resource stays. */
export function createOnlyChanges<P extends object>(contract: WireContract<P>, previous: P, desired: P): string[] {
  const keys = Object.keys(contract.createOnly) as (keyof P & string)[];
  return [...new Set(keys.filter(key => !sameValue(previous[key], desired[key])).map(key => contract.createOnly[key]!))];
}

/** Two values are the same; lists hold the same items, in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sameItems(a, b);
  return a === b;
}

export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every(item => right.has(item));
}
