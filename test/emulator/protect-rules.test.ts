import {
  CreateProtectConfigurationCommand,
  DeleteProtectConfigurationRuleSetNumberOverrideCommand,
  GetProtectConfigurationCountryRuleSetCommand,
  ListProtectConfigurationRuleSetNumberOverridesCommand,
  ListProtectConfigurationRuleSetNumberOverridesCommandInput,
  NumberCapability,
  PutProtectConfigurationRuleSetNumberOverrideCommand,
  ResourceNotFoundException,
  UpdateProtectConfigurationCountryRuleSetCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { errorOf, useEmulator, useTestClock } from './support';

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });
const HOUR = 3600_000;

let id: string;
beforeEach(async () => {
  id = (await env.sms.send(new CreateProtectConfigurationCommand({}))).ProtectConfigurationId!;
});

const ruleSet = async (capability: NumberCapability) => (await env.sms.send(
  new GetProtectConfigurationCountryRuleSetCommand({ ProtectConfigurationId: id, NumberCapability: capability }))).CountryRuleSet!;
const update = (capability: NumberCapability, updates: { [code: string]: string }) => env.sms.send(
  new UpdateProtectConfigurationCountryRuleSetCommand({
    ProtectConfigurationId: id,
    NumberCapability: capability,
    CountryRuleSetUpdates: Object.fromEntries(Object.entries(updates).map(([code, status]) => [code, { ProtectStatus: status as 'ALLOW' }])),
  }));

