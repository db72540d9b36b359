import {
  CreateOptOutListCommand,
  GetResourcePolicyCommand,
  PinpointSMSVoiceV2Client,
  RequestSenderIdCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RawProperties } from '../../../lambda/sms-provider/events';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012';

/** The opt-out list and sender ID `createTargets` makes: the resources the policies of a test attach to. */
export const LIST_ARN = `${ARN_PREFIX}:opt-out-list/orders`;
export const SENDER_ARN = `${ARN_PREFIX}:sender-id/ORDERS/GB`;

/** The account the policies share resources with, unless a test says otherwise. */
export const CONSUMER = '210987654321';

export interface ResourcePolicyOptions {
  /** @default LIST_ARN */
  readonly resourceArn?: string;
  /** The accounts the policy shares the resource with. @default [CONSUMER] */
  readonly accounts?: readonly string[];
  /** @default ['sms-voice:DescribeOptOutLists'] */
  readonly actions?: readonly string[];
  /** The policy's JSON text as is, instead of the one `accounts` and `actions` make. */
  readonly policy?: string;
  /** Leave SchemaVersion out, as properties written before it existed do. */
  readonly withoutSchemaVersion?: boolean;
}

/** The JSON text of the policy these options declare: one statement per account, in order. */
export function policyText(options: ResourcePolicyOptions): string {
  if (options.policy !== undefined) return options.policy;
  const resourceArn = options.resourceArn ?? LIST_ARN;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: (options.accounts ?? [CONSUMER]).map(account => ({
      Sid: `Share${account}`,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: [...options.actions ?? ['sms-voice:DescribeOptOutLists']],
      Resource: resourceArn,
    })),
  });
}

/** The properties of a Custom::SmsVoiceResourcePolicy as CloudFormation delivers them. */
export function resourcePolicyProperties(options: ResourcePolicyOptions = {}): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    ResourceArn: options.resourceArn ?? LIST_ARN,
    Policy: policyText(options),
  };
}

/** The policy the service has for the resource `arn` names, parsed; undefined when it has none, or there is no such resource. */
export async function readResourcePolicy(client: PinpointSMSVoiceV2Client, arn: string): Promise<unknown> {
  try {
    const { Policy } = await client.send(new GetResourcePolicyCommand({ ResourceArn: arn }));
    return Policy === undefined || Policy === '{}' ? undefined : JSON.parse(Policy);
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

/** What reading back shows for a policy deployed with these options and never changed outside the stack. */
export function expectedResourcePolicy(options: ResourcePolicyOptions): unknown {
  return JSON.parse(policyText(options));
}

/** GIVEN the opt-out list and the sender ID the tests' policies attach to. */
export async function createTargets(client: PinpointSMSVoiceV2Client): Promise<void> {
  await client.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));
  await client.send(new RequestSenderIdCommand({ SenderId: 'ORDERS', IsoCountryCode: 'GB' }));
}
