import type { ResourceLimits } from '../emulator';

/**
 * The account the demo and the stack tests deploy the example apps to: one out of the sandbox,
 * whose monthly spending quotas (each spend limit's MaxLimit) AWS raised to 10,000 US dollars, so
 * that the apps can declare the spend limits a production app would.
 */
export const DEMO_ACCOUNT_LIMITS: Partial<ResourceLimits> = {
  textMessageMonthlySpendLimit: 10_000,
  voiceMessageMonthlySpendLimit: 10_000,
  mediaMessageMonthlySpendLimit: 10_000,
};
