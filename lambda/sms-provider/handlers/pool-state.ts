import { DescribePoolsCommand, ListPoolOriginationIdentitiesCommand, PoolInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../client';
import { readAllPages } from '../pages';
import { describeOne, readKeywords } from './shared-reads';
import { Keywords } from '../reconcile/keywords';
import { PoolIdentity } from '../reconcile/origination-identities';
import { OriginationSettings } from '../reconcile/origination-settings';

/** A pool as the service has it. */
export interface PoolActual {
  readonly arn: string;
  readonly id: string;
  readonly status: string;
  readonly identities: readonly PoolIdentity[];
  readonly settings: OriginationSettings;
  readonly keywords: Keywords;
}

/** The pool `id` names, or undefined when there is none. */
export async function describePool(client: SmsClient, id: string): Promise<PoolInformation | undefined> {
  return describeOne(async () => (await client.send(new DescribePoolsCommand({ PoolIds: [id] }))).Pools, pool => pool.PoolId === id);
}

/** Everything the handler reconciles (its keywords only `withKeywords`, else none); undefined when the pool is gone or on its way out. */
export async function readPool(client: SmsClient, id: string, withKeywords: boolean): Promise<PoolActual | undefined> {
  const info = await describePool(client, id);
  if (!info?.PoolArn || info.Status === 'DELETING') return undefined;
  const identities = await readAllPages(async NextToken => {
    const page = await client.send(new ListPoolOriginationIdentitiesCommand({ PoolId: id, NextToken }));
    return { items: page.OriginationIdentities, nextToken: page.NextToken };
  });
  return {
    arn: info.PoolArn,
    id,
    status: info.Status ?? '',
    identities: identities.map(i => ({ arn: i.OriginationIdentityArn ?? '', id: i.OriginationIdentity ?? '' })),
    settings: {
      optOutListName: info.OptOutListName ?? '',
      selfManagedOptOutsEnabled: info.SelfManagedOptOutsEnabled ?? false,
      twoWay: { enabled: info.TwoWayEnabled ?? false, channelArn: info.TwoWayChannelArn, channelRole: info.TwoWayChannelRole },
      deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
      sharedRoutesEnabled: info.SharedRoutesEnabled ?? false,
    },
    keywords: withKeywords ? await readKeywords(client, id) : new Map(),
  };
}
