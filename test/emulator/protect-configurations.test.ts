import {
  AssociateProtectConfigurationCommand,
  ConflictException,
  CreateConfigurationSetCommand,
  CreateProtectConfigurationCommand,
  DeleteAccountDefaultProtectConfigurationCommand,
  DeleteProtectConfigurationCommand,
  DescribeConfigurationSetsCommand,
  DescribeProtectConfigurationsCommand,
  DisassociateProtectConfigurationCommand,
  GetProtectConfigurationCountryRuleSetCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  SetAccountDefaultProtectConfigurationCommand,
  TagResourceCommand,
  UpdateProtectConfigurationCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { errorOf, useEmulator, useTestClock } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/';

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

async function create(input: { DeletionProtectionEnabled?: boolean; ClientToken?: string } = {}): Promise<string> {
  return (await env.sms.send(new CreateProtectConfigurationCommand(input))).ProtectConfigurationId!;
}

async function describe_(ids?: string[], filters?: { Name: 'account-default' | 'deletion-protection-enabled'; Values: string[] }[]) {
  return (await env.sms.send(new DescribeProtectConfigurationsCommand({ ProtectConfigurationIds: ids, Filters: filters }))).ProtectConfigurations!;
}

const setDefault = (id: string) => env.sms.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: id }));
const remove = (id: string) => env.sms.send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId: id }));

describe('CreateProtectConfiguration', () => {
  test('returns the id, the ARN, the tags, deletion protection and the creation time; it is not the account default', async () => {
    const created = await env.sms.send(new CreateProtectConfigurationCommand({ DeletionProtectionEnabled: true, Tags: [{ Key: 'Name', Value: 'otp' }] }));
    expect(created.ProtectConfigurationId).toMatch(/^protect-[0-9a-f]{32}$/);
    expect(created).toMatchObject({
      ProtectConfigurationArn: `${ARN_PREFIX}${created.ProtectConfigurationId}`,
      AccountDefault: false,
      DeletionProtectionEnabled: true,
      CreatedTimestamp: new Date(clock.start),
      Tags: [{ Key: 'Name', Value: 'otp' }],
    });
  });

  test.each(['SMS', 'VOICE', 'MMS'] as const)('every %s country of a new protect configuration is ALLOW: the 249 assigned ISO codes', async capability => {
    const id = await create();
    const get = new GetProtectConfigurationCountryRuleSetCommand({ ProtectConfigurationId: id, NumberCapability: capability });
    const { CountryRuleSet, NumberCapability } = await env.sms.send(get);
    expect(NumberCapability).toBe(capability);
    expect(Object.keys(CountryRuleSet!)).toHaveLength(249);
    expect(new Set(Object.values(CountryRuleSet!).map(rule => rule.ProtectStatus))).toEqual(new Set(['ALLOW']));
    expect(CountryRuleSet!.US).toEqual({ ProtectStatus: 'ALLOW' });
  });

  test('the same ClientToken makes one protect configuration', async () => {
    const [first, again] = [await create({ ClientToken: 'token-1' }), await create({ ClientToken: 'token-1' })];
    expect(again).toBe(first);
    expect(await describe_()).toHaveLength(1);
  });

  test('past the quota of 25: ServiceQuotaExceededException PROTECT_CONFIGURATIONS_PER_ACCOUNT', async () => {
    env.emulator.configure({ limits: { protectConfigurationsPerAccount: 1 } });
    await create();
    const error = await errorOf(create());
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('PROTECT_CONFIGURATIONS_PER_ACCOUNT');
  });

  test('is taggable by ARN', async () => {
    const id = await create();
    await env.sms.send(new TagResourceCommand({ ResourceArn: `${ARN_PREFIX}${id}`, Tags: [{ Key: 'team', Value: 'fraud' }] }));
    const { Tags } = await env.sms.send(new ListTagsForResourceCommand({ ResourceArn: `${ARN_PREFIX}${id}` }));
    expect(Tags).toEqual([{ Key: 'team', Value: 'fraud' }]);
  });
});

describe('DescribeProtectConfigurations', () => {
  test('by id or ARN, all ordered by id, with filters on account-default and deletion-protection-enabled', async () => {
    const [a, b] = [await create(), await create({ DeletionProtectionEnabled: true })];
    await setDefault(a);
    expect((await describe_()).map(p => p.ProtectConfigurationId)).toEqual([a, b].sort());
    expect(await describe_([`${ARN_PREFIX}${b}`])).toEqual([{
      ProtectConfigurationArn: `${ARN_PREFIX}${b}`,
      ProtectConfigurationId: b,
      CreatedTimestamp: new Date(clock.start),
      AccountDefault: false,
      DeletionProtectionEnabled: true,
    }]);
    expect((await describe_(undefined, [{ Name: 'account-default', Values: ['true'] }])).map(p => p.ProtectConfigurationId)).toEqual([a]);
    expect((await describe_(undefined, [{ Name: 'deletion-protection-enabled', Values: ['false'] }])).map(p => p.ProtectConfigurationId)).toEqual([a]);
  });

  test('pages with MaxResults and NextToken', async () => {
    const ids = [await create(), await create(), await create()].sort();
    const first = await env.sms.send(new DescribeProtectConfigurationsCommand({ MaxResults: 2 }));
    const second = await env.sms.send(new DescribeProtectConfigurationsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    expect([...first.ProtectConfigurations!, ...second.ProtectConfigurations!].map(p => p.ProtectConfigurationId)).toEqual(ids);
    expect(second.NextToken).toBeUndefined();
  });

  test('an unknown id is ResourceNotFoundException', async () => {
    const error = await errorOf(describe_(['protect-00000000000000000000000000000000']));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'protect-configuration', ResourceId: 'protect-00000000000000000000000000000000' });
  });
});

