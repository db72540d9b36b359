import type { ResourceType } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { conflict } from '../errors';
import type { OriginationRecord } from '../state';
import type { ActionContext } from './context';

/** Statuses in which a phone number or pool accepts changes; the others are transitions. */
const CHANGEABLE = ['ACTIVE', 'PENDING'];
/** Statuses of resources on their way out: they count for no quota and use no opt-out list. */
const LEAVING = ['DELETED', 'DELETING'];

export function statusOf(context: ActionContext, record: OriginationRecord): string {
  return context.statuses.statusOf(record.transition);
}

export function isLeaving(context: ActionContext, record: OriginationRecord): boolean {
  return LEAVING.includes(statusOf(context, record));
}

/** ConflictException RESOURCE_NOT_ACTIVE (which callers may retry) unless the status is one of `allowed`. */
export function requireStatus(context: ActionContext, record: OriginationRecord, allowed: readonly string[] = CHANGEABLE): void {
  const status = statusOf(context, record);
  if (!allowed.includes(status)) {
    throw conflict('RESOURCE_NOT_ACTIVE', record.kind, record.id, `The ${record.kind} ${record.id} is ${status}; try again when it is ${allowed.join(' or ')}.`);
  }
}

/** ConflictException DELETION_PROTECTION_ENABLED while deletion protection is on. */
export function requireUnprotected(resource: { readonly deletionProtectionEnabled: boolean }, resourceType: ResourceType, resourceId: string): void {
  if (resource.deletionProtectionEnabled) {
    throw conflict('DELETION_PROTECTION_ENABLED', resourceType, resourceId,
      `The ${resourceType} ${resourceId} has deletion protection enabled; set DeletionProtectionEnabled to false first.`);
  }
}

/**
 * Puts a phone number or pool through a transitional status (ASSOCIATING, DISASSOCIATING) for
 * its kind's delay, after which it has the status it was heading for before.
 */
export function passThrough(context: ActionContext, record: OriginationRecord, transitional: string): void {
  record.transition = context.statuses.start(record.kind, transitional, record.transition.to);
}
