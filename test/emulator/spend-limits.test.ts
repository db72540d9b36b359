import {
  DeleteMediaMessageSpendLimitOverrideCommand,
  DeleteTextMessageSpendLimitOverrideCommand,
  DeleteVoiceMessageSpendLimitOverrideCommand,
  DescribeSpendLimitsCommand,
  paginateDescribeSpendLimits,
  SetMediaMessageSpendLimitOverrideCommand,
  SetTextMessageSpendLimitOverrideCommand,
  SetVoiceMessageSpendLimitOverrideCommand,
  SpendLimit,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { MUTATING } from './index';
import { clientFor, errorOf, useEmulator } from './support';

const env = useEmulator();

async function limits(): Promise<{ [name: string]: Omit<SpendLimit, 'Name'> }> {
  const { SpendLimits } = await env.sms.send(new DescribeSpendLimitsCommand({}));
  return Object.fromEntries(SpendLimits!.map(({ Name, ...rest }) => [Name!, rest]));
}

const FRESH = { EnforcedLimit: 1, MaxLimit: 1, Overridden: false };

describe('spend limits', () => {
  test('a new account has the three monthly limits of the reference, each 1 US dollar enforced and at most, not overridden', async () => {
    expect(await limits()).toEqual({
      TEXT_MESSAGE_MONTHLY_SPEND_LIMIT: FRESH,
      VOICE_MESSAGE_MONTHLY_SPEND_LIMIT: FRESH,
      MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT: FRESH,
    });
  });

  test('the MaxLimit of each comes from the account limits, which a test can raise', async () => {
    env.emulator.configure({ limits: { textMessageMonthlySpendLimit: 500, voiceMessageMonthlySpendLimit: 20 } });
    expect(await limits()).toEqual({
      TEXT_MESSAGE_MONTHLY_SPEND_LIMIT: { EnforcedLimit: 500, MaxLimit: 500, Overridden: false },
      VOICE_MESSAGE_MONTHLY_SPEND_LIMIT: { EnforcedLimit: 20, MaxLimit: 20, Overridden: false },
      MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT: FRESH,
    });
  });

  test.each([
    ['Text', 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT', SetTextMessageSpendLimitOverrideCommand, DeleteTextMessageSpendLimitOverrideCommand],
    ['Voice', 'VOICE_MESSAGE_MONTHLY_SPEND_LIMIT', SetVoiceMessageSpendLimitOverrideCommand, DeleteVoiceMessageSpendLimitOverrideCommand],
    ['Media', 'MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT', SetMediaMessageSpendLimitOverrideCommand, DeleteMediaMessageSpendLimitOverrideCommand],
  ] as const)('Set%sMessageSpendLimitOverride overrides only its limit, and Delete sets the EnforcedLimit back to the MaxLimit', async (_kind, name, Set, Delete) => {
    env.emulator.configure({
      limits: { textMessageMonthlySpendLimit: 100, voiceMessageMonthlySpendLimit: 100, mediaMessageMonthlySpendLimit: 100 },
    });

    expect(await env.sms.send(new Set({ MonthlyLimit: 40 }))).toMatchObject({ MonthlyLimit: 40 });
    const after = await limits();
    expect(after[name]).toEqual({ EnforcedLimit: 40, MaxLimit: 100, Overridden: true });
    expect(Object.entries(after).filter(([other]) => other !== name).map(([, limit]) => limit))
      .toEqual([{ EnforcedLimit: 100, MaxLimit: 100, Overridden: false }, { EnforcedLimit: 100, MaxLimit: 100, Overridden: false }]);

    expect(await env.sms.send(new Delete({}))).toMatchObject({ MonthlyLimit: 100 });
    expect((await limits())[name]).toEqual({ EnforcedLimit: 100, MaxLimit: 100, Overridden: false });
  });

  test('an override equal to the MaxLimit, or 0, is an override; a second Set replaces the first', async () => {
    await env.sms.send(new SetTextMessageSpendLimitOverrideCommand({ MonthlyLimit: 1 }));
    expect((await limits()).TEXT_MESSAGE_MONTHLY_SPEND_LIMIT).toEqual({ EnforcedLimit: 1, MaxLimit: 1, Overridden: true });
    await env.sms.send(new SetTextMessageSpendLimitOverrideCommand({ MonthlyLimit: 0 }));
    expect((await limits()).TEXT_MESSAGE_MONTHLY_SPEND_LIMIT).toEqual({ EnforcedLimit: 0, MaxLimit: 1, Overridden: true });
  });

  test('an override above the MaxLimit fails with REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT and changes nothing', async () => {
    const error = await errorOf(env.sms.send(new SetVoiceMessageSpendLimitOverrideCommand({ MonthlyLimit: 2 })));
    expect(error).toMatchObject({
      name: 'ValidationException',
      Reason: 'REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT',
      Fields: [{ Name: 'MonthlyLimit', Message: "The requested VOICE_MESSAGE_MONTHLY_SPEND_LIMIT of 2 is higher than the account's MaxLimit of 1." }],
    });
    expect((await limits()).VOICE_MESSAGE_MONTHLY_SPEND_LIMIT).toEqual(FRESH);
  });

  test.each([
    [-1, 'Member must have value greater than or equal to 0'],
    [1_000_000_001, 'Member must have value less than or equal to 1000000000'],
  ])('MonthlyLimit %d is outside the model\'s range: FIELD_VALIDATION_FAILED', async (limit, rule) => {
    env.emulator.configure({ limits: { mediaMessageMonthlySpendLimit: 2_000_000_000 } });
    const error = await errorOf(env.sms.send(new SetMediaMessageSpendLimitOverrideCommand({ MonthlyLimit: limit })));
    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED' });
    expect((error.Fields as { Message: string }[])[0].Message).toContain(rule);
  });

  test('a Delete with no override succeeds and changes nothing', async () => {
    expect(await env.sms.send(new DeleteTextMessageSpendLimitOverrideCommand({}))).toMatchObject({ MonthlyLimit: 1 });
    expect((await limits()).TEXT_MESSAGE_MONTHLY_SPEND_LIMIT).toEqual(FRESH);
  });

  test('overrides are per region', async () => {
    await env.sms.send(new SetTextMessageSpendLimitOverrideCommand({ MonthlyLimit: 0 }));
    const west = clientFor(env.emulator.endpoint, { region: 'eu-west-1' });
    try {
      const { SpendLimits } = await west.send(new DescribeSpendLimitsCommand({}));
      expect(SpendLimits!.find(l => l.Name === 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT')).toMatchObject({ Overridden: false, EnforcedLimit: 1 });
    } finally {
      west.destroy();
    }
  });

  test('DescribeSpendLimits pages by MaxResults', async () => {
    const names: string[] = [];
    for await (const page of paginateDescribeSpendLimits({ client: env.sms, pageSize: 2 }, {})) {
      expect(page.SpendLimits!.length).toBeLessThanOrEqual(2);
      names.push(...page.SpendLimits!.map(l => l.Name!));
    }
    expect(names.sort()).toEqual(['MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT', 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT', 'VOICE_MESSAGE_MONTHLY_SPEND_LIMIT']);
  });

  test('Set and Delete are mutating, DescribeSpendLimits is not', () => {
    expect(['SetTextMessageSpendLimitOverride', 'DeleteVoiceMessageSpendLimitOverride'].every(MUTATING)).toBe(true);
    expect(MUTATING('DescribeSpendLimits')).toBe(false);
  });
});
