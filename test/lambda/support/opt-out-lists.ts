import { DescribeOptedOutNumbersCommand, ListTagsForResourceCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RawProperties } from '../../../lambda/sms-provider/events';

export interface OptOutListOptions {
  readonly name: string;
  readonly tags?: { readonly [key: string]: string };
  /** Leave SchemaVersion out, as properties written before it existed do. */
  readonly withoutSchemaVersion?: boolean;
}

/** The properties of a Custom::SmsVoiceOptOutList as CloudFormation delivers them. */
export function optOutListProperties(options: OptOutListOptions): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    OptOutListName: options.name,
    ...options.tags ? { Tags: Object.entries(options.tags).map(([Key, Value]) => ({ Key, Value })) } : {},
  };
}

/** The ARN the emulator gives the opt-out list `name`. */
export function optOutListArn(name: string): string {
  return `arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/${name}`;
}

export interface OptedOutNumbersOptions {
  /** The name of the opt-out list. */
  readonly list: string;
  readonly numbers?: readonly string[];
  /** Leave SchemaVersion out, as properties written before it existed do. */
  readonly withoutSchemaVersion?: boolean;
}

/** The properties of a Custom::SmsVoiceOptedOutNumbers as CloudFormation delivers them. */
export function optedOutNumbersProperties(options: OptedOutNumbersOptions): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    OptOutListArn: optOutListArn(options.list),
    ...options.numbers ? { OptedOutNumbers: [...options.numbers] } : {},
  };
}

/** An opt-out list as a test compares it: number → whether its recipient opted out. */
export interface OptOutListView {
  readonly numbers: { readonly [number: string]: 'api' | 'recipient' };
  readonly tags: { readonly [key: string]: string };
}

/** What the service has for `name`; undefined when there is no such list. */
export async function readOptOutList(client: PinpointSMSVoiceV2Client, name: string): Promise<OptOutListView | undefined> {
  const numbers: { [number: string]: 'api' | 'recipient' } = {};
  let arn: string | undefined;
  let NextToken: string | undefined;
  try {
    do {
      const page = await client.send(new DescribeOptedOutNumbersCommand({ OptOutListName: name, NextToken }));
      arn = page.OptOutListArn;
      for (const n of page.OptedOutNumbers ?? []) numbers[n.OptedOutNumber!] = n.EndUserOptedOut ? 'recipient' : 'api';
      NextToken = page.NextToken;
    } while (NextToken);
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  const { Tags } = await client.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return { numbers, tags: Object.fromEntries((Tags ?? []).map(t => [t.Key, t.Value])) };
}

/** What reading back must show for a list of these options holding `numbers` (none by its recipients). */
export function expectedOptOutList(options: OptOutListOptions, numbers: readonly string[] = []): OptOutListView {
  return { numbers: Object.fromEntries(numbers.map(n => [n, 'api'])), tags: { ...options.tags } };
}
