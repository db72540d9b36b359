import { DescribeSenderIdsCommand, SenderIdInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SenderIdKey } from '../arn';
import { SmsClient } from '../client';
import { describeOne } from './shared-reads';

/** A sender ID as the service has it. */
export interface SenderIdActual {
  readonly arn: string;
  readonly senderId: string;
  readonly messageTypes: readonly string[];
  readonly deletionProtectionEnabled: boolean;
}

/** The sender ID of `key`, or undefined when there is none. */
export async function describeSenderId(client: SmsClient, key: SenderIdKey): Promise<SenderIdInformation | undefined> {
  return describeOne(async () => (await client.send(new DescribeSenderIdsCommand({
    SenderIds: [{ SenderId: key.senderId, IsoCountryCode: key.isoCountryCode }],
  }))).SenderIds, s => s.SenderId === key.senderId && s.IsoCountryCode === key.isoCountryCode);
}

/** Everything the handler reconciles; undefined when the sender ID is gone. */
export async function readSenderId(client: SmsClient, key: SenderIdKey): Promise<SenderIdActual | undefined> {
  const info = await describeSenderId(client, key);
  if (!info?.SenderIdArn) return undefined;
  return {
    arn: info.SenderIdArn,
    senderId: key.senderId,
    messageTypes: info.MessageTypes ?? [],
    deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
  };
}
