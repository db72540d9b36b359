import type { NumberStatus, PoolStatus } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { ActionContext } from './actions/context';
import { findOptOutList } from './actions/opt-out-lists';
import { optOut } from './actions/opted-out-numbers';
import { findPhoneNumber, findPool } from './actions/origination-identities';
import { verifiedDestinationNumberOf } from './actions/verified-destination-numbers';
import { SHAPES } from './generated/operations.generated';

/** The resources whose status a test can set, and the statuses each can have. */
export type StatusSetting =
  | { readonly kind: 'phone-number'; readonly status: NumberStatus }
  | { readonly kind: 'pool'; readonly status: PoolStatus };

const STATUS_SHAPES = { 'phone-number': 'NumberStatus', 'pool': 'PoolStatus' } as const;

/**
 * Puts a phone number (released ones included) or a pool in a status that it keeps until an
 * action changes it; for example a registration-gated number from PENDING to ACTIVE.
 */
export function setStatus(context: ActionContext, idOrArn: string, setting: StatusSetting): void {
  const allowed = SHAPES[STATUS_SHAPES[setting.kind]].enum ?? [];
  if (!allowed.includes(setting.status)) throw new Error(`${setting.status} is not a ${setting.kind} status (${allowed.join(', ')})`);
  const record = setting.kind === 'pool' ? findPool(context, idOrArn) : findPhoneNumber(context, idOrArn, true);
  record.transition = context.statuses.hold(setting.status);
}

/** What happens when an end user replies STOP: the number is on the list with EndUserOptedOut true. */
export function simulateEndUserOptOut(context: ActionContext, optOutListName: string, phoneNumber: string): void {
  optOut(findOptOutList(context, optOutListName), phoneNumber, context.now(), true);
}

/** The last code SendDestinationNumberVerificationCode sent to a verified destination number; undefined when none. */
export function verificationCode(context: ActionContext, idOrArnOrPhoneNumber: string): string | undefined {
  return verifiedDestinationNumberOf(context, idOrArnOrPhoneNumber)?.lastCode?.code;
}