test('UpdateProtectConfiguration switches deletion protection', async () => {
  const id = await create();
  const updated = await env.sms.send(new UpdateProtectConfigurationCommand({ ProtectConfigurationId: id, DeletionProtectionEnabled: true }));
  expect(updated).toMatchObject({ ProtectConfigurationId: id, DeletionProtectionEnabled: true, AccountDefault: false });
  expect((await describe_([id]))[0].DeletionProtectionEnabled).toBe(true);
});

describe('the account default', () => {
  test('SetAccountDefaultProtectConfiguration replaces the default; there is one at a time', async () => {
    const [a, b] = [await create(), await create()];
    expect(await setDefault(a)).toMatchObject({ DefaultProtectConfigurationId: a, DefaultProtectConfigurationArn: `${ARN_PREFIX}${a}` });
    await setDefault(b);
    expect((await describe_(undefined, [{ Name: 'account-default', Values: ['true'] }])).map(p => p.ProtectConfigurationId)).toEqual([b]);
  });

  test('DeleteAccountDefaultProtectConfiguration removes it and says which it was; with none, ResourceNotFoundException', async () => {
    const a = await create();
    await setDefault(a);
    expect(await env.sms.send(new DeleteAccountDefaultProtectConfigurationCommand({}))).toMatchObject({ DefaultProtectConfigurationId: a });
    expect((await describe_([a]))[0].AccountDefault).toBe(false);
    expect(await errorOf(env.sms.send(new DeleteAccountDefaultProtectConfigurationCommand({})))).toBeInstanceOf(ResourceNotFoundException);
  });

  test('SetAccountDefaultProtectConfiguration of an unknown id is ResourceNotFoundException', async () => {
    expect(await errorOf(setDefault('protect-00000000000000000000000000000000'))).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('DeleteProtectConfiguration', () => {
  test('deletes it, and returns what it was', async () => {
    const id = await create();
    expect(await remove(id)).toMatchObject({ ProtectConfigurationId: id, AccountDefault: false });
    expect(await errorOf(describe_([id]))).toBeInstanceOf(ResourceNotFoundException);
    expect(await errorOf(remove(id))).toBeInstanceOf(ResourceNotFoundException);
  });

  test('fails with DELETION_PROTECTION_ENABLED while deletion protection is on', async () => {
    const id = await create({ DeletionProtectionEnabled: true });
    expect(await errorOf(remove(id))).toMatchObject({ name: 'ConflictException', Reason: 'DELETION_PROTECTION_ENABLED', ResourceId: id });
  });

  test('fails with PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT for the account default', async () => {
    const id = await create();
    await setDefault(id);
    expect(await errorOf(remove(id))).toMatchObject({ name: 'ConflictException', Reason: 'PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT' });
  });

  test('fails with PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET while a configuration set uses it', async () => {
    const id = await create();
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'otp' }));
    await env.sms.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: id }));
    const error = await errorOf(remove(id));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error).toMatchObject({ Reason: 'PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET', message: expect.stringContaining('otp') });
  });
});

describe('Associate and DisassociateProtectConfiguration', () => {
  beforeEach(async () => {
    await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'otp' }));
  });
  const protectOf = async () => (await env.sms.send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ['otp'] }))).ConfigurationSets![0].ProtectConfigurationId;

  test('associate replaces the set\'s protect configuration; DescribeConfigurationSets shows it; disassociate removes it', async () => {
    const [a, b] = [await create(), await create()];
    const associated = await env.sms.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: a }));
    expect(associated).toMatchObject({
      ConfigurationSetName: 'otp',
      ConfigurationSetArn: 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/otp',
      ProtectConfigurationId: a,
      ProtectConfigurationArn: `${ARN_PREFIX}${a}`,
    });
    await env.sms.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: `${ARN_PREFIX}${b}` }));
    expect(await protectOf()).toBe(b);
    await env.sms.send(new DisassociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: b }));
    expect(await protectOf()).toBeUndefined();
    expect(await remove(b)).toMatchObject({ ProtectConfigurationId: b });
  });

  test('disassociating one the set is not associated with: ConflictException PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET', async () => {
    const [a, b] = [await create(), await create()];
    await env.sms.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: a }));
    const error = await errorOf(env.sms.send(new DisassociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: b })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET' });
    expect(await protectOf()).toBe(a);
  });

  test('an unknown configuration set or protect configuration is ResourceNotFoundException', async () => {
    const a = await create();
    expect(await errorOf(env.sms.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'nope', ProtectConfigurationId: a }))))
      .toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'configuration-set' });
    expect(await errorOf(env.sms.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: 'protect-0' }))))
      .toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'protect-configuration' });
  });
});
