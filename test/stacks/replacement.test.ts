import { named, smsInventory } from '../local-deploy/sms-inventory';
import { useEmulator } from '../local-deploy/support/use-emulator';
import { Template } from '../local-deploy/template';
import { configurationSet, template } from './support/templates';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/';

/** A configuration set, and a function that reads its name. */
function app(name: string, extra: Template['Resources'] = {}): Template {
  return template({
    Orders: configurationSet({ name, senderId: 'SHOP' }),
    Sender: { Type: 'AWS::Lambda::Function', Properties: { Environment: { Variables: { SET: { 'Fn::GetAtt': ['Orders', 'ConfigurationSetName'] } } } } },
    ...extra,
  });
}

async function configurationSetNames(client: Parameters<typeof smsInventory>[0]): Promise<string[]> {
  return (await smsInventory(client)).filter(resource => resource.kind === 'configuration-set').map(resource => resource.id);
}

describe('a configuration set whose name changes', () => {
  const bed = useEmulator();

  test('is replaced: the new set is created first, its dependants are updated, and the old set is deleted in the cleanup', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(app('orders-v1'));
    const mark = bed().emulator.calls().length;

    const result = await stack.deploy(app('orders-v2'));

    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(result.replaced).toEqual([{ logicalId: 'Orders', oldPhysicalId: `${ARN_PREFIX}orders-v1`, newPhysicalId: `${ARN_PREFIX}orders-v2` }]);
    expect(result.updated).toEqual(['Sender']);
    const calls = bed().emulator.calls().slice(mark);
    const created = calls.findIndex(call => call.action === 'CreateConfigurationSet' && call.input.ConfigurationSetName === 'orders-v2');
    const deleted = calls.findIndex(call => call.action === 'DeleteConfigurationSet' && call.input.ConfigurationSetName === 'orders-v1');
    expect(created).toBeGreaterThanOrEqual(0);
    expect(deleted).toBeGreaterThan(created);
    // The cleanup Delete names the old set by its physical id; its properties already describe the new one.
    const events = result.exchanges.map(exchange => exchange.request);
    expect(events.map(e => [e.RequestType, e.PhysicalResourceId, e.ResourceProperties.ConfigurationSetName])).toEqual([
      ['Update', `${ARN_PREFIX}orders-v1`, 'orders-v2'],
      ['Delete', `${ARN_PREFIX}orders-v1`, 'orders-v2'],
    ]);
    const lines = bed().output.lines;
    const cleanupStarts = lines.findIndex(line => line.includes('| UPDATE_COMPLETE_CLEANUP_IN_PROGRESS |'));
    expect(lines.findIndex(line => line.includes('| UPDATE_COMPLETE ') && line.includes('| Sender'))).toBeLessThan(cleanupStarts);
    expect(lines.findIndex(line => line.includes('| DELETE_COMPLETE ') && line.includes(`(${ARN_PREFIX}orders-v1)`))).toBeGreaterThan(cleanupStarts);

    expect(await configurationSetNames(bed().client)).toEqual(['orders-v2']);
    const resources = Object.fromEntries(stack.resources().map(resource => [resource.logicalId, resource]));
    expect(resources.Orders.physicalId).toBe(`${ARN_PREFIX}orders-v2`);
    expect(resources.Sender.properties).toEqual({ Environment: { Variables: { SET: 'orders-v2' } } });
  });

  test('is rolled back to the old set when a later resource fails, and the new set is deleted', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(app('orders-v1'));
    const before = named(await smsInventory(bed().client), `${ARN_PREFIX}orders-v1`);

    const result = await stack.deploy(app('orders-v2', { Broken: configurationSet({ name: 'not valid!' }, { DependsOn: 'Sender' }) }));

    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(result.rollback).toEqual({ updated: ['Sender', 'Orders'], deleted: ['Broken', 'Orders'] });
    expect(await configurationSetNames(bed().client)).toEqual(['orders-v1']);
    expect(named(await smsInventory(bed().client), `${ARN_PREFIX}orders-v1`)).toEqual(before);
    expect(stack.resources().find(resource => resource.logicalId === 'Orders')?.physicalId).toBe(`${ARN_PREFIX}orders-v1`);
    expect(stack.resources().find(resource => resource.logicalId === 'Broken')).toBeUndefined();
  });
});
