import {
  DescribeConfigurationSetsCommand,
  DescribeKeywordsCommand,
  DescribeOptedOutNumbersCommand,
  DescribeOptOutListsCommand,
  DescribePhoneNumbersCommand,
  DescribePoolsCommand,
  DescribeProtectConfigurationsCommand,
  DescribeRegistrationAttachmentsCommand,
  DescribeRegistrationsCommand,
  DescribeSenderIdsCommand,
  DescribeSpendLimitsCommand,
  DescribeVerifiedDestinationNumbersCommand,
  ListPoolOriginationIdentitiesCommand,
  ListTagsForResourceCommand,
  PinpointSMSVoiceV2Client,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { DEFAULT_REGION } from './handler-environment';

type Fields = { readonly [key: string]: unknown };
type Send = (input: Fields) => object;

/** One kind of SMS v2 resource: how to list it, and what identifies an item. */
interface SmsKind {
  readonly kind: string;
  readonly describe: Send;
  /** The member of the Describe output that holds the page of items. */
  readonly items: string;
  readonly idMember: string;
  readonly arnMember: string;
  /** A status that means the resource no longer exists. */
  readonly goneStatus?: string;
  /** Child collections that other calls read: the command, and the member of its output that lists them. */
  readonly children?: (item: Fields) => readonly (readonly [command: object, items: string])[];
}

function smsKind(
  name: string,
  describe: Send,
  items: string,
  [idMember, arnMember]: readonly [string, string],
  more: Pick<SmsKind, 'goneStatus' | 'children'> = {},
): SmsKind {
  return { kind: name, describe, items, idMember, arnMember, ...more };
}

const KINDS: readonly SmsKind[] = [
  smsKind('configuration-set', input => new DescribeConfigurationSetsCommand(input), 'ConfigurationSets', ['ConfigurationSetName', 'ConfigurationSetArn']),
  smsKind('opt-out-list', input => new DescribeOptOutListsCommand(input), 'OptOutLists', ['OptOutListName', 'OptOutListArn'], {
    children: item => [[new DescribeOptedOutNumbersCommand({ OptOutListName: String(item.OptOutListName) }), 'OptedOutNumbers']],
  }),
  smsKind('phone-number', input => new DescribePhoneNumbersCommand(input), 'PhoneNumbers', ['PhoneNumberId', 'PhoneNumberArn'], {
    goneStatus: 'DELETED',
    children: item => [[new DescribeKeywordsCommand({ OriginationIdentity: String(item.PhoneNumberId) }), 'Keywords']],
  }),
  smsKind('sender-id', input => new DescribeSenderIdsCommand(input), 'SenderIds', ['SenderId', 'SenderIdArn']),
  smsKind('pool', input => new DescribePoolsCommand(input), 'Pools', ['PoolId', 'PoolArn'], {
    children: item => [
      [new ListPoolOriginationIdentitiesCommand({ PoolId: String(item.PoolId) }), 'OriginationIdentities'],
      [new DescribeKeywordsCommand({ OriginationIdentity: String(item.PoolId) }), 'Keywords'],
    ],
  }),
  smsKind('protect-configuration', input => new DescribeProtectConfigurationsCommand(input), 'ProtectConfigurations',
    ['ProtectConfigurationId', 'ProtectConfigurationArn']),
  smsKind('registration', input => new DescribeRegistrationsCommand(input), 'Registrations', ['RegistrationId', 'RegistrationArn'], { goneStatus: 'DELETED' }),
  smsKind('registration-attachment', input => new DescribeRegistrationAttachmentsCommand(input), 'RegistrationAttachments',
    ['RegistrationAttachmentId', 'RegistrationAttachmentArn']),
  smsKind('verified-destination-number', input => new DescribeVerifiedDestinationNumbersCommand(input), 'VerifiedDestinationNumbers',
    ['VerifiedDestinationNumberId', 'VerifiedDestinationNumberArn']),
];

/** An SMS v2 resource as the service describes it. */
export interface SmsResource {
  readonly kind: string;
  readonly id: string;
  readonly arn: string;
  /** The item of its Describe action, as the SDK returns it. */
  readonly description: Fields;
}

/** An SMS v2 client for the emulator, with dummy credentials. */
export function smsClient(endpoint: string, region: string = DEFAULT_REGION): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({ endpoint, region, credentials: { accessKeyId: 'AKIDLOCALDEPLOY', secretAccessKey: 'local-deploy-not-a-secret' } });
}

