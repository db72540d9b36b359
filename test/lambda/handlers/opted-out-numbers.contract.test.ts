import {
  CreateOptOutListCommand,
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  PutOptedOutNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CONTROL_PLANE_INTERVAL_MS, pacedPerAction, SERVICE_INTERVAL_OVERRIDES } from '../../../lambda/sms-provider/pacing';
import { OPTED_OUT_NUMBERS } from '../../../src/wire/opted-out-numbers-properties';
import { MUTATING } from '../../emulator';
import { denied, interceptingClient } from '../support/clients';
import * as shared from '../support/contract';
import { CREATE_FAILED_MARKER } from '../support/events';
import { optedOutNumbersProperties, OptedOutNumbersOptions, optOutListArn, readOptOutList } from '../support/opt-out-lists';
import { idOf } from '../support/phone-numbers';
import { runProvider } from '../support/provider';
import { handlerClient, handlersFor, handlersWithBudget, LogRecord } from '../support/test-bed';

const [N1, N2, N3, N4] = ['+12065550100', '+12065550101', '+12065550102', '+447700900123'];
const ORDERS = optOutListArn('orders');

type Numbers = { readonly [number: string]: 'api' | 'recipient' };

/** What reading back must show for numbers declared and never changed outside the stack. */
const expectedNumbers = (options: OptedOutNumbersOptions): Numbers => Object.fromEntries((options.numbers ?? []).map(n => [n, 'api']));

