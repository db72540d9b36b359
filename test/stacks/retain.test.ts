import { smsInventory } from '../local-deploy/sms-inventory';
import { configurationSet, template } from './support/templates';
import { useEmulator } from '../local-deploy/support/use-emulator';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/';
const RETAINED = { logicalId: 'Kept', type: 'Custom::SmsVoiceConfigurationSet', physicalId: `${ARN_PREFIX}kept` };

async function configurationSetNames(client: Parameters<typeof smsInventory>[0]): Promise<string[]> {
  return (await smsInventory(client)).filter(resource => resource.kind === 'configuration-set').map(resource => resource.id).sort();
}

describe('retention policies', () => {
  const bed = useEmulator();
  const deletes = () => bed().emulator.calls().filter(call => call.action === 'DeleteConfigurationSet').map(call => call.input.ConfigurationSetName);

  test('DeletionPolicy Retain keeps a resource when the stack is deleted, and the result lists it', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(template({ Kept: configurationSet({ name: 'kept' }, { DeletionPolicy: 'Retain' }), Gone: configurationSet({ name: 'gone' }) }));

    const result = await stack.destroy();

    expect(result).toMatchObject({ status: 'DELETE_COMPLETE', succeeded: true, deleted: ['Gone'], retained: [RETAINED] });
    expect(result.exchanges.map(e => e.request.LogicalResourceId)).toEqual(['Gone']);
    expect(deletes()).toEqual(['gone']);
    expect(await configurationSetNames(bed().client)).toEqual(['kept']);
    expect(bed().output.lines).toContainEqual(expect.stringMatching(/\| DELETE_SKIPPED +\| Custom::SmsVoiceConfigurationSet \| Kept \(/));
    expect(bed().output.lines).toContainEqual(`  retained Kept (Custom::SmsVoiceConfigurationSet): ${ARN_PREFIX}kept`);
  });

  test('DeletionPolicy Retain keeps a resource that an update removes from the template', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(template({ Kept: configurationSet({ name: 'kept' }, { DeletionPolicy: 'Retain' }), Other: configurationSet({ name: 'other' }) }));

    const result = await stack.deploy(template({ Other: configurationSet({ name: 'other' }) }));

    expect(result).toMatchObject({ status: 'UPDATE_COMPLETE', deleted: [], retained: [RETAINED] });
    expect(deletes()).toEqual([]);
    expect(stack.resources().map(resource => resource.logicalId)).toEqual(['Other']);
    expect(await configurationSetNames(bed().client)).toEqual(['kept', 'other']);
  });

  test('UpdateReplacePolicy Retain keeps the old resource of a replacement', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(template({ Kept: configurationSet({ name: 'kept' }, { UpdateReplacePolicy: 'Retain' }) }));

    const result = await stack.deploy(template({ Kept: configurationSet({ name: 'kept-v2' }, { UpdateReplacePolicy: 'Retain' }) }));

    expect(result).toMatchObject({ status: 'UPDATE_COMPLETE', retained: [RETAINED] });
    expect(result.replaced).toEqual([{ logicalId: 'Kept', oldPhysicalId: `${ARN_PREFIX}kept`, newPhysicalId: `${ARN_PREFIX}kept-v2` }]);
    expect(deletes()).toEqual([]);
    expect(await configurationSetNames(bed().client)).toEqual(['kept', 'kept-v2']);
  });

  test('RetainExceptOnCreate deletes a resource when its create is rolled back, and keeps it on a stack delete', async () => {
    const failing = bed().stack('Failing');
    const policy = { DeletionPolicy: 'RetainExceptOnCreate' };
    const rolledBack = await failing.deploy(template({
      Kept: configurationSet({ name: 'kept' }, policy),
      Broken: configurationSet({ name: 'not valid!' }, { DependsOn: 'Kept' }),
    }));
    expect(rolledBack).toMatchObject({ status: 'ROLLBACK_COMPLETE', retained: [] });
    expect(deletes()).toEqual(['kept']);

    const stack = bed().stack('Shop');
    await stack.deploy(template({ Kept: configurationSet({ name: 'kept' }, policy) }));
    const result = await stack.destroy();

    expect(result).toMatchObject({ status: 'DELETE_COMPLETE', retained: [RETAINED] });
    expect(await configurationSetNames(bed().client)).toEqual(['kept']);
  });
});