/**
 * Every SMS v2 resource the service holds, read through the SDK, kind after kind (every page).
 * Kinds the emulator does not implement yet are skipped, so the list grows as it does.
 */
export async function smsInventory(client: PinpointSMSVoiceV2Client): Promise<SmsResource[]> {
  const resources: SmsResource[] = [];
  for (const described of KINDS) {
    let nextToken: string | undefined;
    do {
      const page = await sendUnlessUnimplemented(client, described.describe(nextToken ? { NextToken: nextToken } : {}));
      if (!page) break;
      for (const item of (page[described.items] ?? []) as Fields[]) {
        if (described.goneStatus !== undefined && item.Status === described.goneStatus) continue;
        resources.push({ kind: described.kind, id: String(item[described.idMember]), arn: String(item[described.arnMember]), description: item });
      }
      nextToken = page.NextToken as string | undefined;
    } while (nextToken);
  }
  const overridden = await overriddenSpendLimits(client);
  if (overridden.length > 0) {
    resources.push({ kind: ACCOUNT_SETTINGS, id: ACCOUNT_SETTINGS, arn: ACCOUNT_SETTINGS, description: { SpendLimits: overridden } });
  }
  return resources;
}

/**
 * The account settings have no ARN and no Describe listing: they are in the service while a spend
 * limit is overridden, under the kind that starts their physical id (`account-settings:<account>:<region>`).
 */
const ACCOUNT_SETTINGS = 'account-settings';

async function overriddenSpendLimits(client: PinpointSMSVoiceV2Client): Promise<Fields[]> {
  const page = await sendUnlessUnimplemented(client, new DescribeSpendLimitsCommand({}));
  return ((page?.SpendLimits ?? []) as Fields[]).filter(limit => limit.Overridden === true);
}

/** The resources of `inventory` that a physical id names: by ARN, or by id (`PoolId`, `PhoneNumberId`...), or the account settings. */
export function named(inventory: readonly SmsResource[], physicalId: string): SmsResource | undefined {
  return inventory.find(resource => resource.arn === physicalId || resource.id === physicalId
    || (resource.kind === ACCOUNT_SETTINGS && physicalId.startsWith(`${ACCOUNT_SETTINGS}:`)));
}

/** A resource's description, with its tags and child collections (keywords, opted-out numbers...). */
export async function describeInFull(client: PinpointSMSVoiceV2Client, resource: SmsResource): Promise<Fields> {
  if (resource.kind === ACCOUNT_SETTINGS) return resource.description;
  const described = KINDS.find(k => k.kind === resource.kind)!;
  const children: { [name: string]: unknown } = {};
  for (const [command, items] of described.children?.(resource.description) ?? []) {
    const page = await sendUnlessUnimplemented(client, command);
    if (page) children[items] = page[items] ?? [];
  }
  const tags = await sendUnlessUnimplemented(client, new ListTagsForResourceCommand({ ResourceArn: resource.arn }));
  return {
    ...resource.description,
    ...children,
    Tags: Object.fromEntries(((tags?.Tags ?? []) as { Key: string; Value: string }[]).map(tag => [tag.Key, tag.Value])),
  };
}

async function sendUnlessUnimplemented(client: PinpointSMSVoiceV2Client, command: object): Promise<Fields | undefined> {
  try {
    return await (client.send as (c: object) => Promise<Fields>)(command);
  } catch (error) {
    if ((error as { name?: string }).name === 'NotImplementedException') return undefined;
    throw error;
  }
}
