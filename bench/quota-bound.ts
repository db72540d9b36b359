import { ACCOUNT_SETTINGS } from '../src/wire/account-settings-properties';
import { CONFIGURATION_SET } from '../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../src/wire/opt-out-list-properties';
import { PHONE_NUMBER } from '../src/wire/phone-number-properties';
import { POOL } from '../src/wire/pool-properties';
import { PROTECT_CONFIGURATION } from '../src/wire/protect-configuration-properties';
import { REGISTRATION_ATTACHMENT } from '../src/wire/registration-attachment-properties';
import { REGISTRATION } from '../src/wire/registration-properties';
import { RESOURCE_POLICY } from '../src/wire/resource-policy-properties';
import { SENDER_ID } from '../src/wire/sender-id-properties';
import { VERIFIED_DESTINATION_NUMBER } from '../src/wire/verified-destination-number-properties';
import { MUTATING } from '../test/emulator';
import { rateOf } from '../test/emulator/quotas';
import type { CustomResourceEvent, RequestType } from '../test/local-deploy/custom-resource-events';

/** API calls by action. */
export type CallCounts = { readonly [action: string]: number };

/** A read the API cannot do without, for one resource in one request. */
export interface NeededRead {
  readonly action: string;
  readonly reason: string;
}

type NeededReads = { readonly [request in RequestType]?: readonly NeededRead[] };

const identityCheck = (action: string): NeededRead => ({ action, reason: 'the identity and deletion-protection check before the removal call' });
const seenActive = (action: string): NeededRead => ({ action, reason: 'created asynchronously: the read that sees it ACTIVE' });

/**
 * The only reads the API needs, per resource type and request: a request left out needs none (a
 * Create answers with what it made; an Update's plan follows from the old and new properties).
 */
export const NEEDED_READS: { readonly [resourceType: string]: NeededReads } = {
  [CONFIGURATION_SET.resourceType]: { Delete: [identityCheck('DescribeConfigurationSets')] },
  [OPT_OUT_LIST.resourceType]: {
    Delete: [
      identityCheck('DescribeOptOutLists'),
      { action: 'DescribeOptedOutNumbers', reason: 'DeleteOptOutList deletes end-user opt-outs too: one filtered read finds whether there are any' },
    ],
  },
  [PHONE_NUMBER.resourceType]: { Create: [seenActive('DescribePhoneNumbers')], Delete: [identityCheck('DescribePhoneNumbers')] },
  [POOL.resourceType]: { Create: [seenActive('DescribePools')], Delete: [identityCheck('DescribePools')] },
  [SENDER_ID.resourceType]: { Delete: [identityCheck('DescribeSenderIds')] },
  [PROTECT_CONFIGURATION.resourceType]: { Delete: [identityCheck('DescribeProtectConfigurations')] },
  [REGISTRATION.resourceType]: { Delete: [identityCheck('DescribeRegistrations')] },
  [REGISTRATION_ATTACHMENT.resourceType]: {
    Create: [{ action: 'DescribeRegistrationAttachments', reason: 'uploaded asynchronously: the read that sees it UPLOAD_COMPLETE' }],
    Delete: [identityCheck('DescribeRegistrationAttachments')],
  },
  [VERIFIED_DESTINATION_NUMBER.resourceType]: { Delete: [identityCheck('DescribeVerifiedDestinationNumbers')] },
  [RESOURCE_POLICY.resourceType]: { Delete: [{ action: 'GetResourcePolicy', reason: 'the policy is removed only while it is the one declared' }] },
  [ACCOUNT_SETTINGS.resourceType]: { Delete: [{ action: 'DescribeSpendLimits', reason: 'which of the declared overrides the account still has' }] },
};

/**
 * The fewest calls an operation needs: the mutating calls it made, those the quota throttled left
 * out (they changed nothing), plus, for each custom-resource event, the reads of NEEDED_READS.
 */
export function fewestCalls(
  calls: CallCounts,
  throttled: CallCounts,
  events: readonly Pick<CustomResourceEvent, 'RequestType' | 'ResourceType'>[],
): CallCounts {
  const fewest: { [action: string]: number } = {};
  const add = (action: string, count: number) => {
    if (count > 0) fewest[action] = (fewest[action] ?? 0) + count;
  };
  for (const [action, count] of Object.entries(calls)) {
    if (MUTATING(action)) add(action, count - (throttled[action] ?? 0));
  }
  for (const event of events) {
    for (const read of NEEDED_READS[event.ResourceType]?.[event.RequestType] ?? []) add(read.action, 1);
  }
  return fewest;
}

/** How long an operation takes at the least under per-action rate quotas, and which action sets it. */
export interface QuotaBound {
  readonly seconds: number;
  /** The action whose quota sets the bound; undefined when no action needs to wait. */
  readonly action?: string;
}

/**
 * max over actions of (calls − burst) / rate: a token bucket per action that starts full (as the
 * emulator's does: `max(1, rate)` tokens) lets the first `burst` calls through at once, then one
 * every 1/rate seconds. Actions without a quota cost nothing.
 */
export function quotaLowerBound(calls: CallCounts, rate: (action: string) => number | undefined = action => rateOf('realistic', action)): QuotaBound {
  let bound: QuotaBound = { seconds: 0 };
  for (const [action, count] of Object.entries(calls)) {
    const perSecond = rate(action);
    if (perSecond === undefined) continue;
    const seconds = Math.max(0, count - Math.max(1, perSecond)) / perSecond;
    if (seconds > bound.seconds) bound = { seconds, action };
  }
  return bound;
}
