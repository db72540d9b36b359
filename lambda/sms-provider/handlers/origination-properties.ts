import type { OriginationResourceProperties } from '../../../src/wire/common-properties';
import { Keywords, keywordKey, keywordsByKey } from '../reconcile/keywords';
import { declaredSettings, OriginationSettings, SettingName } from '../reconcile/origination-settings';

/** The properties of a phone number or a pool, with the one setting that is each one's own. */
export interface OriginationProperties extends OriginationResourceProperties {
  readonly InternationalSendingEnabled?: boolean;
  readonly SharedRoutesEnabled?: boolean;
}

/** The settings the properties declare; a setting they leave out is undefined. */
export function settingsOf(properties: OriginationProperties): Partial<OriginationSettings> {
  return {
    optOutListName: properties.OptOutListName,
    selfManagedOptOutsEnabled: properties.SelfManagedOptOutsEnabled,
    twoWay: properties.TwoWay && { enabled: true, channelArn: properties.TwoWay.ChannelArn, channelRole: properties.TwoWay.ChannelRole },
    deletionProtectionEnabled: properties.DeletionProtectionEnabled,
    internationalSendingEnabled: properties.InternationalSendingEnabled,
    sharedRoutesEnabled: properties.SharedRoutesEnabled,
  };
}

/** The names of the settings the properties declare (none for undefined properties). */
export function settingNamesOf(properties: OriginationProperties | undefined): ReadonlySet<SettingName> {
  return properties ? declaredSettings(settingsOf(properties)) : new Set();
}

/** The keywords the properties declare (none for undefined properties), keyed case-insensitively. */
export function declaredKeywords(properties: OriginationProperties | undefined): Keywords {
  return keywordsByKey((properties?.Keywords ?? []).map(k => ({ keyword: k.Keyword, message: k.KeywordMessage, action: k.KeywordAction })));
}

/** The upper-cased keywords the properties declare. */
export function declaredKeywordKeys(properties: OriginationProperties | undefined): Set<string> {
  return new Set((properties?.Keywords ?? []).map(k => keywordKey(k.Keyword)));
}
