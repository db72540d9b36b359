import { CreateConfigurationSetCommand, CreateOptOutListCommand, PutOptedOutNumberCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { describeInFull, named, smsInventory } from './sms-inventory';
import { useEmulator } from './support/use-emulator';

describe('smsInventory', () => {
  const bed = useEmulator();

  test('lists what the service holds, kind by kind, and names it by ARN or id', async () => {
    const before = await smsInventory(bed().client);
    await bed().client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', Tags: [{ Key: 'team', Value: 'shop' }] }));
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'shop-opt-outs' }));

    const inventory = (await smsInventory(bed().client)).filter(resource => !before.some(b => b.arn === resource.arn));

    expect(inventory.map(resource => [resource.kind, resource.id, resource.arn])).toEqual([
      ['configuration-set', 'orders', 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders'],
      ['opt-out-list', 'shop-opt-outs', 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/shop-opt-outs'],
    ]);
    expect(named(inventory, 'orders')).toBe(inventory[0]);
    expect(named(inventory, 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/shop-opt-outs')).toBe(inventory[1]);
    expect(named(inventory, 'nothing')).toBeUndefined();
  });

  test('describes a resource in full: its description, its tags and its child collections', async () => {
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'shop-opt-outs', Tags: [{ Key: 'team', Value: 'shop' }] }));
    await bed().client.send(new PutOptedOutNumberCommand({ OptOutListName: 'shop-opt-outs', OptedOutNumber: '+12065550100' }));
    const list = named(await smsInventory(bed().client), 'shop-opt-outs')!;

    expect(await describeInFull(bed().client, list)).toEqual({
      OptOutListName: 'shop-opt-outs',
      OptOutListArn: list.arn,
      CreatedTimestamp: expect.any(Date),
      OptedOutNumbers: [expect.objectContaining({ OptedOutNumber: '+12065550100', EndUserOptedOut: false })],
      Tags: { team: 'shop' },
    });
  });
});
