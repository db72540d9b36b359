import { MessageType, NumberCapability, ReleasePhoneNumberCommand, RequestableNumberType, RequestPhoneNumberCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PhoneNumberAttributes } from '../../../src/custom-resources/phone-number-properties';
import { smsResourceId } from '../arn';
import { conflictFailure, ErrorSubject } from '../errors';
import { OnEventResponse } from '../events';
import { clientToken } from '../idempotency';
import { releaseOnDelete } from './common-properties';
import { Convergence } from './converge';
import {
  declaredBy,
  decodePhoneNumber,
  DecodedPhoneNumber,
  NOTHING_DECLARED,
  PhoneNumberDeclared,
  requestChanges,
} from './phone-number-properties';
import { describePhoneNumber, PhoneNumberActual, POOL_TRANSITIONS, readPhoneNumber, RELEASED } from './phone-number-state';
import { pooledNumberFailure } from './pooled-number';
import { Removal } from './removal';
import { notFoundUnless } from './shared-reads';
import { SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';
import { keywordsByKey, planKeywords } from '../reconcile/keywords';
import { planSettingFields } from '../reconcile/origination-settings';
import { planTags } from '../reconcile/tags';

/**
 * Custom::SmsVoicePhoneNumber. The physical id is the phone number's ARN.
 *
 * onEvent requests the number with everything RequestPhoneNumber takes (deletion protection
 * included: a number is protected from its first moment). isComplete waits for ACTIVE (unless
 * `WaitForActive` is false: a registration-gated number may stay PENDING for days), then makes one
 * UpdatePhoneNumber for what the request does not take, the keyword calls and the tag calls.
 * While the number is in a pool its settings and keywords are the pool's: changing them fails
 * with a clear message. Delete releases the number only when `ReleaseOnDelete` is true.
 */
export class PhoneNumberHandler extends SmsResourceHandler<DecodedPhoneNumber, PhoneNumberDeclared, string> {
  protected readonly declarations = {
    decode: decodePhoneNumber,
    sameResource: (previous: DecodedPhoneNumber, desired: DecodedPhoneNumber) => requestChanges(previous.request, desired.request).length === 0,
    declaredBy,
    nothing: NOTHING_DECLARED,
  };

  get subject(): ErrorSubject {
    return { resourceType: 'phone number', id: this.physicalId ?? this.event.PhysicalResourceId ?? this.event.LogicalResourceId };
  }

  protected desired(): DecodedPhoneNumber {
    return decodePhoneNumber(this.event.ResourceProperties);
  }

  protected parsePhysicalId(physicalResourceId: string | undefined): string | undefined {
    return smsResourceId(physicalResourceId, 'phone-number');
  }

  protected async create(desired: DecodedPhoneNumber): Promise<OnEventResponse> {
    const { request, settings } = desired;
    // Validated against the service model's enums before the request.
    const response = await this.context.client.send(new RequestPhoneNumberCommand({
      IsoCountryCode: request.isoCountryCode,
      MessageType: request.messageType as MessageType,
      NumberCapabilities: request.numberCapabilities as NumberCapability[],
      NumberType: request.numberType as RequestableNumberType,
      RegistrationId: request.registrationId,
      PoolId: request.poolId,
      OptOutListName: settings.optOutListName,
      InternationalSendingEnabled: settings.internationalSendingEnabled,
      DeletionProtectionEnabled: settings.deletionProtectionEnabled,
      Tags: desired.tags.length > 0 ? desired.tags.map(tag => ({ Key: tag.key, Value: tag.value })) : undefined,
      ClientToken: clientToken(this.event, 'RequestPhoneNumber'),
    }));
    if (!response.PhoneNumberArn) throw new Error('RequestPhoneNumber returned no ARN');
    this.context.log('requested', { arn: response.PhoneNumberArn, status: response.Status });
    return { PhysicalResourceId: response.PhoneNumberArn };
  }

  protected async replacement(desired: DecodedPhoneNumber): Promise<string | undefined> {
    let previous: DecodedPhoneNumber;
    try {
      previous = decodePhoneNumber(this.event.OldResourceProperties ?? {});
    } catch {
      return undefined;
    }
    const changed = requestChanges(previous.request, desired.request);
    return changed.length > 0 ? `${changed.join(', ')} changed, and only a new number has them` : undefined;
  }

  protected convergence(desired: DecodedPhoneNumber, id: string, previouslyDeclared: PhoneNumberDeclared): Convergence<PhoneNumberActual> {
    const { client } = this.context;
    return {
      read: () => notFoundUnless(readPhoneNumber(client, id), this.subject),
      waitFor: actual => {
        if (POOL_TRANSITIONS.includes(actual.status)) return `the number is ${actual.status}`;
        if (actual.status !== 'ACTIVE' && desired.waitForActive) return `the number is ${actual.status}; waiting for ACTIVE (waitForActive)`;
        return undefined;
      },
      plan: actual => {
        const fields = planSettingFields(desired.settings, actual.settings, previouslyDeclared.settings);
        const settings: PlannedCall[] = Object.keys(fields).length > 0 ? [{ action: 'UpdatePhoneNumber', input: { PhoneNumberId: id, ...fields } }] : [];
        const keywords = planKeywords(id, keywordsByKey(desired.keywords), actual.keywords, previouslyDeclared.keywords);
        if (actual.poolId !== undefined && settings.length + keywords.length > 0) throw pooledNumberFailure(actual, fields, keywords);
        return [
          ...settings,
          ...keywords,
          ...planTags(actual.arn, new Map(desired.tags.map(tag => [tag.key, tag.value])), actual.tags, previouslyDeclared.tags),
        ];
      },
      deferral: (actual, error) => !desired.waitForActive && actual.status !== 'ACTIVE' && (error as { Reason?: string }).Reason === 'RESOURCE_NOT_ACTIVE'
        ? `the number is ${actual.status} and the service does not change it yet; deploy again once it is ACTIVE to apply the rest` : undefined,
      data: actual => ({
        [PhoneNumberAttributes.ID]: actual.id,
        [PhoneNumberAttributes.ARN]: actual.arn,
        [PhoneNumberAttributes.PHONE_NUMBER]: actual.phoneNumber,
      }),
    };
  }

  protected removal(id: string): Removal {
    const { client } = this.context;
    const arn = this.event.PhysicalResourceId;
    const inPool = (poolId: string) => `phone number '${id}' is still in pool '${poolId}', and ReleasePhoneNumber fails while it is;`
      + ' remove it from the pool (or delete the pool) first';
    return {
      retained: !releaseOnDelete(this.event.ResourceProperties),
      inspect: async () => {
        const info = await describePhoneNumber(client, id);
        if (!info || info.PhoneNumberArn !== arn || info.Status === RELEASED) return { state: 'gone' };
        if (info.DeletionProtectionEnabled) return { state: 'refused', error: conflictFailure('DELETION_PROTECTION_ENABLED', this.subject) };
        if (info.PoolId !== undefined) return { state: 'blocked', reason: inPool(info.PoolId) };
        if (info.Status === 'DISASSOCIATING') return { state: 'waiting', reason: 'the number is leaving its pool (DISASSOCIATING)' };
        if (info.Status === 'ASSOCIATING') return { state: 'blocked', reason: inPool('(joining one)') };
        return { state: 'ready' };
      },
      remove: async () => {
        await client.send(new ReleasePhoneNumberCommand({ PhoneNumberId: id }));
      },
      blockedBy: error => {
        const reason = (error as { Reason?: string }).Reason;
        if (reason === 'PHONE_NUMBER_ASSOCIATED_TO_POOL') return inPool('(the service says so)');
        return reason === 'RESOURCE_NOT_ACTIVE' ? `phone number '${id}' is not in a status that can be released` : undefined;
      },
    };
  }
}
