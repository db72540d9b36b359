import * as path from 'path';
import { DescribeSpendLimitsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { APP_VERSIONS, EXAMPLES_DIR } from '../local-deploy/examples';
import { LocalApp } from '../local-deploy/local-app';
import { SmsResource, smsInventory } from '../local-deploy/sms-inventory';
import { TEST_PACING_INTERVAL_MS, TEST_POLL_INTERVAL_MS, useEmulator } from '../local-deploy/support/use-emulator';
import { synthesizeApp } from '../local-deploy/synthesize';
import { StackTemplate } from '../local-deploy/template';

const ENTRY = path.join(EXAMPLES_DIR, 'per-environment.ts');
const TWO_ACCOUNTS = { devAccount: '111111111111', prodAccount: '222222222222', region: 'eu-west-1' };

/** The properties of every resource of one type in a stack, by logical id. */
function propertiesOf(stacks: readonly StackTemplate[], stackName: string, type: string): { [name: string]: unknown }[] {
  const stack = stacks.find(s => s.stackName === stackName);
  if (!stack) throw new Error(`no stack ${stackName} among ${stacks.map(s => s.stackName).join(', ')}`);
  return Object.values(stack.template.Resources).filter(resource => resource.Type === type).map(resource => resource.Properties ?? {});
}

const allowedSmsCountries = (stacks: readonly StackTemplate[], stackName: string) => propertiesOf(stacks, stackName, 'Custom::SmsVoiceProtectConfiguration')
  .map(properties => (properties.CountryRuleSets as { SMS: { Countries: { IsoCountryCode: string }[] } }).SMS.Countries.map(c => c.IsoCountryCode));

describe('the per-environment example', () => {
  const bed = useEmulator();

  test('gives each account of its own an account-wide stage with the spend limit of the environment there', async () => {
    const stacks = await synthesizeApp(ENTRY, { context: { ...APP_VERSIONS.v1, ...TWO_ACCOUNTS } });

    expect(stacks.map(stack => stack.stackName)).toEqual(['sms-account-dev-SmsAccount', 'sms-account-prod-SmsAccount', 'dev-Messaging', 'prod-Messaging']);
    expect(propertiesOf(stacks, 'sms-account-dev-SmsAccount', 'Custom::SmsVoiceAccountSettings')).toEqual([expect.objectContaining({ TextMessageMonthlySpendLimit: 10 })]);
    expect(propertiesOf(stacks, 'sms-account-prod-SmsAccount', 'Custom::SmsVoiceAccountSettings'))
      .toEqual([expect.objectContaining({ TextMessageMonthlySpendLimit: 1000 })]);
  });

  test('differs per stage in protect configuration, sender ID and removal, under names that do not collide', async () => {
    const stacks = await synthesizeApp(ENTRY, { context: { ...APP_VERSIONS.v1, ...TWO_ACCOUNTS } });
    const senderIds = (stackName: string) => propertiesOf(stacks, stackName, 'Custom::SmsVoiceSenderId');
    const configurationSetNames = ['dev-Messaging', 'prod-Messaging']
      .map(stackName => propertiesOf(stacks, stackName, 'Custom::SmsVoiceConfigurationSet')[0].ConfigurationSetName);

    expect(allowedSmsCountries(stacks, 'dev-Messaging')).toEqual([['US']]);
    expect(allowedSmsCountries(stacks, 'prod-Messaging')).toEqual([['US', 'CA']]);
    expect(senderIds('dev-Messaging')).toEqual([expect.objectContaining({ SenderId: 'ACMEDEV', ReleaseOnDelete: true })]);
    expect(senderIds('prod-Messaging')).toEqual([expect.objectContaining({ SenderId: 'ACME', ReleaseOnDelete: false })]);
    expect(new Set(configurationSetNames).size).toBe(2);
  });

  test('deploys both stages to one account with one account-wide stage, updates prod alone and leaves only what prod retains', async () => {
    const [v1, v2] = await Promise.all([APP_VERSIONS.v1, APP_VERSIONS.v2].map(context => synthesizeApp(ENTRY, { context })));
    expect(v1.map(stack => stack.stackName)).toEqual(['sms-account-dev-prod-SmsAccount', 'dev-Messaging', 'prod-Messaging']);
    const app = new LocalApp({
      sms: bed().emulator, pollIntervalMs: TEST_POLL_INTERVAL_MS, pacingIntervalMs: TEST_PACING_INTERVAL_MS, output: bed().output,
    });
    const ofKind = (inventory: readonly SmsResource[], kind: string) => inventory.filter(resource => resource.kind === kind);
    const spendLimit = async () => (await bed().client.send(new DescribeSpendLimitsCommand({})))
      .SpendLimits?.find(limit => limit.Name === 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT')?.EnforcedLimit;

    const before = await smsInventory(bed().client);
    expect((await app.deploy(v1)).map(result => result.status)).toEqual(['CREATE_COMPLETE', 'CREATE_COMPLETE', 'CREATE_COMPLETE']);
    const deployed = await smsInventory(bed().client);
    expect(ofKind(deployed, 'configuration-set').map(set => set.description.DefaultSenderId).sort()).toEqual(['ACME', 'ACMEDEV']);
    expect(ofKind(deployed, 'sender-id').map(sender => sender.id).sort()).toEqual(['ACME', 'ACMEDEV']);
    expect(ofKind(deployed, 'protect-configuration').filter(protect => protect.description.AccountDefault === true)).toHaveLength(1);
    expect(ofKind(deployed, 'protect-configuration')).toHaveLength(3);
    expect(await spendLimit()).toBe(1000);

    const update = await app.deploy(v2);
    expect(update.map(result => [result.stackName, result.status, result.exchanges.length > 0])).toEqual([
      ['sms-account-dev-prod-SmsAccount', 'UPDATE_COMPLETE', true],
      ['dev-Messaging', 'UPDATE_COMPLETE', false],
      ['prod-Messaging', 'UPDATE_COMPLETE', true],
    ]);
    expect(await spendLimit()).toBe(2000);

    const destroy = await app.destroy();
    expect(destroy.map(result => result.status)).toEqual(['DELETE_COMPLETE', 'DELETE_COMPLETE', 'DELETE_COMPLETE']);
    const left = (await smsInventory(bed().client)).filter(resource => !before.some(b => b.arn === resource.arn));
    expect(left.map(resource => `${resource.kind} ${resource.id}`)).toEqual(['sender-id ACME']);
  });
});
