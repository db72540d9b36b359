import type {
  ConflictExceptionReason,
  PhoneNumberFilterName,
  PoolFilterName,
  PoolInformation,
  UpdatePoolRequest,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { invalidField } from '../errors';
import { DEFAULT_OPT_OUT_LIST, OriginationRecord, OriginationSettings } from '../state';
import type { Wire } from '../wire';
import type { ActionContext } from './context';
import { FilterValues, flag, optional } from './filters';
import { statusOf } from './lifecycle';
import { findOptOutList } from './opt-out-lists';

/** The members of UpdatePhoneNumber and UpdatePool that change the settings both have. */
export type SettingsUpdate = Pick<UpdatePoolRequest,
  'OptOutListName' | 'TwoWayEnabled' | 'TwoWayChannelArn' | 'TwoWayChannelRole' | 'SelfManagedOptOutsEnabled' | 'DeletionProtectionEnabled'>;

export function defaultSettings(): OriginationSettings {
  return { optOutListName: DEFAULT_OPT_OUT_LIST, twoWayEnabled: false, selfManagedOptOutsEnabled: false, deletionProtectionEnabled: false };
}

export function settingsOf(record: OriginationSettings): OriginationSettings {
  const { optOutListName, twoWayEnabled, twoWayChannelArn, twoWayChannelRole, selfManagedOptOutsEnabled, deletionProtectionEnabled } = record;
  return { optOutListName, twoWayEnabled, twoWayChannelArn, twoWayChannelRole, selfManagedOptOutsEnabled, deletionProtectionEnabled };
}

/**
 * The settings after an update, checked but not applied: the opt-out list must exist, two-way
 * messaging needs a channel, and self-managed opt-outs need two-way messaging.
 */
export function updatedSettings(context: ActionContext, current: OriginationSettings, update: SettingsUpdate): OriginationSettings {
  const next: OriginationSettings = {
    optOutListName: update.OptOutListName === undefined ? current.optOutListName : findOptOutList(context, update.OptOutListName).name,
    twoWayEnabled: update.TwoWayEnabled ?? current.twoWayEnabled,
    twoWayChannelArn: update.TwoWayChannelArn ?? current.twoWayChannelArn,
    twoWayChannelRole: update.TwoWayChannelRole ?? current.twoWayChannelRole,
    selfManagedOptOutsEnabled: update.SelfManagedOptOutsEnabled ?? current.selfManagedOptOutsEnabled,
    deletionProtectionEnabled: update.DeletionProtectionEnabled ?? current.deletionProtectionEnabled,
  };
  if (next.twoWayEnabled && next.twoWayChannelArn === undefined) {
    throw invalidField('TWO_WAY_CHANNEL_NOT_PRESENT', 'TwoWayChannelArn', 'Two-way messaging needs a TwoWayChannelArn.');
  }
  if (next.selfManagedOptOutsEnabled && !next.twoWayEnabled) {
    throw invalidField('TWO_WAY_NOT_ENABLED', 'SelfManagedOptOutsEnabled', 'Self-managed opt-outs need two-way messaging (TwoWayEnabled).');
  }
  return next;
}

/** Why an identity's settings do not fit a pool's, if they do not. */
export function settingsMismatch(identity: OriginationSettings, pool: OriginationSettings): ConflictExceptionReason | undefined {
  if (identity.optOutListName !== pool.optOutListName) return 'OPT_OUT_LIST_MISMATCH';
  if (identity.selfManagedOptOutsEnabled !== pool.selfManagedOptOutsEnabled) return 'SELF_MANAGED_OPT_OUTS_MISMATCH';
  if (identity.twoWayEnabled !== pool.twoWayEnabled) return 'TWO_WAY_CONFIG_MISMATCH';
  // A channel left behind when two-way was turned off is not part of the configuration.
  if (identity.twoWayEnabled && identity.twoWayChannelArn !== pool.twoWayChannelArn) return 'TWO_WAY_CONFIG_MISMATCH';
  return undefined;
}

/** The response members of the settings, as PhoneNumberInformation and PoolInformation name them. */
export function settingsInformation(record: OriginationSettings): Pick<Wire<PoolInformation>,
  'OptOutListName' | 'TwoWayEnabled' | 'TwoWayChannelArn' | 'TwoWayChannelRole' | 'SelfManagedOptOutsEnabled' | 'DeletionProtectionEnabled'> {
  return {
    OptOutListName: record.optOutListName,
    TwoWayEnabled: record.twoWayEnabled,
    TwoWayChannelArn: record.twoWayChannelArn,
    TwoWayChannelRole: record.twoWayChannelRole,
    SelfManagedOptOutsEnabled: record.selfManagedOptOutsEnabled,
    DeletionProtectionEnabled: record.deletionProtectionEnabled,
  };
}

/** The filters that DescribePhoneNumbers and DescribePools both have. */
export function originationFilterValues(context: ActionContext): FilterValues<OriginationRecord, Extract<PoolFilterName, PhoneNumberFilterName>> {
  return {
    'status': r => [statusOf(context, r)],
    'message-type': r => [r.messageType],
    'two-way-enabled': r => flag(r.twoWayEnabled),
    'two-way-channel-arn': r => optional(r.twoWayChannelArn),
    'self-managed-opt-outs-enabled': r => flag(r.selfManagedOptOutsEnabled),
    'opt-out-list-name': r => [r.optOutListName],
    'deletion-protection-enabled': r => flag(r.deletionProtectionEnabled),
  };
}
