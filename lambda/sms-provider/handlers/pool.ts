import { MessageType, PoolInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { POOL, PoolResourceProperties } from '../../../src/wire/pool-properties';
import { ResponseData } from '../events';
import { clientTokensFor } from '../idempotency';
import { changedSettings, declaresKeywords, planDeclaredKeywords } from './origination-properties';
import { describeNumbersAmong, numberSettings } from './phone-number-state';
import { describePool, PoolActual, readPool } from './pool-state';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';
import { planOriginationIdentities } from '../reconcile/origination-identities';
import { fieldsOf, fitsPool, OriginationSettings, SettingName } from '../reconcile/origination-settings';

type Properties = PoolResourceProperties;

/**
 * Custom::SmsVoicePool. The physical id is the pool's ARN.
 *
 * onEvent creates the pool from the first origination identity (the pool inherits that identity's
 * keywords, opt-out list, two-way and self-managed opt-out settings). isComplete waits for ACTIVE,
 * then, in this order: associates the other identities, makes one UpdatePool for the settings
 * (deletion protection included, so a pool whose first follow-up calls fail can still be rolled
 * back), associates the identities that fit only the updated settings (the service associates an
 * identity only when its configuration fits the pool's), makes the keyword calls, and only then
 * disassociates identities no longer declared: the pool is never left without one. A change of
 * IsoCountryCode or MessageType creates a new pool first; CloudFormation deletes the old one
 * afterwards.
 */
export class PoolHandler extends SmsResourceHandler<Properties, string, PoolWithCandidates> {
  protected readonly contract = POOL;

  protected createCall(desired: Properties): CreateCall {
    return {
      action: 'CreatePool',
      input: {
        OriginationIdentity: desired.OriginationIdentities[0],
        IsoCountryCode: desired.IsoCountryCode,
        // Validated against the service model's MessageType enum before the call.
        MessageType: desired.MessageType as MessageType,
      },
    };
  }

  /**
   * A phone number can be in one pool only, and the old pool keeps its numbers until
   * CloudFormation deletes it after the update: so a replacement that declares a number of the old
   * pool is refused before anything is created. (A number in a third pool fails its association
   * with the service's own message; a number in the new pool is a re-delivery of this update.)
   */
  protected async checkReplacement(desired: Properties, id: string, changed: readonly string[]): Promise<void> {
    const numbers = await describeNumbersAmong(this.context.client, desired.OriginationIdentities);
    const pooled = [...numbers].filter(([, info]) => info.PoolId === id).map(([identity]) => identity);
    if (pooled.length > 0) throw replacementNeedsFreeNumbers(id, changed, pooled);
  }

  protected async read(id: string, desired: Properties, declaredBefore: Properties | undefined): Promise<PoolWithCandidates | undefined> {
    const pool = await readPool(this.context.client, id, declaresKeywords(desired, declaredBefore));
    if (!pool) return undefined;
    // Only when the settings an identity must match change does the order of associations matter.
    const changes = changedSettings(desired, pool.settings, declaredBefore);
    const matchChanges = MATCHED_SETTINGS.some(setting => changes[setting] !== undefined);
    const missing = desired.OriginationIdentities.filter(identity => !pool.identities.some(m => m.arn === identity || m.id === identity));
    const candidates = new Map<string, OriginationSettings>();
    if (matchChanges) {
      for (const [identity, info] of await describeNumbersAmong(this.context.client, missing)) candidates.set(identity, numberSettings(info));
    }
    return { ...pool, candidates };
  }

  protected waitFor(_desired: Properties, actual: PoolWithCandidates): string | undefined {
    return actual.status === 'ACTIVE' ? undefined : `the pool is ${actual.status}; waiting for ACTIVE`;
  }

  protected plan(desired: Properties, actual: PoolWithCandidates, declaredBefore: Properties | undefined, id: string): PlannedCall[] {
    const changes = changedSettings(desired, actual.settings, declaredBefore);
    const updated = { ...actual.settings, ...changes };
    const fitsOnlyUpdatedPool = (identity: string) => {
      const number = actual.candidates.get(identity);
      return number !== undefined && !fitsPool(number, actual.settings) && fitsPool(number, updated);
    };
    const identities = planOriginationIdentities(id, desired.IsoCountryCode, desired.OriginationIdentities, actual.identities,
      declaredBefore?.OriginationIdentities ?? [], clientTokensFor(this.event), fitsOnlyUpdatedPool);
    const fields = fieldsOf(changes);
    const settings: PlannedCall[] = Object.keys(fields).length > 0 ? [{ action: 'UpdatePool', input: { PoolId: id, ...fields } }] : [];
    return [
      ...identities.associate,
      ...settings,
      ...identities.associateAfterSettings,
      ...planDeclaredKeywords(id, desired, actual.keywords, declaredBefore),
      ...identities.disassociate,
    ];
  }

  protected data(actual: PoolWithCandidates): ResponseData {
    return { [POOL.attributes.ID]: actual.id, [POOL.attributes.ARN]: actual.arn };
  }

  protected removal(id: string): ResourceRemoval<PoolInformation> {
    const notActive = (status: string) => `pool '${id}' is ${status}, and DeletePool needs an ACTIVE pool`;
    return {
      describe: () => describePool(this.context.client, id),
      inspect: info => {
        if (info.Status === 'DELETING') return { state: 'waiting', reason: 'the pool is DELETING' };
        if (info.Status !== 'ACTIVE') return { state: 'blocked', reason: notActive(info.Status ?? 'not ACTIVE') };
        return { state: 'ready' };
      },
      call: { action: 'DeletePool', input: { PoolId: id } },
      blockedBy: error => (error as { Reason?: string }).Reason === 'RESOURCE_NOT_ACTIVE' ? notActive('not ACTIVE') : undefined,
    };
  }
}

/** The settings a phone number must share with its pool. */
const MATCHED_SETTINGS: readonly SettingName[] = ['optOutListName', 'selfManagedOptOutsEnabled', 'twoWay'];

/** A pool, and the settings of the declared phone numbers it lacks, when its settings change: to order their associations. */
interface PoolWithCandidates extends PoolActual {
  readonly candidates: ReadonlyMap<string, OriginationSettings>;
}

function replacementNeedsFreeNumbers(id: string, changed: readonly string[], pooled: readonly string[]): Error {
  const numbers = pooled.map(identity => `${identity} (in pool '${id}')`).join(', ');
  return new Error(`pool '${id}' cannot be replaced: changing ${changed.join(' and ')} creates a new pool before CloudFormation`
    + ` deletes the old one, but a phone number can be in one pool only, and ${numbers} would have to be in both.`
    + ' Give the new pool origination identities that are in no pool (new phone numbers, or sender IDs) and deploy;'
    + ' or deploy the pool under a new construct id with new numbers, then remove the old pool in a later deployment');
}
