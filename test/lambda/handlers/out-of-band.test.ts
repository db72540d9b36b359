import {
  CreateOptOutListCommand,
  DeleteKeywordCommand,
  DeleteOptedOutNumberCommand,
  DisassociateOriginationIdentityCommand,
  UpdatePhoneNumberCommand,
  UpdatePoolCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OPTED_OUT_NUMBERS } from '../../../src/wire/opted-out-numbers-properties';
import { PHONE_NUMBER } from '../../../src/wire/phone-number-properties';
import { POOL } from '../../../src/wire/pool-properties';
import { CustomResourceEvents } from '../support/events';
import { optedOutNumbersProperties, OptedOutNumbersOptions, readOptOutList } from '../support/opt-out-lists';
import { idOf, phoneNumberProperties, PhoneNumberOptions, readPhoneNumber } from '../support/phone-numbers';
import { poolProperties, PoolOptions, readPool, requestNumber, requestSender } from '../support/pools';
import { useTestBed } from '../support/test-bed';

/**
 * What someone changed in the console or the CLI between two deployments: the next deployment
 * that touches the resource puts back what the stack declares, and only that.
 */
describe('changes made out of band between deployments, against the emulator', () => {
  const bed = useTestBed();

  beforeEach(async () => {
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'console' }));
  });

  test('a pool: a disassociated identity, changed settings and a deleted keyword are put back; deletion protection switched on stays on', async () => {
    const numbers = [await requestNumber(bed().client), await requestNumber(bed().client)];
    const events = new CustomResourceEvents('OrdersPool7A8B9C0D', POOL.resourceType);
    const v1: PoolOptions = { identities: numbers, sharedRoutes: true, keywords: [{ keyword: 'PROMO', message: 'Deals' }] };
    const created = await bed().run(events.create(poolProperties(v1)));
    expect(created.status).toBe('SUCCESS');
    const poolId = idOf(created.physicalResourceId);

    // Out of band:
    await bed().client.send(new DisassociateOriginationIdentityCommand({ PoolId: poolId, OriginationIdentity: numbers[1], IsoCountryCode: 'US' }));
    await bed().client.send(new UpdatePoolCommand({ PoolId: poolId, SharedRoutesEnabled: false, DeletionProtectionEnabled: true }));
    await bed().client.send(new DeleteKeywordCommand({ OriginationIdentity: poolId, Keyword: 'PROMO' }));

    const v2: PoolOptions = { ...v1, tags: { team: 'payments' } };
    const updated = await bed().run(events.update(created.physicalResourceId, poolProperties(v2), poolProperties(v1)));
    expect(updated.status).toBe('SUCCESS');
    expect(updated.physicalResourceId).toBe(created.physicalResourceId);
    expect(await readPool(bed().client, poolId)).toMatchObject({
      identities: [...numbers].sort(),
      sharedRoutes: true,
      deletionProtection: true,
      keywords: expect.objectContaining({ PROMO: expect.objectContaining({ message: 'Deals' }) }),
      tags: { team: 'payments' },
    });
  });

  test('a phone number: a changed opt-out list is put back by the next update; deletion protection switched on stays on', async () => {
    const events = new CustomResourceEvents('OrdersNumber1A2B3C4D', PHONE_NUMBER.resourceType);
    const v1: PhoneNumberOptions = { optOutList: 'orders' };
    const created = await bed().run(events.create(phoneNumberProperties(v1)));
    expect(created.status).toBe('SUCCESS');
    const id = idOf(created.physicalResourceId);

    await bed().client.send(new UpdatePhoneNumberCommand({ PhoneNumberId: id, OptOutListName: 'console', DeletionProtectionEnabled: true }));

    const v2: PhoneNumberOptions = { ...v1, tags: { team: 'payments' } };
    const updated = await bed().run(events.update(created.physicalResourceId, phoneNumberProperties(v2), phoneNumberProperties(v1)));
    expect(updated.status).toBe('SUCCESS');
    expect(await readPhoneNumber(bed().client, id)).toMatchObject({ optOutListName: 'orders', deletionProtection: true, tags: { team: 'payments' } });
  });

  test('deletion protection that the properties declared on and now declare off is switched off', async () => {
    const events = new CustomResourceEvents('OrdersNumber1A2B3C4D', PHONE_NUMBER.resourceType);
    const on: PhoneNumberOptions = { deletionProtection: true };
    const created = await bed().run(events.create(phoneNumberProperties(on)));
    expect((await readPhoneNumber(bed().client, idOf(created.physicalResourceId)))!.deletionProtection).toBe(true);
    const offProperties = phoneNumberProperties({ deletionProtection: false });
    const off = await bed().run(events.update(created.physicalResourceId, offProperties, phoneNumberProperties(on)));
    expect(off.status).toBe('SUCCESS');
    expect((await readPhoneNumber(bed().client, idOf(created.physicalResourceId)))!.deletionProtection).toBe(false);
  });

  // Work in proportion to the change (BENCHMARKS.md) means the numbers an update does not change are
  // not looked up: as CloudFormation leaves the drift of properties that did not change.
  test('an opt-out list: the next update adds what it declares anew, keeps an end-user opt-out, and leaves a removal out of band', async () => {
    const events = new CustomResourceEvents('OrdersOptedOutNumbers5E6F7A8B', OPTED_OUT_NUMBERS.resourceType);
    const v1: OptedOutNumbersOptions = { list: 'orders', numbers: ['+12065550100', '+12065550101'] };
    const created = await bed().run(events.create(optedOutNumbersProperties(v1)));
    expect(created.status).toBe('SUCCESS');

    await bed().client.send(new DeleteOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: '+12065550100' }));
    bed().emulator.simulateEndUserOptOut('orders', '+12065550199');

    const v2: OptedOutNumbersOptions = { list: 'orders', numbers: [...v1.numbers!, '+12065550102'] };
    const updated = await bed().run(events.update(created.physicalResourceId, optedOutNumbersProperties(v2), optedOutNumbersProperties(v1)));
    expect(updated.status).toBe('SUCCESS');
    expect((await readOptOutList(bed().client, 'orders'))!.numbers).toEqual({
      '+12065550101': 'api', '+12065550102': 'api', '+12065550199': 'recipient',
    });
  });

  test('a sender ID in a pool is associated with the country the pool declares', async () => {
    const number = await requestNumber(bed().client);
    const sender = await requestSender(bed().client, 'ORDERS');
    const events = new CustomResourceEvents('OrdersPool7A8B9C0D', POOL.resourceType);
    const created = await bed().run(events.create(poolProperties({ identities: [number, sender] })));
    expect(created.status).toBe('SUCCESS');
    const association = bed().emulator.calls().find(call => call.action === 'AssociateOriginationIdentity' && call.ok);
    expect(association?.input).toMatchObject({ OriginationIdentity: sender, IsoCountryCode: 'US' });
    expect((await readPool(bed().client, idOf(created.physicalResourceId)))!.identities).toEqual([number, sender].sort());
  });

  test('a pool of more phone numbers than one Describe call takes (5) is read in calls of at most 5', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 7; i++) numbers.push(await requestNumber(bed().client));
    const mark = bed().mark();
    const events = new CustomResourceEvents('OrdersPool7A8B9C0D', POOL.resourceType);
    // Declaring an opt-out list that the numbers do not have yet makes the handler read every number, to order its calls.
    const created = await bed().run(events.create(poolProperties({ identities: numbers, optOutList: 'orders' })));
    expect(created.reason).toBe('');
    expect((await readPool(bed().client, idOf(created.physicalResourceId)))!.identities).toEqual([...numbers].sort());
    const describes = bed().callsSince(mark).filter(call => call.action === 'DescribePhoneNumbers' && call.input.PhoneNumberIds !== undefined);
    expect(describes.length).toBeGreaterThanOrEqual(2);
    expect(describes.every(call => call.ok && (call.input.PhoneNumberIds as string[]).length <= 5)).toBe(true);
  });
});
