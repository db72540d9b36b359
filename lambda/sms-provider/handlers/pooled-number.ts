import { PlannedCall } from '../reconcile/calls';
import { SettingFields } from '../reconcile/origination-settings';

/** The construct property behind each UpdatePhoneNumber field. */
const PROPERTY_OF_FIELD: { readonly [field in keyof SettingFields]-?: string } = {
  OptOutListName: 'optOutList',
  SelfManagedOptOutsEnabled: 'selfManagedOptOuts',
  TwoWayEnabled: 'twoWay',
  TwoWayChannelArn: 'twoWay',
  TwoWayChannelRole: 'twoWay',
  DeletionProtectionEnabled: 'deletionProtection',
  InternationalSendingEnabled: 'internationalSendingEnabled',
  SharedRoutesEnabled: 'sharedRoutes',
};

/**
 * The failure of a change to a phone number that is in a pool: UpdatePhoneNumber fails while it
 * is, and its settings and keywords are the pool's. Names what the update would change.
 */
export function pooledNumberFailure(number: { readonly id: string; readonly poolId?: string }, fields: SettingFields,
  keywordCalls: readonly PlannedCall[]): Error {
  const properties = new Set((Object.keys(fields) as (keyof SettingFields)[]).map(field => PROPERTY_OF_FIELD[field]));
  if (keywordCalls.length > 0) properties.add('keywords');
  return new Error(`phone number '${number.id}' is in pool '${number.poolId}', so its settings are the pool's and the service`
    + ` refuses to change them (UpdatePhoneNumber fails while a number is in a pool): ${[...properties].join(', ')}`
    + ' would change. Set them on the Pool instead (or leave them as they are on the phone number), or take the number out of the pool first');
}