describe('Custom::SmsVoiceOptedOutNumbers, against the emulator', () => {
  const c = shared.useContract<OptedOutNumbersOptions>({
    logicalResourceId: 'OrdersOptOutListOptedOutNumbers1A2B3C4D',
    resourceType: OPTED_OUT_NUMBERS.resourceType,
    properties: optedOutNumbersProperties,
    read: async (client, arn) => (await readOptOutList(client, idOf(arn)))?.numbers,
    expected: expectedNumbers,
    attributes: () => ({}),
    names: shared.namedIn('OptOutListName', 'ResourceArn'),
  });
  const { bed, events, deployed, update, remove } = c;
  const numbersOn = async (list = 'orders') => (await readOptOutList(bed().client, list))?.numbers;
  const deletedNumbers = (mark: number) => bed().callsSince(mark).filter(call => call.action === 'DeleteOptedOutNumber')
    .map(call => call.input.OptedOutNumber);

  // The lists, as CloudFormation makes them before their numbers (the Custom::SmsVoiceOptOutList's own contract file tests them).
  beforeEach(async () => {
    for (const OptOutListName of ['orders', 'orders-v2']) await bed().client.send(new CreateOptOutListCommand({ OptOutListName }));
  });

  describe('Create', () => {
    test('C1 create returns the list\'s ARN, puts every declared number, and Delete keeps them: they go with the list', async () => {
      // WHEN
      const mark = bed().mark();
      const created = await bed().run(events.create(optedOutNumbersProperties({ list: 'orders', numbers: [N1, N2, N3] })));

      // THEN
      expect(created).toMatchObject({ status: 'SUCCESS', physicalResourceId: ORDERS, data: {} });
      shared.expectSmallResponse(created);
      expect(bed().mutatingCallsSince(mark)).toEqual(Array(3).fill('PutOptedOutNumber'));
      expect(await numbersOn()).toEqual({ [N1]: 'api', [N2]: 'api', [N3]: 'api' });

      // WHEN
      const deletion = bed().mark();
      const deleted = await remove(ORDERS, { list: 'orders', numbers: [N1, N2, N3] });

      // THEN no call at all, and every number is still on the list (X5: opt-outs are compliance data)
      expect(deleted.status).toBe('SUCCESS');
      expect(bed().callsSince(deletion)).toEqual([]);
      expect(await numbersOn()).toEqual({ [N1]: 'api', [N2]: 'api', [N3]: 'api' });
      expect(bed().logs.map(log => log.decision)).toContain('kept: opted-out numbers go only with their opt-out list, as its removal policy says');
    });

    test('C1 a Create that declares no numbers makes no call at all', async () => {
      const mark = bed().mark();
      const created = await bed().run(events.create(optedOutNumbersProperties({ list: 'orders' })));

      expect(created).toMatchObject({ status: 'SUCCESS', physicalResourceId: ORDERS });
      expect(bed().callsSince(mark)).toEqual([]);
    });

    // C2, as these numbers do it: there is no create call (no ClientToken to count); each delivery puts the numbers again, idempotently.
    test('C2 the same Create delivered three times answers the same physical id, and the list holds each number once', async () => {
      const event = events.create(optedOutNumbersProperties({ list: 'orders', numbers: [N1, N2] }));

      const results = [await bed().run(event), await bed().run(event), await bed().run(event)];

      expect(results.map(result => [result.status, result.physicalResourceId])).toEqual(Array(3).fill(['SUCCESS', ORDERS]));
      expect(await numbersOn()).toEqual({ [N1]: 'api', [N2]: 'api' });
    });

    // C3 does not apply: the numbers have no name of their own to clash.

    test('C4 a PutOptedOutNumber that fails reports the list\'s ARN, and the rollback Delete keeps what was put', async () => {
      // GIVEN the provider's role is denied the second put
      const client = handlerClient(bed().emulator.endpoint);
      const handlers = handlersFor(interceptingClient(client, denied(PutOptedOutNumberCommand, 2)));

      // WHEN
      const result = await runProvider(handlers, events.create(optedOutNumbersProperties({ list: 'orders', numbers: [N1, N2, N3] })));
      client.destroy();

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(ORDERS);
      expect(result.reason).toMatch(/^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:PutOptedOutNumber\)/);
      shared.expectSmallResponse(result);

      // WHEN CloudFormation rolls back, THEN the number put stays: opt-outs go only with their list
      const mark = bed().mark();
      expect((await remove(result.physicalResourceId, { list: 'orders', numbers: [N1, N2, N3] })).status).toBe('SUCCESS');
      expect(bed().callsSince(mark)).toEqual([]);
      expect(await numbersOn()).toEqual({ [N1]: 'api' });
    });

    shared.testRetriesThrottlingAnd500s(c, { options: { list: 'orders', numbers: [N1, N2, N3] } });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the messages the construct gives at synth time',
      options: { list: 'orders', numbers: ['2065550100', N1, N1] },
      violations: [
        'optedOutNumbers: "+12065550100" must be unique, but appears more than once',
        'optedOutNumbers: "2065550100" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)',
      ],
      prefix: 'Invalid opted-out numbers: ',
    });

    test('C6 an ARN that is not an opt-out list\'s, or tags, fail fast with what is allowed', async () => {
      const mark = bed().mark();
      const wrongArn = await bed().run(events.create({ SchemaVersion: '1', OptOutListArn: 'arn:aws:sms-voice:us-east-1:123456789012:pool/orders' }));
      const tagged = await bed().run(events.create({ ...optedOutNumbersProperties({ list: 'orders' }), Tags: [{ Key: 'team', Value: 'sms' }] }));

      expect(wrongArn.status).toBe('FAILED');
      expect(wrongArn.reason).toContain('optOutList: "arn:aws:sms-voice:us-east-1:123456789012:pool/orders" must be the ARN of an opt-out list:'
        + ' arn:<partition>:sms-voice:<region>:<account>:opt-out-list/<name>');
      expect(tagged.status).toBe('FAILED');
      expect(tagged.reason).toContain('opted-out numbers have no tags (tag their opt-out list)');
      expect(bed().callsSince(mark)).toEqual([]);
    });

    test('C6 numbers for a list that does not exist fail with not found', async () => {
      const result = await bed().run(events.create(optedOutNumbersProperties({ list: 'missing', numbers: [N1] })));

      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(/^ResourceNotFoundException/);
      expect(result.reason).toContain('missing');
    });
  });

  describe('Update', () => {
    const V1: OptedOutNumbersOptions = { list: 'orders', numbers: [N1, N2] };
    const V2: OptedOutNumbersOptions = { list: 'orders', numbers: [N2, N3, N4] };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the physical id, puts the added numbers and removes the ones no longer declared',
      from: V1,
      to: V2,
      then: ({ mark }) => expect(bed().mutatingCallsSince(mark).sort()).toEqual(['DeleteOptedOutNumber', 'PutOptedOutNumber', 'PutOptedOutNumber']),
    });

    test('U2 another list is a new physical id: the numbers are put on it, and the old list is never touched', async () => {
      // GIVEN
      const oldId = await deployed(V1);

      // WHEN
      const mark = bed().mark();
      const result = await update(oldId, { list: 'orders-v2', numbers: [N1, N2] }, V1);

      // THEN
      expect(result).toMatchObject({ status: 'SUCCESS', physicalResourceId: optOutListArn('orders-v2') });
      expect(bed().callsSince(mark).filter(call => MUTATING(call.action)).map(call => call.input.OptOutListName)).toEqual(['orders-v2', 'orders-v2']);
      expect(await numbersOn('orders-v2')).toEqual({ [N1]: 'api', [N2]: 'api' });
      expect(await numbersOn('orders')).toEqual({ [N1]: 'api', [N2]: 'api' });

      // WHEN CloudFormation cleans up the old one
      const cleanup = bed().mark();
      expect((await remove(oldId, { list: 'orders-v2', numbers: [N1, N2] })).status).toBe('SUCCESS');

      // THEN
      expect(bed().callsSince(cleanup)).toEqual([]);
    });

    test.each([
      ['an update that adds', V2],
      ['an update that only removes', { list: 'orders', numbers: [N2] }],
    ])('U3 %s, on a list deleted out of band, fails with not found and creates nothing', async (_title, to) => {
      // GIVEN
      const physicalId = await deployed(V1);
      await bed().client.send(new DeleteOptOutListCommand({ OptOutListName: 'orders' }));

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, to, V1);

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(/^ResourceNotFoundException: opt-out list 'orders' was not found; it was deleted outside CloudFormation/);
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    // the forward update's third PutOptedOutNumber is denied
    shared.testRollbackAfterHalfApplied(c, {
      from: V1,
      denied: { command: PutOptedOutNumberCommand, nth: 3 },
      forward: { list: 'orders', numbers: [N1, N2, N3, N4, '+12065550109'] },
      halfApplied: view => expect(Object.keys(view as Numbers)).toHaveLength(4),
    });

    // U5, as the numbers do it: the additions are not read, so the same Update puts them again, and nothing else.
    test('U5 the same Update applied twice puts only its additions again, and the list ends the same', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      const event = events.update(physicalId, optedOutNumbersProperties(V2), optedOutNumbersProperties(V1));
      expect((await bed().run(event)).status).toBe('SUCCESS');

      // WHEN
      const mark = bed().mark();
      const again = await bed().run(event);

      // THEN
      expect(again.status).toBe('SUCCESS');
      expect(bed().callsSince(mark).filter(call => MUTATING(call.action)).map(call => [call.action, call.input.OptedOutNumber]))
        .toEqual([['PutOptedOutNumber', N3], ['PutOptedOutNumber', N4]]);
      expect(await numbersOn()).toEqual(expectedNumbers(V2));
    });

    test('U6 properties written without SchemaVersion still update and delete', async () => {
      const oldShape = { ...V1, withoutSchemaVersion: true };
      const physicalId = await deployed(oldShape);

      const updated = await update(physicalId, V2, oldShape);
      const deleted = await remove(physicalId, V2);

      expect([updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(await numbersOn()).toEqual(expectedNumbers(V2));
    });

    shared.testNoOpUpdate(c, {
      title: 'an update whose numbers are the same in another order makes no mutating call, and reads only the list',
      options: V2,
      same: { ...V2, numbers: [...V2.numbers!].reverse() },
      reads: ['DescribeOptOutLists'],
    });

    test('an update to [] removes every number declared before, and keeps what the stack never declared', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      await bed().client.send(new PutOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: N3 }));

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { list: 'orders' }, V1);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(deletedNumbers(mark).sort()).toEqual([N1, N2]);
      expect(await numbersOn()).toEqual({ [N3]: 'api' });
    });
  });

  describe('Delete', () => {
    shared.testSecondDelete(c, { list: 'orders', numbers: [N1] });

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['an ARN of another resource type', 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders']],
      options: { list: 'orders', numbers: [N1] },
      deployFirst: true,
    });

    test('D3 Delete after a replacement, and D7 of a list that was never created, make no call', async () => {
      const mark = bed().mark();
      const afterReplacement = await remove(ORDERS, { list: 'orders-v2', numbers: [N1] });
      const neverCreated = await remove(optOutListArn('never-created'), { list: 'never-created' });

      expect([afterReplacement.status, neverCreated.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(bed().callsSince(mark)).toEqual([]);
    });

    test('D2 a Delete with the framework\'s marker as id makes no call', async () => {
      const mark = bed().mark();
      const result = await remove(CREATE_FAILED_MARKER, { list: 'orders' });

      expect(result.status).toBe('SUCCESS');
      expect(bed().callsSince(mark)).toEqual([]);
    });

    // D4 does not apply (no deletion protection), nor D5 and D6 (nothing depends on the numbers, which have no status).
  });

  describe('end-user opt-outs (X5)', () => {
    test('an end-user opt-out of a declared number survives the update that stops declaring it', async () => {
      // GIVEN N1 declared, then opted out by its recipient (STOP)
      const physicalId = await deployed({ list: 'orders', numbers: [N1, N2] });
      bed().emulator.simulateEndUserOptOut('orders', N1);

      // WHEN the stack stops declaring both numbers
      const mark = bed().mark();
      const result = await update(physicalId, { list: 'orders' }, { list: 'orders', numbers: [N1, N2] });

      // THEN only N2 was removed; N1 stays, as its recipient's opt-out
      expect(result.status).toBe('SUCCESS');
      expect(deletedNumbers(mark)).toEqual([N2]);
      expect(await numbersOn()).toEqual({ [N1]: 'recipient' });
      expect(bed().logs.find(log => log.decision.startsWith('kept: their recipients opted out'))).toMatchObject({ numbers: [N1] });
    });

    test('an end-user opt-out of a number the stack never declared survives every update', async () => {
      const physicalId = await deployed({ list: 'orders', numbers: [N1] });
      bed().emulator.simulateEndUserOptOut('orders', N3);

      const result = await update(physicalId, { list: 'orders', numbers: [N2] }, { list: 'orders', numbers: [N1] });

      expect(result.status).toBe('SUCCESS');
      expect(await numbersOn()).toEqual({ [N2]: 'api', [N3]: 'recipient' });
    });

    test('X5 a number put on the list outside the stack is never removed', async () => {
      const physicalId = await deployed({ list: 'orders', numbers: [N1] });
      await bed().client.send(new PutOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: N3 }));

      const mark = bed().mark();
      const result = await update(physicalId, { list: 'orders' }, { list: 'orders', numbers: [N1] });

      expect(result.status).toBe('SUCCESS');
      expect(await numbersOn()).toEqual({ [N3]: 'api' });
      expect(deletedNumbers(mark)).toEqual([N1]);
    });

    test('X5 a declared number already removed out of band is not an error', async () => {
      const physicalId = await deployed({ list: 'orders', numbers: [N1, N2] });
      await bed().client.send(new DeleteOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: N1 }));

      const mark = bed().mark();
      const result = await update(physicalId, { list: 'orders', numbers: [N2] }, { list: 'orders', numbers: [N1, N2] });

      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });
  });

  describe('the 30-day rule', () => {
    test('a declared number removed, re-added and removed again fails with a clear message, and the rollback is not stuck', async () => {
      // GIVEN N1 was declared, removed, and declared again
      const both = { list: 'orders', numbers: [N1, N2] };
      const onlyN2 = { list: 'orders', numbers: [N2] };
      const physicalId = await deployed(both);
      expect((await update(physicalId, onlyN2, both)).status).toBe('SUCCESS');
      expect((await update(physicalId, both, onlyN2)).status).toBe('SUCCESS');

      // WHEN it is removed again within 30 days
      const forward = await update(physicalId, onlyN2, both);

      // THEN
      expect(forward.status).toBe('FAILED');
      const firstLine = forward.reason.split('\n')[0];
      expect(firstLine).toMatch(/^ValidationException PHONE_NUMBER_CANNOT_BE_OPTED_IN: \+12065550100 cannot be removed from opt-out list 'orders' yet:/);
      expect(firstLine).toMatch(/the service removes a number at most once every 30 days \(.*less than 30 days ago.*\)\. Keep \+12065550100 in optedOutNumbers for now,/);
      const latest = /at the latest from (\S+) \(30 days after it was put back on the list\)/.exec(firstLine)![1];
      expect(new Date(latest).getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

      // WHEN CloudFormation rolls back to the properties that declare N1
      const rollback = await update(physicalId, both, onlyN2);

      // THEN
      expect(rollback.status).toBe('SUCCESS');
      expect(await numbersOn()).toEqual(expectedNumbers(both));
    });
  });

  describe('Cross-cutting', () => {
    test('X1 a large set is added in batches across polls, each poll stopping at its deadline, paced to the quota', async () => {
      // GIVEN a quota of 50 PutOptedOutNumber a second, a client paced to it, and 250 ms per poll
      bed().emulator.configure({ quotas: { PutOptedOutNumber: 50 } });
      const paced = pacedPerAction(bed().client, 20);
      const logs: LogRecord[] = [];
      const numbers = Array.from({ length: 40 }, (_, i) => `+1206555${String(1000 + i)}`);

      // WHEN
      const result = await runProvider(handlersWithBudget(paced, 250, logs), events.create(optedOutNumbersProperties({ list: 'orders', numbers })), 30);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.polls).toBeGreaterThan(2);
      expect(logs.filter(log => log.decision === 'not complete yet: out of time for this poll').length).toBeGreaterThan(1);
      expect(bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
      expect(bed().emulator.calls().filter(call => call.action === 'PutOptedOutNumber')).toHaveLength(40);
      expect(await numbersOn()).toEqual(expectedNumbers({ list: 'orders', numbers }));
    });

    test('X1 DeleteOptedOutNumber is paced to its own quota of 10 a second, the rest to 1 a second', async () => {
      // GIVEN the documented quotas
      const three = { list: 'orders', numbers: [N1, N2, N3] };
      const physicalId = await deployed(three);
      bed().emulator.configure({ quotas: 'realistic' });
      const paced = pacedPerAction(bed().client, CONTROL_PLANE_INTERVAL_MS, SERVICE_INTERVAL_OVERRIDES);

      // WHEN
      const started = Date.now();
      const result = await runProvider(handlersFor(paced), events.update(physicalId, optedOutNumbersProperties({ list: 'orders' }),
        optedOutNumbersProperties(three)));

      // THEN three deletes took well under the two seconds 1 request/second would need, and none was throttled
      expect(result.status).toBe('SUCCESS');
      expect(bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
      const deletes = bed().emulator.calls().filter(call => call.action === 'DeleteOptedOutNumber');
      expect(deletes).toHaveLength(3);
      expect(deletes[2].at - deletes[0].at).toBeLessThan(1_000);
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    test('X3 under throttling and 500s, create, update and delete converge with each number put once', async () => {
      // GIVEN
      bed().emulator.configure({ faults: { throttleEveryNth: 3, internalErrorEveryNth: 5 } });

      // WHEN
      const created = await bed().run(events.create(optedOutNumbersProperties({ list: 'orders', numbers: [N1, N2] })));
      const updated = await update(created.physicalResourceId, { list: 'orders', numbers: [N3, N4] }, { list: 'orders', numbers: [N1, N2] });
      const deleted = await remove(created.physicalResourceId, { list: 'orders', numbers: [N3, N4] });

      // THEN
      expect([created.status, updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
      const calls = bed().emulator.calls();
      expect(['ThrottlingException', 'InternalServerException'].every(name => calls.some(call => call.errorName === name))).toBe(true);
      expect(calls.filter(call => call.ok && call.action === 'PutOptedOutNumber').map(call => call.input.OptedOutNumber).sort())
        .toEqual([N1, N2, N3, N4]);
      bed().emulator.configure({ faults: {} });
      expect(await numbersOn()).toEqual({ [N3]: 'api', [N4]: 'api' });
    });
  });
});
