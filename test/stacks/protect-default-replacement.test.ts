import { DescribeProtectConfigurationsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RecordedCall } from '../emulator';
import { useEmulator } from '../local-deploy/support/use-emulator';
import { Template, TemplateResource } from '../local-deploy/template';
import { SERVICE_TOKEN, template } from './support/templates';

/** A Custom::SmsVoiceProtectConfiguration made the account default, as the ProtectConfiguration construct writes it. */
const accountDefault: TemplateResource = {
  Type: 'Custom::SmsVoiceProtectConfiguration',
  Properties: {
    ServiceToken: SERVICE_TOKEN,
    SchemaVersion: '1',
    CountryRuleSets: { SMS: { Countries: [{ IsoCountryCode: 'US', ProtectStatus: 'ALLOW' }], OtherCountries: 'BLOCK' } },
    AccountDefault: true,
    DeletionProtectionEnabled: false,
  },
};

const v1: Template = template({ OldProtection: accountDefault });
const v2: Template = template({ NewProtection: accountDefault });

/** The account default after each of `calls` that changed it: undefined means none. */
function defaultsAfter(calls: readonly RecordedCall[]): (string | undefined)[] {
  return calls.filter(call => call.ok && ['SetAccountDefaultProtectConfiguration', 'DeleteAccountDefaultProtectConfiguration'].includes(call.action))
    .map(call => call.action === 'SetAccountDefaultProtectConfiguration' ? String(call.input.ProtectConfigurationId) : undefined);
}

describe('an app that replaces its account default protect configuration', () => {
  const bed = useEmulator();

  test('creates the new one and makes it the default before it deletes the old one: the account always has a default', async () => {
    const stack = bed().stack('Protection');
    await stack.deploy(v1);
    const idOf = (logicalId: string) => stack.resources().find(resource => resource.logicalId === logicalId)!.physicalId.split('/').pop()!;
    const oldId = idOf('OldProtection');
    const mark = bed().emulator.calls().length;

    const result = await stack.deploy(v2);

    expect(result.status).toBe('UPDATE_COMPLETE');
    const newId = idOf('NewProtection');
    const calls = bed().emulator.calls().slice(mark);
    expect(defaultsAfter(calls)).toEqual([newId]);
    const becameDefault = calls.findIndex(call => call.ok && call.action === 'SetAccountDefaultProtectConfiguration');
    const oldDeleted = calls.findIndex(call => call.ok && call.action === 'DeleteProtectConfiguration');
    expect(calls[oldDeleted].input.ProtectConfigurationId).toBe(oldId);
    expect(oldDeleted).toBeGreaterThan(becameDefault);
    const { ProtectConfigurations } = await bed().client.send(new DescribeProtectConfigurationsCommand({}));
    expect(ProtectConfigurations?.map(p => [p.ProtectConfigurationId, p.AccountDefault])).toEqual([[newId, true]]);

    // Destroying the app restores the default the new one found, which is gone: none.
    const destroyMark = bed().emulator.calls().length;
    expect((await stack.destroy()).status).toBe('DELETE_COMPLETE');
    const destroyCalls = bed().emulator.calls().slice(destroyMark).filter(call => call.ok);
    expect(destroyCalls.map(call => call.action).filter(action => /^(Delete|Set)/.test(action)))
      .toEqual(['DeleteAccountDefaultProtectConfiguration', 'DeleteProtectConfiguration']);
  });
});
