import { KeywordResourceProperties, OriginationResourceProperties, TagResourceProperties, TwoWayResourceProperties } from './common-properties';
import { ISO_COUNTRY_CODES } from './iso-country-codes';
import { Violations } from './violations';

/** Rules shared by several resources. Each takes the `Violations` to record into. */

const E164 = /^\+[1-9][0-9]{1,14}$/;

export function checkTags(v: Violations, tags: readonly TagResourceProperties[] | undefined): Violations {
  const list = tags ?? [];
  v.count('tags', list.length === 0 ? undefined : list, 'NonEmptyTagList');
  for (const tag of list) {
    v.shape('tag key', tag.Key, 'TagKey').shape(`value of tag '${tag.Key}'`, tag.Value, 'TagValue');
  }
  return v;
}

/** A tag key the SMS provider keeps on the resource itself, to remember `what`: a stack cannot declare it. */
export function checkHandlerTag(v: Violations, tags: readonly TagResourceProperties[] | undefined, key: string, what: string): Violations {
  for (const tag of tags ?? []) {
    v.require('tag key', tag.Key, tag.Key !== key, `is the tag in which the SMS provider remembers ${what}; choose another tag key`);
  }
  return v;
}

/** An E.164 phone number: `+`, a country code and up to 15 digits in all. */
export function checkE164(v: Violations, property: string, value: string | undefined): Violations {
  if (value === undefined) return v;
  return v.require(property, value, E164.test(value), 'must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)');
}

/** An officially assigned ISO 3166-1 alpha-2 code, in capitals. */
export function checkIsoCountryCode(v: Violations, property: string, value: string | undefined): Violations {
  if (value === undefined) return v;
  return v.shape(property, value, 'IsoCountryCode')
    .require(property, value, !/^[A-Z]{2}$/.test(value) || ISO_COUNTRY_CODES.has(value),
      'is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)');
}

/** Keywords are unique case-insensitively; messages and actions follow the service model. */
export function checkKeywords(v: Violations, keywords: readonly KeywordResourceProperties[] | undefined): Violations {
  const list = keywords ?? [];
  v.unique('keyword', list.map(k => k.Keyword.toUpperCase()));
  for (const k of list) {
    v.shape('keyword', k.Keyword, 'Keyword')
      .shape(`message of keyword '${k.Keyword}'`, k.KeywordMessage, 'KeywordMessage')
      .shape(`action of keyword '${k.Keyword}'`, k.KeywordAction, 'KeywordAction');
  }
  return v;
}

export function checkTwoWay(v: Violations, twoWay: TwoWayResourceProperties | undefined): Violations {
  if (!twoWay) return v;
  return v.shape('twoWay.channelArn', twoWay.ChannelArn, 'TwoWayChannelArn')
    .shape('twoWay.role', twoWay.ChannelRole, 'IamRoleArn');
}

/** The opt-out list, two-way channel and keywords that a phone number and a pool both declare. */
export function checkOrigination(v: Violations, properties: OriginationResourceProperties): Violations {
  v.shape('optOutList', properties.OptOutListName, 'OptOutListNameOrArn');
  checkTwoWay(v, properties.TwoWay);
  return checkKeywords(v, properties.Keywords);
}
