import { failureMessage, ServiceError } from './errors';
import { PlannedCall } from './reconcile/calls';
import { quoteName } from '../../src/wire/quote';

/**
 * How long a call that hands the service a role is retried while the service cannot use the role.
 * IAM is eventually consistent: a role created in the same deployment (CloudFormation reports it
 * created at once) may not be assumable for seconds, rarely a minute; two minutes is the bound
 * the Terraform AWS provider gives IAM propagation.
 */
export const ROLE_PROPAGATION_MS = 2 * 60_000;
/** The first wait before a retry; it doubles up to ROLE_RETRY_MAX_WAIT_MS. */
const ROLE_RETRY_FIRST_WAIT_MS = 1_000;
const ROLE_RETRY_MAX_WAIT_MS = 10_000;

/** The request members that hand the service a role to assume, where each sits in the input. */
const ROLE_MEMBERS: readonly (readonly string[])[] = [
  ['CloudWatchLogsDestination', 'IamRoleArn'],
  ['KinesisFirehoseDestination', 'IamRoleArn'],
  ['TwoWayChannelRole'],
];

interface PassedRole {
  readonly member: string;
  readonly arn: string;
}

/** The role a call hands the service (an event destination's, a two-way channel's), or undefined. */
export function rolePassedBy(call: PlannedCall): PassedRole | undefined {
  for (const path of ROLE_MEMBERS) {
    const value = path.reduce<unknown>((at, member) => (at as { readonly [member: string]: unknown } | undefined)?.[member], call.input);
    if (typeof value === 'string' && value !== '') return { member: path[path.length - 1], arn: value };
  }
  return undefined;
}

/** An IAM role's ARN: what propagates. Anything else the service refuses is wrong as written. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/;
/** The reasons of a request the service could not read or that breaks the model's constraints. */
const MALFORMED_REASONS = new Set(['CANNOT_PARSE', 'FIELD_VALIDATION_FAILED', 'MISSING_PARAMETER']);

/**
 * Whether the service refused the call for its role: a ValidationException, for a well-formed role
 * ARN, that names the role's member among its fields or the role in its message, and not for a
 * malformed request. The API has no reason of its own for a role it cannot assume yet, so the
 * handler does not rely on one.
 */
export function isRoleNotUsable(error: unknown, role: PassedRole): boolean {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ServiceError;
  if (e.name !== 'ValidationException' || !ROLE_ARN.test(role.arn) || MALFORMED_REASONS.has(e.Reason ?? '')) return false;
  return (e.Fields ?? []).some(field => field.Name === role.member) || (e.message ?? '').includes(role.arn);
}

export interface RoleRetryOptions {
  /** How long the role may stay unusable. @default ROLE_PROPAGATION_MS */
  readonly waitMs?: number;
  /** No retry starts after this time (epoch ms): the call is left for the next poll. @default none */
  readonly deadline?: number;
  /** Told of each retry. */
  readonly onRetry?: (role: PassedRole, error: unknown, waitMs: number) => void;
}

/**
 * Makes `send` for a call that hands the service a role, and while the service answers that it
 * cannot use the role, tries again with a growing wait, for `waitMs` at most; then fails with a
 * message that says how long it waited and what to check. A call that passes no role is sent once.
 * False when the deadline came before the role was usable: the call is still to make.
 */
export async function sendWhileRolePropagates(call: PlannedCall, send: () => Promise<unknown>, options: RoleRetryOptions = {}): Promise<boolean> {
  const role = rolePassedBy(call);
  if (role === undefined) {
    await send();
    return true;
  }
  const { waitMs = ROLE_PROPAGATION_MS, deadline = Infinity, onRetry } = options;
  const giveUpAt = Date.now() + waitMs;
  let wait = ROLE_RETRY_FIRST_WAIT_MS;
  for (;;) {
    try {
      await send();
      return true;
    } catch (error) {
      if (!isRoleNotUsable(error, role)) throw error;
      const retryAt = Date.now() + wait;
      if (retryAt > deadline) return false;
      if (retryAt > giveUpAt) throw roleNotUsableFailure(call, role, error, waitMs);
      onRetry?.(role, error, wait);
      await new Promise(resolve => setTimeout(resolve, wait));
      wait = Math.min(2 * wait, ROLE_RETRY_MAX_WAIT_MS);
    }
  }
}

function roleNotUsableFailure(call: PlannedCall, role: PassedRole, error: unknown, waitMs: number): Error {
  const waited = waitMs >= 60_000 ? `${Math.round(waitMs / 60_000)} minutes` : `${Math.round(waitMs / 1000)} seconds`;
  return new Error(`${call.action}: the service could not use the role ${quoteName(role.arn)} (${role.member}) for ${waited},`
    + ' longer than IAM takes to propagate a new role; check that the role exists, that its trust policy lets'
    + ` sms-voice.amazonaws.com assume it and that its policy allows what the service does with it. ${failureMessage(error)}`);
}
