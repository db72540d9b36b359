import { Setting, Settings, settingsToChange } from './settings';

/** Two-way messaging of a phone number or pool. */
export interface TwoWay {
  readonly enabled: boolean;
  readonly channelArn?: string;
  /** When the properties leave it out, any role the service has is accepted. */
  readonly channelRole?: string;
}

/** The settings that UpdatePhoneNumber and UpdatePool share (each adds one of the last two). */
export interface OriginationSettings {
  /** A name or an ARN; the service reports the name. */
  readonly optOutListName: string;
  readonly selfManagedOptOutsEnabled: boolean;
  readonly twoWay: TwoWay;
  readonly deletionProtectionEnabled: boolean;
  readonly internationalSendingEnabled?: boolean;
  readonly sharedRoutesEnabled?: boolean;
}

export type SettingName = keyof OriginationSettings;

/** The fields of UpdatePhoneNumber and UpdatePool that the settings map to. */
export interface SettingFields {
  OptOutListName?: string;
  SelfManagedOptOutsEnabled?: boolean;
  TwoWayEnabled?: boolean;
  TwoWayChannelArn?: string;
  TwoWayChannelRole?: string;
  DeletionProtectionEnabled?: boolean;
  InternationalSendingEnabled?: boolean;
  SharedRoutesEnabled?: boolean;
}

/** The service's values for a phone number or pool that was never configured. */
export const DEFAULT_OPT_OUT_LIST = 'Default';
const DEFAULTS: Required<OriginationSettings> = {
  optOutListName: DEFAULT_OPT_OUT_LIST,
  selfManagedOptOutsEnabled: false,
  twoWay: { enabled: false },
  deletionProtectionEnabled: false,
  internationalSendingEnabled: false,
  sharedRoutesEnabled: false,
};

/**
 * The settings that differ, with the values they must take: none when nothing differs, so one
 * UpdatePhoneNumber or UpdatePool (`fieldsOf`) carries every change. Only settings present in
 * `actual` are reconciled (a phone number has no shared routes, a pool no international sending).
 */
export function settingChanges(
  desired: Partial<OriginationSettings>,
  actual: OriginationSettings,
  previouslyDeclared: ReadonlySet<SettingName>,
): Partial<OriginationSettings> {
  const setting = <K extends SettingName>(key: K, same?: Setting<OriginationSettings[K]>['same']): Setting<OriginationSettings[K]> => ({
    desired: desired[key], actual: actual[key], wasDeclared: previouslyDeclared.has(key), serviceDefault: DEFAULTS[key], same,
  });
  const settings: Partial<Settings<OriginationSettings>> = {
    optOutListName: setting('optOutListName', sameOptOutList),
    selfManagedOptOutsEnabled: setting('selfManagedOptOutsEnabled'),
    twoWay: setting('twoWay', sameTwoWay),
    deletionProtectionEnabled: setting('deletionProtectionEnabled'),
    ...actual.internationalSendingEnabled === undefined ? {} : { internationalSendingEnabled: setting('internationalSendingEnabled') },
    ...actual.sharedRoutesEnabled === undefined ? {} : { sharedRoutesEnabled: setting('sharedRoutesEnabled') },
  };
  return settingsToChange(settings as Settings<OriginationSettings>);
}

/** The UpdatePhoneNumber or UpdatePool fields of some setting changes. */
export function fieldsOf(changes: Partial<OriginationSettings>): SettingFields {
  return {
    ...changes.optOutListName === undefined ? {} : { OptOutListName: changes.optOutListName },
    ...changes.selfManagedOptOutsEnabled === undefined ? {} : { SelfManagedOptOutsEnabled: changes.selfManagedOptOutsEnabled },
    ...changes.twoWay === undefined ? {} : twoWayFields(changes.twoWay),
    ...changes.deletionProtectionEnabled === undefined ? {} : { DeletionProtectionEnabled: changes.deletionProtectionEnabled },
    ...changes.internationalSendingEnabled === undefined ? {} : { InternationalSendingEnabled: changes.internationalSendingEnabled },
    ...changes.sharedRoutesEnabled === undefined ? {} : { SharedRoutesEnabled: changes.sharedRoutesEnabled },
  };
}

/**
 * Whether a phone number's configuration fits a pool's, as AssociateOriginationIdentity requires:
 * the same opt-out list, self-managed opt-outs and two-way channel.
 */
export function fitsPool(number: OriginationSettings, pool: OriginationSettings): boolean {
  return sameOptOutList(number.optOutListName, pool.optOutListName)
    && number.selfManagedOptOutsEnabled === pool.selfManagedOptOutsEnabled
    && number.twoWay.enabled === pool.twoWay.enabled
    && (!number.twoWay.enabled || number.twoWay.channelArn === pool.twoWay.channelArn);
}

/** The settings a version of the properties declared. */
export function declaredSettings(declared: Partial<OriginationSettings>): Set<SettingName> {
  return new Set((Object.keys(declared) as SettingName[]).filter(key => declared[key] !== undefined));
}

/** The name an opt-out list name or ARN names. */
export function optOutListNameOf(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
}

function sameOptOutList(target: string, actual: string): boolean {
  return optOutListNameOf(target) === optOutListNameOf(actual);
}

function sameTwoWay(target: TwoWay, actual: TwoWay): boolean {
  if (target.enabled !== actual.enabled) return false;
  if (!target.enabled) return true;
  return target.channelArn === actual.channelArn && (target.channelRole === undefined || target.channelRole === actual.channelRole);
}

function twoWayFields(twoWay: TwoWay): SettingFields {
  if (!twoWay.enabled) return { TwoWayEnabled: false };
  return { TwoWayEnabled: true, TwoWayChannelArn: twoWay.channelArn, ...twoWay.channelRole ? { TwoWayChannelRole: twoWay.channelRole } : {} };
}
