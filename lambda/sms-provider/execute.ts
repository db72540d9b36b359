import { SmsClient } from './client';
import { commandOf } from './commands';
import { isNotFound } from './errors';
import { Logger } from './log';
import { PlannedAction, PlannedCall } from './reconcile/calls';
import { sendWhileRolePropagates } from './role-propagation';

/** A failed call that the handler turns into a failure of its own (with a better message), or undefined to rethrow. */
export type CallFailure = (call: PlannedCall, error: unknown) => Error | undefined;

export interface ExecuteOptions {
  /** No call starts after this time (epoch ms). @default none */
  readonly deadline?: number;
  /** @default rethrow the service's error */
  readonly onFailure?: CallFailure;
  /** Told of each call once it succeeded (or found its removal's target gone). @default none */
  readonly onMade?: (call: PlannedCall) => void;
  /** How long a call that hands the service a role is retried while the role propagates. @default ROLE_PROPAGATION_MS */
  readonly rolePropagationMs?: number;
}

/**
 * Makes the planned calls one after the other, in the planned order, logging each. A removal
 * whose target is already gone has reached its goal; a call that hands the service a new role
 * waits for the role to propagate. No call starts after the deadline: then it returns false, and
 * the rest waits for the next poll.
 */
export async function execute(client: SmsClient, calls: readonly PlannedCall[], log: Logger, options: ExecuteOptions = {}): Promise<boolean> {
  const { deadline = Infinity, onFailure, onMade, rolePropagationMs } = options;
  const send = (call: PlannedCall) => (client.send as (command: object) => Promise<unknown>)(commandOf(call));
  for (const call of calls) {
    if (Date.now() >= deadline) return false;
    log('call', { action: call.action, input: call.input });
    try {
      const sent = await sendWhileRolePropagates(call, () => send(call), {
        waitMs: rolePropagationMs,
        deadline,
        onRetry: (role, error, waitMs) => log('the service cannot use the role yet: retrying while IAM propagates it',
          { action: call.action, role: role.arn, waitMs, error: String(error) }),
      });
      if (!sent) return false;
    } catch (error) {
      if (!(isRemoval(call.action) && isNotFound(error))) throw onFailure?.(call, error) ?? error;
      log('already gone', { action: call.action });
    }
    onMade?.(call);
  }
  return true;
}

/** The calls that remove something: Delete… and Untag…, whose goal a missing target has reached. */
function isRemoval(action: PlannedAction): boolean {
  return /^(Delete|Untag)/.test(action);
}
