import { DescribeSpendLimitsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SPEND_LIMIT_KEYS, SPEND_LIMITS, SpendLimitKey } from '../../../src/wire/spend-limits';
import { SmsClient } from '../client';
import { readAllPages } from '../pages';
import { SpendLimitOverrides } from '../reconcile/spend-limits';

/** One monthly spend limit as DescribeSpendLimits reports it, in whole US dollars. */
export interface SpendLimitActual {
  /** What the service enforces: the override when there is one, else the MaxLimit. */
  readonly enforced: number;
  /** The most the account may spend, set by AWS. */
  readonly max: number;
  readonly overridden: boolean;
}

/** The account's spend limits in the client's region. */
export interface AccountSettingsActual {
  readonly limits: { readonly [K in SpendLimitKey]: SpendLimitActual };
  /** The EnforcedLimit of each overridden limit. */
  readonly overrides: SpendLimitOverrides;
}

/** Reads every spend limit the account has, and fails if one that AccountSettings declares is missing. */
export async function readAccountSettings(client: SmsClient): Promise<AccountSettingsActual> {
  const reported = await readAllPages(async NextToken => {
    const page = await client.send(new DescribeSpendLimitsCommand({ NextToken }));
    return { items: page.SpendLimits, nextToken: page.NextToken };
  });
  const limits = {} as { [K in SpendLimitKey]: SpendLimitActual };
  const overrides: { [K in SpendLimitKey]?: number } = {};
  for (const key of SPEND_LIMIT_KEYS) {
    const limit = reported.find(l => l.Name === SPEND_LIMITS[key].name);
    if (!limit) throw new Error(`DescribeSpendLimits reported no ${SPEND_LIMITS[key].name}`);
    limits[key] = { enforced: limit.EnforcedLimit ?? 0, max: limit.MaxLimit ?? 0, overridden: limit.Overridden === true };
    if (limits[key].overridden) overrides[key] = limits[key].enforced;
  }
  return { limits, overrides };
}
