import type { OriginationResourceProperties } from '../../../src/wire/common-properties';
import { PlannedCall } from '../reconcile/calls';
import { Keywords, keywordKey, keywordsByKey, planKeywords } from '../reconcile/keywords';
import { declaredSettings, OriginationSettings, SettingName, settingChanges } from '../reconcile/origination-settings';

/** The properties of a phone number or a pool, with the one setting that is each one's own. */
export interface OriginationProperties extends OriginationResourceProperties {
  readonly InternationalSendingEnabled?: boolean;
  readonly SharedRoutesEnabled?: boolean;
}

/** The settings the properties declare; a setting they leave out is undefined. */
function settingsOf(properties: OriginationProperties): Partial<OriginationSettings> {
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
function settingNamesOf(properties: OriginationProperties | undefined): ReadonlySet<SettingName> {
  return properties ? declaredSettings(settingsOf(properties)) : new Set();
}

/** The keywords the properties declare (none for undefined properties), keyed case-insensitively. */
function declaredKeywords(properties: OriginationProperties | undefined): Keywords {
  return keywordsByKey((properties?.Keywords ?? []).map(k => ({ keyword: k.Keyword, message: k.KeywordMessage, action: k.KeywordAction })));
}

/** The upper-cased keywords the properties declare. */
function declaredKeywordKeys(properties: OriginationProperties | undefined): Set<string> {
  return new Set((properties?.Keywords ?? []).map(k => keywordKey(k.Keyword)));
}

/**
 * The settings of a phone number or pool that differ from what the service has, with the values
 * they must take: only those the properties declare, or declared before and no longer. Deletion
 * protection is switched off only when the previous properties declared it on: protection that
 * someone switched on outside the stack stays on.
 */
export function changedSettings(desired: OriginationProperties, actual: OriginationSettings,
  declaredBefore: OriginationProperties | undefined): Partial<OriginationSettings> {
  const { deletionProtectionEnabled, ...others } = settingChanges(settingsOf(desired), actual, settingNamesOf(declaredBefore));
  const switchesOff = deletionProtectionEnabled === false;
  if (deletionProtectionEnabled === undefined || (switchesOff && declaredBefore?.DeletionProtectionEnabled !== true)) return others;
  return { ...others, deletionProtectionEnabled };
}

/** Whether the keywords need reading: only when they are declared now or were before; else no call would change them. */
export function declaresKeywords(desired: OriginationProperties, declaredBefore: OriginationProperties | undefined): boolean {
  return (desired.Keywords ?? []).length + (declaredBefore?.Keywords ?? []).length > 0;
}

/** The keyword calls of a phone number or pool (`originationIdentity`): only keywords declared before are deleted. */
export function planDeclaredKeywords(originationIdentity: string, desired: OriginationProperties, actual: Keywords,
  declaredBefore: OriginationProperties | undefined): PlannedCall[] {
  return planKeywords(originationIdentity, declaredKeywords(desired), actual, declaredKeywordKeys(declaredBefore));
}