describe('country rule sets', () => {
  test('an update changes only the countries given, of the capability given, and returns the whole rule set', async () => {
    const updated = await update('SMS', { US: 'BLOCK', CA: 'FILTER', GB: 'MONITOR' });
    expect(Object.keys(updated.CountryRuleSet!)).toHaveLength(249);
    const sms = await ruleSet('SMS');
    expect([sms.US, sms.CA, sms.GB, sms.DE]).toEqual([{ ProtectStatus: 'BLOCK' }, { ProtectStatus: 'FILTER' }, { ProtectStatus: 'MONITOR' }, { ProtectStatus: 'ALLOW' }]);
    expect((await ruleSet('VOICE')).US).toEqual({ ProtectStatus: 'ALLOW' });
  });

  test.each(['VOICE', 'MMS'] as const)('%s takes ALLOW and BLOCK only: MONITOR and FILTER are ValidationException, and nothing changes', async capability => {
    await update(capability, { US: 'BLOCK' });
    const error = await errorOf(update(capability, { CA: 'BLOCK', DE: 'FILTER', FR: 'MONITOR' }));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.Reason).toBe('INVALID_PARAMETER');
    expect(error.Fields).toEqual([
      { Name: 'CountryRuleSetUpdates.DE.ProtectStatus', Message: `FILTER is not a protect status for ${capability}; use ALLOW or BLOCK` },
      { Name: 'CountryRuleSetUpdates.FR.ProtectStatus', Message: `MONITOR is not a protect status for ${capability}; use ALLOW or BLOCK` },
    ]);
    const rules = await ruleSet(capability);
    expect([rules.US, rules.CA]).toEqual([{ ProtectStatus: 'BLOCK' }, { ProtectStatus: 'ALLOW' }]);
  });

  test('a code that is not a country of the rule set is ValidationException INVALID_PARAMETER', async () => {
    const error = await errorOf(update('SMS', { XX: 'BLOCK' }));
    expect(error).toMatchObject({ Reason: 'INVALID_PARAMETER', Fields: [{ Name: 'CountryRuleSetUpdates.XX', Message: 'XX is not a country of the SMS country rule set' }] });
  });

  test('RCS has no country rule set', async () => {
    expect(await errorOf(ruleSet('RCS'))).toMatchObject({ name: 'ValidationException', Reason: 'INVALID_PARAMETER' });
  });

  test('an unknown protect configuration is ResourceNotFoundException', async () => {
    id = 'protect-00000000000000000000000000000000';
    expect(await errorOf(ruleSet('SMS'))).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('number overrides', () => {
  const put = (number: string, action: 'ALLOW' | 'BLOCK', expiresAt?: number) => env.sms.send(new PutProtectConfigurationRuleSetNumberOverrideCommand({
    ProtectConfigurationId: id,
    DestinationPhoneNumber: number,
    Action: action,
    ExpirationTimestamp: expiresAt === undefined ? undefined : new Date(expiresAt),
  }));
  const list = async (input: Partial<ListProtectConfigurationRuleSetNumberOverridesCommandInput> = {}) =>
    (await env.sms.send(new ListProtectConfigurationRuleSetNumberOverridesCommand({ ProtectConfigurationId: id, ...input }))).RuleSetNumberOverrides!;

  test('put creates or replaces an override (keeping its creation time), with the country of the number', async () => {
    const created = await put('+12065550100', 'BLOCK');
    expect(created).toMatchObject({
      ProtectConfigurationId: id, DestinationPhoneNumber: '+12065550100', Action: 'BLOCK', IsoCountryCode: 'US', CreatedTimestamp: new Date(clock.start),
    });
    clock.advance(HOUR);
    await put('12065550100', 'ALLOW', clock.now() + HOUR);
    expect(await list()).toEqual([{
      DestinationPhoneNumber: '+12065550100', Action: 'ALLOW', IsoCountryCode: 'US', CreatedTimestamp: new Date(clock.start), ExpirationTimestamp: new Date(clock.now() + HOUR),
    }]);
  });

  test('an expired override is gone: from the list, and for delete', async () => {
    await put('+447700900123', 'ALLOW', clock.now() + HOUR);
    await put('+12065550100', 'BLOCK');
    clock.advance(HOUR);
    expect((await list()).map(o => o.DestinationPhoneNumber)).toEqual(['+12065550100']);
    const error = await errorOf(env.sms.send(new DeleteProtectConfigurationRuleSetNumberOverrideCommand({ ProtectConfigurationId: id, DestinationPhoneNumber: '+447700900123' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  test('an ExpirationTimestamp that is not in the future is ValidationException INVALID_PARAMETER', async () => {
    const error = await errorOf(put('+12065550100', 'BLOCK', clock.now()));
    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'INVALID_PARAMETER', Fields: [expect.objectContaining({ Name: 'ExpirationTimestamp' })] });
  });

  test('delete removes one and returns it; an unknown number is ResourceNotFoundException', async () => {
    await put('+12065550100', 'BLOCK');
    const deleted = await env.sms.send(new DeleteProtectConfigurationRuleSetNumberOverrideCommand({ ProtectConfigurationId: id, DestinationPhoneNumber: '+12065550100' }));
    expect(deleted).toMatchObject({ DestinationPhoneNumber: '+12065550100', Action: 'BLOCK' });
    expect(await list()).toEqual([]);
    const again = new DeleteProtectConfigurationRuleSetNumberOverrideCommand({ ProtectConfigurationId: id, DestinationPhoneNumber: '+12065550100' });
    expect(await errorOf(env.sms.send(again))).toBeInstanceOf(ResourceNotFoundException);
  });

  test('list pages by number', async () => {
    const numbers = Array.from({ length: 5 }, (_, i) => `+1206555010${i}`);
    for (const n of [...numbers].reverse()) await put(n, 'BLOCK');
    const page = (NextToken?: string) => env.sms.send(
      new ListProtectConfigurationRuleSetNumberOverridesCommand({ ProtectConfigurationId: id, MaxResults: 3, NextToken }));
    const first = await page();
    const second = await page(first.NextToken);
    expect([...first.RuleSetNumberOverrides!, ...second.RuleSetNumberOverrides!].map(o => o.DestinationPhoneNumber)).toEqual(numbers);
    expect(second.NextToken).toBeUndefined();
  });

  test.each([
    ['iso-country-code', ['GB'], ['+447700900123']],
    ['destination-phone-number-begins-with', ['+1206'], ['+12065550100', '+12065550101']],
    ['action', ['ALLOW'], ['+12065550101']],
    ['expires-before', [String((Date.UTC(2025, 0, 1) + 2 * HOUR) / 1000)], ['+12065550101']],
    ['expires-after', [new Date(Date.UTC(2025, 0, 1) + 2 * HOUR).toISOString()], ['+12065550100', '+447700900123']],
    ['created-after', [new Date(Date.UTC(2025, 0, 1)).toISOString()], ['+447700900123']],
    ['created-before', [new Date(Date.UTC(2025, 0, 1) + 1).toISOString()], ['+12065550100', '+12065550101']],
  ] as const)('the filter %s', async (name, values, expected) => {
    await put('+12065550100', 'BLOCK');
    await put('+12065550101', 'ALLOW', clock.now() + HOUR);
    clock.advance(1000);
    await put('+447700900123', 'BLOCK', clock.now() + 3 * HOUR);
    expect((await list({ Filters: [{ Name: name, Values: [...values] }] })).map(o => o.DestinationPhoneNumber)).toEqual(expected);
  });

  test('a time filter with a value that is no time is ValidationException INVALID_FILTER_VALUES', async () => {
    await put('+12065550100', 'BLOCK');
    expect(await errorOf(list({ Filters: [{ Name: 'created-after', Values: ['yesterday'] }] }))).toMatchObject({ Reason: 'INVALID_FILTER_VALUES' });
  });
});
