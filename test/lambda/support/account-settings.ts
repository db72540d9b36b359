import { DescribeSpendLimitsCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RawProperties } from '../../../lambda/sms-provider/events';

/** The physical id of the test account's settings in the test region (the emulator's and the events'). */
export const ACCOUNT_SETTINGS_ID = 'account-settings:123456789012:us-east-1';

export interface AccountSettingsOptions {
  /** Whole US dollars, per month. */
  readonly text?: number;
  readonly voice?: number;
  readonly media?: number;
  /** Leave SchemaVersion out, as properties written before it existed do. */
  readonly withoutSchemaVersion?: boolean;
}

/** The properties of a Custom::SmsVoiceAccountSettings as CloudFormation delivers them: numbers as strings, limits left out. */
export function accountSettingsProperties(options: AccountSettingsOptions): RawProperties {
  return {
    ...options.withoutSchemaVersion ? {} : { SchemaVersion: '1' },
    ...options.text !== undefined ? { TextMessageMonthlySpendLimit: String(options.text) } : {},
    ...options.voice !== undefined ? { VoiceMessageMonthlySpendLimit: String(options.voice) } : {},
    ...options.media !== undefined ? { MediaMessageMonthlySpendLimit: String(options.media) } : {},
  };
}

/** The account's overrides as a test compares them: only the overridden limits, by kind. */
export type SpendLimitOverridesView = { readonly [kind in 'text' | 'voice' | 'media']?: number };

const KINDS = { TEXT_MESSAGE_MONTHLY_SPEND_LIMIT: 'text', VOICE_MESSAGE_MONTHLY_SPEND_LIMIT: 'voice', MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT: 'media' } as const;

/** The overridden limits of the client's account and region; undefined when none is overridden. */
export async function readOverrides(client: PinpointSMSVoiceV2Client): Promise<SpendLimitOverridesView | undefined> {
  const { SpendLimits } = await client.send(new DescribeSpendLimitsCommand({}));
  const overridden = (SpendLimits ?? []).filter(l => l.Overridden).map(l => [KINDS[l.Name as keyof typeof KINDS], l.EnforcedLimit]);
  return overridden.length > 0 ? Object.fromEntries(overridden) : undefined;
}

/** What reading back must show for these options, when nothing else overrides a limit. */
export function expectedOverrides(options: AccountSettingsOptions): SpendLimitOverridesView | undefined {
  const { withoutSchemaVersion: _, ...limits } = options;
  const declared = Object.entries(limits).filter(([, value]) => value !== undefined);
  return declared.length > 0 ? Object.fromEntries(declared) : undefined;
}

/** The Data of converged account settings: the enforced limits, as strings. */
export function enforcedLimits(text: number, voice: number, media: number): { [attribute: string]: string } {
  return { TextMessageMonthlySpendLimit: String(text), VoiceMessageMonthlySpendLimit: String(voice), MediaMessageMonthlySpendLimit: String(media) };
}
