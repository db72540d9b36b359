import { MessageType, SenderIdInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { sameItems } from '../../../src/wire/resource-contract';
import { SENDER_ID, SenderIdResourceProperties } from '../../../src/wire/sender-id-properties';
import { SenderIdKey, senderIdOfArn } from '../arn';
import { ResponseData } from '../events';
import { ResourceRemoval } from './removal';
import { describeSenderId, readSenderId, SenderIdActual } from './sender-id-state';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';

type Properties = SenderIdResourceProperties;

/**
 * Custom::SmsVoiceSenderId. The physical id is the sender ID's ARN (`sender-id/<SenderId>/<country>`).
 *
 * onEvent requests the sender ID (deletion protection included); isComplete reconciles deletion
 * protection (UpdateSenderId). A new SenderId or country is a new sender ID. Message types cannot
 * change, and the same sender ID cannot be requested again in its country, so a change of them
 * alone fails with a clear message. Delete releases it only when `ReleaseOnDelete` is true.
 */
export class SenderIdHandler extends SmsResourceHandler<Properties, SenderIdKey, SenderIdActual> {
  protected readonly contract = SENDER_ID;

  protected readonly subjectDetails = { nameProperty: 'senderId' };

  /** The sender ID and its country, as the physical id names them (or, on Create, as declared). */
  protected subjectId(): string {
    const key = this.physicalId;
    const declared = this.event.ResourceProperties;
    if (key && this.event.RequestType !== 'Create') return `${key.senderId}/${key.isoCountryCode}`;
    return typeof declared?.SenderId === 'string' ? `${declared.SenderId}/${String(declared.IsoCountryCode)}` : this.event.LogicalResourceId;
  }

  protected parsePhysicalId(physicalResourceId: string | undefined): SenderIdKey | undefined {
    return senderIdOfArn(physicalResourceId);
  }

  protected createCall(desired: Properties): CreateCall {
    return {
      action: 'RequestSenderId',
      input: {
        SenderId: desired.SenderId,
        IsoCountryCode: desired.IsoCountryCode,
        // Validated against the service model's MessageType enum before the request.
        MessageTypes: desired.MessageTypes as MessageType[] | undefined,
        DeletionProtectionEnabled: desired.DeletionProtectionEnabled,
      },
    };
  }

  protected read(key: SenderIdKey): Promise<SenderIdActual | undefined> {
    return readSenderId(this.context.client, key);
  }

  protected plan(desired: Properties, actual: SenderIdActual, _declaredBefore: Properties | undefined, key: SenderIdKey): PlannedCall[] {
    if (desired.MessageTypes !== undefined && !sameItems(desired.MessageTypes, actual.messageTypes)) {
      throw messageTypesCannotChange(key, actual.messageTypes, desired.MessageTypes);
    }
    return desired.DeletionProtectionEnabled === actual.deletionProtectionEnabled ? [] : [{
      action: 'UpdateSenderId',
      input: { SenderId: key.senderId, IsoCountryCode: key.isoCountryCode, DeletionProtectionEnabled: desired.DeletionProtectionEnabled },
    }];
  }

  protected data(actual: SenderIdActual): ResponseData {
    return { [SENDER_ID.attributes.SENDER_ID]: actual.senderId, [SENDER_ID.attributes.ARN]: actual.arn };
  }

  protected removal(key: SenderIdKey): ResourceRemoval<SenderIdInformation> {
    return {
      describe: () => describeSenderId(this.context.client, key),
      call: { action: 'ReleaseSenderId', input: { SenderId: key.senderId, IsoCountryCode: key.isoCountryCode } },
      blockedBy: error => (error as { Reason?: string }).Reason === 'SENDER_ID_ASSOCIATED_TO_POOL'
        ? `sender ID '${key.senderId}' in ${key.isoCountryCode} is still in a pool, and ReleaseSenderId fails while it is;`
          + ' remove it from every pool (or delete the pools) first'
        : undefined,
    };
  }
}

function messageTypesCannotChange(key: SenderIdKey, actual: readonly string[], desired: readonly string[]): Error {
  const list = (types: readonly string[]) => types.length > 0 ? [...types].sort().join(', ') : 'none';
  return new Error(`the message types of sender ID '${key.senderId}' in ${key.isoCountryCode} cannot change (it has ${list(actual)};`
    + ` the properties ask for ${list(desired)}): the service sets them when the sender ID is requested, and the same sender ID cannot be`
    + ' requested twice in a country. Keep messageTypes as they are, or release this sender ID (removalPolicy DESTROY, then remove it)'
    + ' and request it again with the new message types in a later deployment');
}
