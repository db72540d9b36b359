import { MessageType, NumberCapability, PhoneNumberInformation, RequestableNumberType } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PHONE_NUMBER, PhoneNumberResourceProperties } from '../../../src/wire/phone-number-properties';
import { isRegistrationGated } from '../../../src/wire/registration-gated';
import { ResponseData } from '../events';
import { changedSettings, declaresKeywords, planDeclaredKeywords } from './origination-properties';
import { describePhoneNumber, PhoneNumberActual, POOL_TRANSITIONS, readPhoneNumber, RELEASED } from './phone-number-state';
import { pooledNumberFailure } from './pooled-number';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';
import { fieldsOf } from '../reconcile/origination-settings';

type Properties = PhoneNumberResourceProperties;

/**
 * Custom::SmsVoicePhoneNumber. The physical id is the phone number's ARN.
 *
 * onEvent requests the number with everything RequestPhoneNumber takes (deletion protection
 * included: a number is protected from its first moment). isComplete waits for ACTIVE (unless
 * `WaitForActive` is false: a registration-gated number may stay PENDING for days), then makes one
 * UpdatePhoneNumber for what the request does not take, and the keyword calls. While the number is
 * in a pool its settings and keywords are the pool's: changing them fails with a clear message.
 * Delete releases the number only when `ReleaseOnDelete` is true.
 */
export class PhoneNumberHandler extends SmsResourceHandler<Properties, string, PhoneNumberActual> {
  protected readonly contract = PHONE_NUMBER;

  protected createCall(desired: Properties): CreateCall {
    return {
      action: 'RequestPhoneNumber',
      // Validated against the service model's enums before the request.
      input: {
        IsoCountryCode: desired.IsoCountryCode,
        MessageType: desired.MessageType as MessageType,
        NumberCapabilities: desired.NumberCapabilities as NumberCapability[],
        NumberType: desired.NumberType as RequestableNumberType,
        RegistrationId: desired.RegistrationId,
        PoolId: desired.PoolId,
        OptOutListName: desired.OptOutListName,
        InternationalSendingEnabled: desired.InternationalSendingEnabled,
        DeletionProtectionEnabled: desired.DeletionProtectionEnabled,
      },
    };
  }

  protected read(id: string, desired: Properties, declaredBefore: Properties | undefined): Promise<PhoneNumberActual | undefined> {
    return readPhoneNumber(this.context.client, id, declaresKeywords(desired, declaredBefore));
  }

  protected waitFor(desired: Properties, actual: PhoneNumberActual): string | undefined {
    if (POOL_TRANSITIONS.includes(actual.status)) return `the number is ${actual.status}`;
    const gated = isRegistrationGated(desired.IsoCountryCode, desired.NumberType)
      ? `: a US ${desired.NumberType === 'TOLL_FREE' ? 'toll-free' : '10DLC'} number becomes ACTIVE only once its registration is approved, which takes days`
      : '';
    if (actual.status !== 'ACTIVE' && desired.WaitForActive) return `the number is ${actual.status}; waiting for ACTIVE (waitForActive)${gated}`;
    if (actual.status !== 'ACTIVE') this.context.log(`not waiting for ACTIVE (waitForActive is false): the number is ${actual.status}${gated}`);
    return undefined;
  }

  protected plan(desired: Properties, actual: PhoneNumberActual, declaredBefore: Properties | undefined, id: string): PlannedCall[] {
    const fields = fieldsOf(changedSettings(desired, actual.settings, declaredBefore));
    const settings: PlannedCall[] = Object.keys(fields).length > 0 ? [{ action: 'UpdatePhoneNumber', input: { PhoneNumberId: id, ...fields } }] : [];
    const keywords = planDeclaredKeywords(id, desired, actual.keywords, declaredBefore);
    if (actual.poolId !== undefined && settings.length + keywords.length > 0) throw pooledNumberFailure(actual, fields, keywords);
    return [...settings, ...keywords];
  }

  protected deferral(desired: Properties, actual: PhoneNumberActual, error: unknown): string | undefined {
    return !desired.WaitForActive && actual.status !== 'ACTIVE' && (error as { Reason?: string }).Reason === 'RESOURCE_NOT_ACTIVE'
      ? `the number is ${actual.status} and the service does not change it yet; deploy again once it is ACTIVE to apply the rest` : undefined;
  }

  protected data(actual: PhoneNumberActual): ResponseData {
    return {
      [PHONE_NUMBER.attributes.ID]: actual.id,
      [PHONE_NUMBER.attributes.ARN]: actual.arn,
      [PHONE_NUMBER.attributes.PHONE_NUMBER]: actual.phoneNumber,
    };
  }

  protected removal(id: string): ResourceRemoval<PhoneNumberInformation> {
    const inPool = (poolId: string) => `phone number '${id}' is still in pool '${poolId}', and ReleasePhoneNumber fails while it is;`
      + ' remove it from the pool (or delete the pool) first';
    return {
      describe: () => describePhoneNumber(this.context.client, id),
      inspect: info => {
        if (info.Status === RELEASED) return { state: 'gone' };
        if (info.PoolId !== undefined) return { state: 'blocked', reason: inPool(info.PoolId) };
        if (info.Status === 'DISASSOCIATING') return { state: 'waiting', reason: 'the number is leaving its pool (DISASSOCIATING)' };
        if (info.Status === 'ASSOCIATING') return { state: 'blocked', reason: inPool('(joining one)') };
        return { state: 'ready' };
      },
      call: { action: 'ReleasePhoneNumber', input: { PhoneNumberId: id } },
      blockedBy: error => {
        const reason = (error as { Reason?: string }).Reason;
        if (reason === 'PHONE_NUMBER_ASSOCIATED_TO_POOL') return inPool('(the service says so)');
        return reason === 'RESOURCE_NOT_ACTIVE' ? `phone number '${id}' is not in a status that can be released` : undefined;
      },
    };
  }
}
