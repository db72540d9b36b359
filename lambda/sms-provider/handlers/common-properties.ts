import { KeywordResourceProperties, TagResourceProperties, TwoWayResourceProperties } from '../../../src/custom-resources/common-properties';
import { Violations } from '../../../src/private/violations';
import { Fields } from '../decode';
import { RawProperties } from '../events';
import { Keyword } from '../reconcile/keywords';
import { TwoWay } from '../reconcile/origination-settings';

/** The keys of a properties interface, checked against it. */
export type Keys<T> = readonly (keyof T & string)[];

export interface Tag {
  readonly key: string;
  readonly value: string;
}

const TAG_KEYS: Keys<TagResourceProperties> = ['Key', 'Value'];
const KEYWORD_KEYS: Keys<KeywordResourceProperties> = ['Keyword', 'KeywordMessage', 'KeywordAction'];
const TWO_WAY_KEYS: Keys<TwoWayResourceProperties> = ['ChannelArn', 'ChannelRole'];

/** `Tags`, in the order declared (duplicates kept for validation). */
export function decodeTags(fields: Fields): Tag[] {
  return fields.optionalObjectList('Tags', TAG_KEYS, tag => ({ key: tag.string('Key'), value: tag.string('Value') })) ?? [];
}

/** `Keywords`, in the order declared (duplicates kept for validation). */
export function decodeKeywords(fields: Fields): Keyword[] {
  return fields.optionalObjectList('Keywords', KEYWORD_KEYS, keyword => ({
    keyword: keyword.string('Keyword'),
    message: keyword.string('KeywordMessage'),
    action: keyword.string('KeywordAction'),
  })) ?? [];
}

/** `TwoWay`: present means enabled; undefined when not declared. */
export function decodeTwoWay(fields: Fields): TwoWay | undefined {
  return fields.optionalObject('TwoWay', TWO_WAY_KEYS, twoWay => ({
    enabled: true,
    channelArn: twoWay.string('ChannelArn'),
    channelRole: twoWay.optionalString('ChannelRole'),
  }));
}

/** Throws one error with every violation, in the messages the construct gives at synth time. */
export function throwIfViolated(what: string, violations: Violations): void {
  if (violations.all.length > 0) throw new Error(`Invalid ${what}: ${violations.all.join('; ')}`);
}

/**
 * Whether Delete may release the resource (`ReleaseOnDelete`, true only for RemovalPolicy.DESTROY).
 * Read on its own, leniently: anything but true keeps the resource, even properties that no
 * longer decode.
 */
export function releaseOnDelete(properties: RawProperties | undefined): boolean {
  const value = properties?.ReleaseOnDelete;
  return value === true || value === 'true';
}

/** Two lists with the same items, in any order. */
export function sameItems(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every(item => right.has(item));
}
