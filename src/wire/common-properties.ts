import { fields, Schema } from './schema';

/**
 * Property shapes shared by several custom-resource types, as the construct writes them and the
 * handler decodes them.
 */

export interface TagResourceProperties {
  readonly Key: string;
  readonly Value: string;
}

/** A keyword of a phone number or pool, keyed case-insensitively by `Keyword`. */
export interface KeywordResourceProperties {
  readonly Keyword: string;
  readonly KeywordMessage: string;
  /** AUTOMATIC_RESPONSE, OPT_OUT or OPT_IN. Ignored for HELP and STOP, whose actions the service fixes. */
  readonly KeywordAction: string;
}

/**
 * Two-way messaging of a phone number or pool: present means enabled. Absent turns two-way off only
 * when the previous properties declared it; otherwise the service's value (for a pool, the one it
 * inherited from its first identity) is left alone. The other optional settings work the same way.
 */
export interface TwoWayResourceProperties {
  readonly ChannelArn: string;
  /** The role the service assumes to reach the channel; the provider may pass it. */
  readonly ChannelRole?: string;
}

/** Keywords the service creates with every number and pool; they are never deleted. */
export const PROTECTED_KEYWORDS: readonly string[] = ['HELP', 'STOP'];

export const TAG_SCHEMA: Schema<TagResourceProperties> = { Key: fields.string, Value: fields.string };

export const KEYWORD_SCHEMA: Schema<KeywordResourceProperties> = {
  Keyword: fields.string,
  KeywordMessage: fields.string,
  KeywordAction: fields.string,
};

export const TWO_WAY_SCHEMA: Schema<TwoWayResourceProperties> = { ChannelArn: fields.string, ChannelRole: fields.optionalString };
