import { MessageType, ReleaseSenderIdCommand, RequestSenderIdCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SenderIdAttributes } from '../../../src/custom-resources/sender-id-properties';
import { SenderIdKey, senderIdOfArn } from '../arn';
import { conflictFailure, ErrorSubject } from '../errors';
import { OnEventResponse } from '../events';
import { clientToken } from '../idempotency';
import { releaseOnDelete, sameItems } from './common-properties';
import { Convergence } from './converge';
import { Removal } from './removal';
import { declaredBy, decodeSenderId, DecodedSenderId, NOTHING_DECLARED, SenderIdDeclared } from './sender-id-properties';
import { describeSenderId, readSenderId, SenderIdActual } from './sender-id-state';
import { notFoundUnless } from './shared-reads';
import { SmsResourceHandler } from './sms-resource-handler';
import { PlannedCall } from '../reconcile/calls';
import { planTags } from '../reconcile/tags';

/**
 * Custom::SmsVoiceSenderId. The physical id is the sender ID's ARN (`sender-id/<SenderId>/<country>`).
 *
 * onEvent requests the sender ID (deletion protection included); isComplete reconciles deletion
 * protection (UpdateSenderId) and tags. A new SenderId or country is a new sender ID. Message types
 * cannot change, and the same sender ID cannot be requested again in its country, so a change of
 * them alone fails with a clear message. Delete releases it only when `ReleaseOnDelete` is true.
 */
export class SenderIdHandler extends SmsResourceHandler<DecodedSenderId, SenderIdDeclared, SenderIdKey> {
  protected readonly declarations = {
    decode: decodeSenderId,
    sameResource: (previous: DecodedSenderId, desired: DecodedSenderId) => sameKey(previous, desired),
    declaredBy,
    nothing: NOTHING_DECLARED,
  };

  get subject(): ErrorSubject {
    const key = this.physicalId;
    const declared = this.event.ResourceProperties;
    const id = key && this.event.RequestType !== 'Create' ? `${key.senderId}/${key.isoCountryCode}`
      : typeof declared?.SenderId === 'string' ? `${declared.SenderId}/${String(declared.IsoCountryCode)}` : this.event.LogicalResourceId;
    return { resourceType: 'sender ID', id, nameProperty: 'senderId' };
  }

  protected desired(): DecodedSenderId {
    return decodeSenderId(this.event.ResourceProperties);
  }

  protected parsePhysicalId(physicalResourceId: string | undefined): SenderIdKey | undefined {
    return senderIdOfArn(physicalResourceId);
  }

  protected async create(desired: DecodedSenderId): Promise<OnEventResponse> {
    const response = await this.context.client.send(new RequestSenderIdCommand({
      SenderId: desired.senderId,
      IsoCountryCode: desired.isoCountryCode,
      // Validated against the service model's MessageType enum before the request.
      MessageTypes: desired.messageTypes as MessageType[] | undefined,
      DeletionProtectionEnabled: desired.deletionProtectionEnabled,
      Tags: desired.tags.length > 0 ? desired.tags.map(tag => ({ Key: tag.key, Value: tag.value })) : undefined,
      ClientToken: clientToken(this.event, 'RequestSenderId'),
    }));
    if (!response.SenderIdArn) throw new Error(`RequestSenderId returned no ARN for '${desired.senderId}'`);
    this.context.log('requested', { arn: response.SenderIdArn });
    return { PhysicalResourceId: response.SenderIdArn };
  }

  protected async replacement(desired: DecodedSenderId, key: SenderIdKey): Promise<string | undefined> {
    return sameKey(key, desired) ? undefined
      : `the sender ID changed from ${key.senderId} in ${key.isoCountryCode} to ${desired.senderId} in ${desired.isoCountryCode}`;
  }

  protected convergence(desired: DecodedSenderId, key: SenderIdKey, previouslyDeclared: SenderIdDeclared): Convergence<SenderIdActual> {
    return {
      read: () => notFoundUnless(readSenderId(this.context.client, key), this.subject),
      plan: actual => {
        if (desired.messageTypes !== undefined && !sameItems(desired.messageTypes, actual.messageTypes)) {
          throw messageTypesCannotChange(key, actual.messageTypes, desired.messageTypes);
        }
        const protection: PlannedCall[] = desired.deletionProtectionEnabled === actual.deletionProtectionEnabled ? [] : [{
          action: 'UpdateSenderId',
          input: { SenderId: key.senderId, IsoCountryCode: key.isoCountryCode, DeletionProtectionEnabled: desired.deletionProtectionEnabled },
        }];
        return [...protection, ...planTags(actual.arn, new Map(desired.tags.map(tag => [tag.key, tag.value])), actual.tags, previouslyDeclared.tags)];
      },
      data: actual => ({ [SenderIdAttributes.SENDER_ID]: actual.senderId, [SenderIdAttributes.ARN]: actual.arn }),
    };
  }

  protected removal(key: SenderIdKey): Removal {
    const { client } = this.context;
    const arn = this.event.PhysicalResourceId;
    return {
      retained: !releaseOnDelete(this.event.ResourceProperties),
      inspect: async () => {
        const info = await describeSenderId(client, key);
        if (!info || info.SenderIdArn !== arn) return { state: 'gone' };
        if (info.DeletionProtectionEnabled) return { state: 'refused', error: conflictFailure('DELETION_PROTECTION_ENABLED', this.subject) };
        return { state: 'ready' };
      },
      remove: async () => {
        await client.send(new ReleaseSenderIdCommand({ SenderId: key.senderId, IsoCountryCode: key.isoCountryCode }));
      },
      blockedBy: error => (error as { Reason?: string }).Reason === 'SENDER_ID_ASSOCIATED_TO_POOL'
        ? `sender ID '${key.senderId}' in ${key.isoCountryCode} is still in a pool, and ReleaseSenderId fails while it is;`
          + ' remove it from every pool (or delete the pools) first'
        : undefined,
    };
  }
}

function sameKey(a: SenderIdKey, b: SenderIdKey): boolean {
  return a.senderId === b.senderId && a.isoCountryCode === b.isoCountryCode;
}

function messageTypesCannotChange(key: SenderIdKey, actual: readonly string[], desired: readonly string[]): Error {
  const list = (types: readonly string[]) => types.length > 0 ? [...types].sort().join(', ') : 'none';
  return new Error(`the message types of sender ID '${key.senderId}' in ${key.isoCountryCode} cannot change (it has ${list(actual)};`
    + ` the properties ask for ${list(desired)}): the service sets them when the sender ID is requested, and the same sender ID cannot be`
    + ' requested twice in a country. Keep messageTypes as they are, or release this sender ID (removalPolicy DESTROY, then remove it)'
    + ' and request it again with the new message types in a later deployment');
}
