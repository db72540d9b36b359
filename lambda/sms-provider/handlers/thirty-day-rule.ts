import { PlannedCall } from '../reconcile/calls';
import { OptedOutEntries } from '../reconcile/opted-out-numbers';

/** The API reference: "Each destination phone number can only be deleted once every 30 days." */
export const OPT_OUT_REMOVAL_INTERVAL_MS = 30 * 24 * 60 * 60 * 1000;

/** The ValidationException reason of a DeleteOptedOutNumber that came too soon after the number's last removal. */
export const THIRTY_DAY_RULE_REASON = 'PHONE_NUMBER_CANNOT_BE_OPTED_IN';

/**
 * The failure of a DeleteOptedOutNumber refused by the 30-day rule, or undefined for any other
 * failure. It names the number, says when it can be removed again, and what to do meanwhile: the
 * stack rolls back to the properties that still declare the number, and nothing is stuck.
 */
export function thirtyDayRuleFailure(call: PlannedCall, error: unknown, actual: { readonly optedOutNumbers: OptedOutEntries }): Error | undefined {
  if (call.action !== 'DeleteOptedOutNumber' || (error as { Reason?: string }).Reason !== THIRTY_DAY_RULE_REASON) return undefined;
  const number = call.input.OptedOutNumber!;
  const putBackAt = actual.optedOutNumbers.get(number)?.optedOutAt;
  const latest = putBackAt ? ` and at the latest from ${new Date(putBackAt.getTime() + OPT_OUT_REMOVAL_INTERVAL_MS).toISOString()}`
    + ' (30 days after it was put back on the list)' : '';
  const service = (error as { message?: string }).message;
  return new Error(`ValidationException ${THIRTY_DAY_RULE_REASON}: ${number} cannot be removed from opt-out list`
    + ` '${call.input.OptOutListName}' yet: the service removes a number at most once every 30 days${service ? ` (${service})` : ''}.`
    + ` Keep ${number} in optedOutNumbers for now, and remove it in a later deployment, 30 days after its last removal${latest}`);
}
