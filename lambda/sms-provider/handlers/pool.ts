import { CreatePoolCommand, DeletePoolCommand, MessageType } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PoolAttributes } from '../../../src/custom-resources/pool-properties';
import { smsResourceId } from '../arn';
import { conflictFailure, ErrorSubject } from '../errors';
import { OnEventResponse } from '../events';
import { clientToken, clientTokensFor } from '../idempotency';
import { Convergence } from './converge';
import { describePhoneNumbers, phoneNumberIdOf } from './phone-number-state';
import { createOnlyChanges, declaredBy, decodePool, DecodedPool, NOTHING_DECLARED, PoolDeclared } from './pool-properties';
import { describePool, PoolActual, readNumberSettings, readPool } from './pool-state';
import { Removal } from './removal';
import { notFoundUnless } from './shared-reads';
import { SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';
import { keywordsByKey, planKeywords } from '../reconcile/keywords';
import { planOriginationIdentities } from '../reconcile/origination-identities';
import { fieldsOf, fitsPool, OriginationSettings, SettingName, settingChanges } from '../reconcile/origination-settings';
import { planTags } from '../reconcile/tags';

/**
 * Custom::SmsVoicePool. The physical id is the pool's ARN.
 *
 * onEvent creates the pool from the first origination identity (the pool inherits that identity's
 * keywords, opt-out list, two-way and self-managed opt-out settings). isComplete waits for ACTIVE,
 * then, in this order: associates the other identities, makes one UpdatePool for the settings
 * (deletion protection included, so a pool whose first follow-up calls fail can still be rolled
 * back), associates the identities that fit only the updated settings (the service associates an
 * identity only when its configuration fits the pool's), makes the keyword and tag calls, and only
 * then disassociates identities no longer declared: the pool is never left without one. A change
 * of IsoCountryCode or MessageType creates a new pool first; CloudFormation deletes the old one
 * afterwards.
 */
export class PoolHandler extends SmsResourceHandler<DecodedPool, PoolDeclared, string> {
  protected readonly declarations = {
    decode: decodePool,
    sameResource: (previous: DecodedPool, desired: DecodedPool) => createOnlyChanges(previous, desired).length === 0,
    declaredBy,
    nothing: NOTHING_DECLARED,
  };

  get subject(): ErrorSubject {
    return { resourceType: 'pool', id: this.physicalId ?? this.event.PhysicalResourceId ?? this.event.LogicalResourceId };
  }

  protected desired(): DecodedPool {
    return decodePool(this.event.ResourceProperties);
  }

  protected parsePhysicalId(physicalResourceId: string | undefined): string | undefined {
    return smsResourceId(physicalResourceId, 'pool');
  }

  protected async create(desired: DecodedPool): Promise<OnEventResponse> {
    const response = await this.context.client.send(new CreatePoolCommand({
      OriginationIdentity: desired.originationIdentities[0],
      IsoCountryCode: desired.isoCountryCode,
      // Validated against the service model's MessageType enum before the call.
      MessageType: desired.messageType as MessageType,
      Tags: desired.tags.length > 0 ? desired.tags.map(tag => ({ Key: tag.key, Value: tag.value })) : undefined,
      ClientToken: clientToken(this.event, 'CreatePool'),
    }));
    if (!response.PoolArn) throw new Error('CreatePool returned no ARN');
    this.context.log('created', { arn: response.PoolArn, status: response.Status });
    return { PhysicalResourceId: response.PoolArn };
  }

  /**
   * A new country or message type is a new pool. A phone number can be in one pool only, and the
   * old pool keeps its numbers until CloudFormation deletes it after the update: so a replacement
   * that declares a number of the old pool is refused before anything is created. (A number in a
   * third pool fails its association with the service's own message; a number in the new pool is
   * a re-delivery of this update.)
   */
  protected async replacement(desired: DecodedPool, id: string): Promise<string | undefined> {
    let previous: DecodedPool;
    try {
      previous = decodePool(this.event.OldResourceProperties ?? {});
    } catch {
      return undefined;
    }
    const changed = createOnlyChanges(previous, desired);
    if (changed.length === 0) return undefined;
    const pooled = (await this.numbersInPools(desired.originationIdentities)).filter(number => number.poolId === id);
    if (pooled.length > 0) throw replacementNeedsFreeNumbers(id, changed, pooled);
    return `${changed.join(' and ')} changed, and only a new pool has them`;
  }

  protected convergence(desired: DecodedPool, id: string, previouslyDeclared: PoolDeclared): Convergence<PoolWithCandidates> {
    return {
      read: async () => {
        const pool = await notFoundUnless(readPool(this.context.client, id), this.subject);
        // Only when the settings an identity must match change does the order of associations matter.
        const changes = settingChanges(desired.settings, pool.settings, previouslyDeclared.settings);
        const matchChanges = MATCHED_SETTINGS.some(setting => changes[setting] !== undefined);
        const missing = desired.originationIdentities.filter(identity => !pool.identities.some(m => m.arn === identity || m.id === identity));
        return { ...pool, candidates: matchChanges ? await readNumberSettings(this.context.client, missing) : new Map() };
      },
      waitFor: actual => actual.status === 'ACTIVE' ? undefined : `the pool is ${actual.status}; waiting for ACTIVE`,
      plan: actual => {
        const changes = settingChanges(desired.settings, actual.settings, previouslyDeclared.settings);
        const updated = { ...actual.settings, ...changes };
        const fitsOnlyUpdatedPool = (identity: string) => {
          const number = actual.candidates.get(identity);
          return number !== undefined && !fitsPool(number, actual.settings) && fitsPool(number, updated);
        };
        const identities = planOriginationIdentities(id, desired.isoCountryCode, desired.originationIdentities, actual.identities,
          previouslyDeclared.originationIdentities, clientTokensFor(this.event), fitsOnlyUpdatedPool);
        const fields = fieldsOf(changes);
        const settings: PlannedCall[] = Object.keys(fields).length > 0 ? [{ action: 'UpdatePool', input: { PoolId: id, ...fields } }] : [];
        return [
          ...identities.associate,
          ...settings,
          ...identities.associateAfterSettings,
          ...planKeywords(id, keywordsByKey(desired.keywords), actual.keywords, previouslyDeclared.keywords),
          ...planTags(actual.arn, new Map(desired.tags.map(tag => [tag.key, tag.value])), actual.tags, previouslyDeclared.tags),
          ...identities.disassociate,
        ];
      },
      data: actual => ({ [PoolAttributes.ID]: actual.id, [PoolAttributes.ARN]: actual.arn }),
    };
  }

  protected removal(id: string): Removal {
    const { client } = this.context;
    const arn = this.event.PhysicalResourceId;
    const notActive = (status: string) => `pool '${id}' is ${status}, and DeletePool needs an ACTIVE pool`;
    return {
      retained: false,
      inspect: async () => {
        const info = await describePool(client, id);
        if (!info || info.PoolArn !== arn) return { state: 'gone' };
        if (info.Status === 'DELETING') return { state: 'waiting', reason: 'the pool is DELETING' };
        if (info.DeletionProtectionEnabled) return { state: 'refused', error: conflictFailure('DELETION_PROTECTION_ENABLED', this.subject) };
        if (info.Status !== 'ACTIVE') return { state: 'blocked', reason: notActive(info.Status ?? 'not ACTIVE') };
        return { state: 'ready' };
      },
      remove: async () => {
        await client.send(new DeletePoolCommand({ PoolId: id }));
      },
      blockedBy: error => (error as { Reason?: string }).Reason === 'RESOURCE_NOT_ACTIVE' ? notActive('not ACTIVE') : undefined,
    };
  }

  /** The declared phone numbers that are in a pool now, with their pools. */
  private async numbersInPools(identities: readonly string[]): Promise<{ readonly identity: string; readonly poolId: string }[]> {
    const numbers = identities.map(identity => ({ identity, id: phoneNumberIdOf(identity) }));
    const described = await describePhoneNumbers(this.context.client, numbers.map(n => n.id).filter((id): id is string => id !== undefined));
    return numbers.flatMap(({ identity, id }) => {
      const poolId = described.find(d => d.PhoneNumberId === id)?.PoolId;
      return poolId === undefined ? [] : [{ identity, poolId }];
    });
  }
}

/** The settings a phone number must share with its pool. */
const MATCHED_SETTINGS: readonly SettingName[] = ['optOutListName', 'selfManagedOptOutsEnabled', 'twoWay'];

/** A pool, and the settings of the declared phone numbers it lacks, when its settings change: to order their associations. */
interface PoolWithCandidates extends PoolActual {
  readonly candidates: ReadonlyMap<string, OriginationSettings>;
}

function replacementNeedsFreeNumbers(id: string, changed: readonly string[], pooled: readonly { identity: string; poolId: string }[]): Error {
  const numbers = pooled.map(p => `${p.identity} (in pool '${p.poolId}')`).join(', ');
  return new Error(`pool '${id}' cannot be replaced: changing ${changed.join(' and ')} creates a new pool before CloudFormation`
    + ` deletes the old one, but a phone number can be in one pool only, and ${numbers} would have to be in both.`
    + ' Give the new pool origination identities that are in no pool (new phone numbers, or sender IDs) and deploy;'
    + ' or deploy the pool under a new construct id with new numbers, then remove the old pool in a later deployment');
}
