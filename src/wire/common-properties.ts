import { DecodeError, Field, fields, Schema } from './schema';

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

/** What the properties of every resource type carry. */
export interface TaggableResourceProperties {
  readonly Tags?: TagResourceProperties[];
}

/** What the properties of a resource that is retained unless its removal policy says otherwise carry. */
export interface ReleasableResourceProperties {
  /**
   * Whether Delete releases the resource: true for RemovalPolicy.DESTROY, and for
   * RETAIN_ON_UPDATE_OR_DELETE, whose only Delete is that of a create rolled back.
   */
  readonly ReleaseOnDelete: boolean;
}

/** Keywords the service creates with every number and pool; they are never deleted. */
export const PROTECTED_KEYWORDS: readonly string[] = ['HELP', 'STOP'];

export const TAG_SCHEMA: Schema<TagResourceProperties> = { Key: fields.string, Value: fields.string };

export const TAGGABLE_SCHEMA: Schema<TaggableResourceProperties> = { Tags: fields.optionalObjectList(TAG_SCHEMA) };

/** The Tags of a type that has none, refused with `reason` (what has none, and what to tag instead). */
export function noTags(reason: string): Field<undefined> {
  return {
    read: (value, at) => {
      if (value !== undefined) throw new DecodeError(at.subject, `${at.path}: ${reason}`);
      return undefined;
    },
  };
}

export const KEYWORD_SCHEMA: Schema<KeywordResourceProperties> = {
  Keyword: fields.string,
  KeywordMessage: fields.string,
  KeywordAction: fields.string,
};

export const TWO_WAY_SCHEMA: Schema<TwoWayResourceProperties> = { ChannelArn: fields.string, ChannelRole: fields.optionalString };

/**
 * What a phone number and a pool both declare: the settings UpdatePhoneNumber and UpdatePool
 * share, and keywords. A setting left out is not declared: the service's value stays.
 */
export interface OriginationResourceProperties {
  readonly OptOutListName?: string;
  readonly SelfManagedOptOutsEnabled?: boolean;
  /** Set with UpdatePhoneNumber or UpdatePool; see TwoWayResourceProperties for absent. */
  readonly TwoWay?: TwoWayResourceProperties;
  readonly DeletionProtectionEnabled: boolean;
  readonly Keywords?: KeywordResourceProperties[];
}

export const ORIGINATION_SCHEMA: Schema<OriginationResourceProperties> = {
  OptOutListName: fields.optionalString,
  SelfManagedOptOutsEnabled: fields.optionalBoolean,
  TwoWay: fields.optionalObject(TWO_WAY_SCHEMA),
  DeletionProtectionEnabled: fields.boolean,
  Keywords: fields.optionalObjectList(KEYWORD_SCHEMA),
};
