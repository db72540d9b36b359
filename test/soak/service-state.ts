import { GetResourcePolicyCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { describeInFull, isSmsResource, LocalApp, named, smsInventory } from '../local-deploy';

/** What the service holds for each SMS resource an app's stacks declare, by `<stack>/<logical id>`. */
export type ServiceState = { readonly [resource: string]: unknown };

/**
 * Every declared SMS resource as the service describes it in full (tags and child collections
 * included), written so that two deployments of the same templates compare equal: what the
 * service or the runner assigned (ids, ARNs, phone numbers, simulated resources' names) is
 * replaced by the logical id it belongs to, timestamps are left out and lists are sorted. A
 * resource policy is described as its policy document; opted-out numbers as the list they are on.
 */
export async function serviceState(client: PinpointSMSVoiceV2Client, app: LocalApp): Promise<ServiceState> {
  const inventory = await smsInventory(client);
  const aliases = new Map<string, string>();
  // The first resource to hold a value names it: a pool's ARN is the pool's, not its policy's.
  const alias = (assigned: unknown, reference: string) => {
    if (typeof assigned === 'string' && assigned.length >= SHORTEST_ASSIGNED && !aliases.has(assigned)) aliases.set(assigned, reference);
  };
  const described: [string, () => Promise<unknown>][] = [];
  for (const stack of app.deployedStacks) {
    for (const resource of stack.resources()) {
      const reference = `{${stack.stackName}/${resource.logicalId}}`;
      const found = isSmsResource(resource.type) ? named(inventory, resource.physicalId) : undefined;
      for (const assigned of [found?.id, found?.arn, found?.description.PhoneNumber, resource.physicalId]) alias(assigned, reference);
      for (const [attribute, value] of Object.entries(resource.attributes)) alias(value, `{${stack.stackName}/${resource.logicalId}.${attribute}}`);
      if (!found) continue;
      described.push([`${stack.stackName}/${resource.logicalId}`, resource.type === RESOURCE_POLICY
        ? () => policyOf(client, found.arn)
        : () => describeInFull(client, found)]);
    }
  }
  const rename = renamer(aliases);
  const state: { [resource: string]: unknown } = {};
  for (const [key, describe] of described) state[key] = comparable(await describe(), rename);
  return state;
}

const RESOURCE_POLICY = 'Custom::SmsVoiceResourcePolicy';

async function policyOf(client: PinpointSMSVoiceV2Client, resourceArn: string): Promise<unknown> {
  const { Policy } = await client.send(new GetResourcePolicyCommand({ ResourceArn: resourceArn }));
  return { ResourceArn: resourceArn, Policy: Policy === undefined ? undefined : JSON.parse(Policy) };
}

/** Aliases shorter than this are declared values (a country, a sender ID), the same in every deployment. */
const SHORTEST_ASSIGNED = 8;

function comparable(value: unknown, rename: (text: string) => string): unknown {
  if (typeof value === 'string') return rename(value);
  if (Array.isArray(value)) return value.map(item => comparable(item, rename)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value instanceof Date) return undefined;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value)
      .filter(([key]) => !key.endsWith('Timestamp'))
      .map(([key, item]) => [key, comparable(item, rename)]));
  }
  return value;
}

/** A string with every assigned value in it replaced by its alias, the longest first (an ARN holds a name). */
function renamer(aliases: ReadonlyMap<string, string>): (text: string) => string {
  const longestFirst = [...aliases.keys()].sort((a, b) => b.length - a.length);
  return text => aliases.get(text) ?? longestFirst.reduce((result, key) => result.split(key).join(aliases.get(key)!), text);
}
