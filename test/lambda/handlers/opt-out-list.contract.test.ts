import {
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  PutOptedOutNumberCommand,
  RequestPhoneNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CONTROL_PLANE_INTERVAL_MS, pacedPerAction, SERVICE_INTERVAL_OVERRIDES } from '../../../lambda/sms-provider/pacing';
import { OPT_OUT_LIST } from '../../../src/wire/opt-out-list-properties';
import { MUTATING } from '../../emulator';
import * as shared from '../support/contract';
import { expectedOptOutList, optOutListProperties, OptOutListOptions, OptOutListView, readOptOutList } from '../support/opt-out-lists';
import { idOf } from '../support/phone-numbers';
import { runProvider } from '../support/provider';
import { handlersFor, handlersWithBudget, LogRecord } from '../support/test-bed';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/';
const [N1, N2, N3, N4] = ['+12065550100', '+12065550101', '+12065550102', '+447700900123'];

const FULL: OptOutListOptions = { name: 'orders', numbers: [N1, N2, N3], tags: { team: 'payments', env: 'prod' } };

describe('Custom::SmsVoiceOptOutList, against the emulator', () => {
  const c = shared.useContract<OptOutListOptions>({
    logicalResourceId: 'OrdersOptOutList1A2B3C4D',
    resourceType: OPT_OUT_LIST.resourceType,
    properties: optOutListProperties,
    read: (client, arn) => readOptOutList(client, idOf(arn)),
    expected: expectedOptOutList,
    attributes: arn => ({ [OPT_OUT_LIST.attributes.NAME]: idOf(arn), [OPT_OUT_LIST.attributes.ARN]: arn }),
    names: shared.namedIn('OptOutListName', 'ResourceArn'),
  });
  const { bed, events, deployed, update, remove } = c;
  const read = (name = 'orders') => readOptOutList(bed().client, name);

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, reading back equals the input, and delete removes the list',
      options: FULL,
      physicalId: `${ARN_PREFIX}orders`,
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the create call, makes one list',
      options: FULL,
      createAction: 'CreateOptOutList',
      expectedId: `${ARN_PREFIX}orders`,
      // Each delivery that reaches isComplete puts the declared numbers again, without reading them: a put is idempotent.
      then: async ({ mark }) => {
        expect(bed().mutatingCallsSince(mark).filter(action => action !== 'CreateOptOutList')).toEqual(Array(6).fill('PutOptedOutNumber'));
      },
    });

    shared.testCreateOfTakenName(c, {
      title: 'a second Create of the same name fails with "already exists" and never adopts the existing list',
      existing: FULL,
      second: { name: 'orders' },
      createAction: 'CreateOptOutList',
      reason: "ConflictException RESOURCE_ALREADY_EXISTS: opt-out list 'orders' already exists;"
        + ' choose another optOutListName or import it with OptOutList.fromOptOutListName',
    });

    // the first PutOptedOutNumber is denied
    shared.testFailureAfterCreate(c, {
      title: 'a PutOptedOutNumber that fails after the create reports the real physical id, so the rollback Delete removes the list',
      denied: PutOptedOutNumberCommand,
      options: FULL,
      physicalId: `${ARN_PREFIX}orders`,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:PutOptedOutNumber\)/,
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with every declared number',
      lost: PutOptedOutNumberCommand,
      event: async () => events.create(optOutListProperties(FULL)),
      then: async () => expect(await read()).toEqual(expectedOptOutList(FULL)),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the messages the construct gives at synth time',
      options: { name: 'orders', numbers: ['2065550100', N1, N1] },
      violations: [
        'optedOutNumbers: "+12065550100" must be unique, but appears more than once',
        'optedOutNumbers: "2065550100" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)',
      ],
      prefix: "Invalid opt-out list 'orders': ",
    });

    // room for the Default list only
    shared.testQuotaFailsAtOnce(c, {
      limits: { optOutListsPerAccount: 1 },
      options: FULL,
      reason: /^ServiceQuotaExceededException OPT_OUT_LISTS_PER_ACCOUNT: a service quota was reached/,
      createAction: 'CreateOptOutList',
    });
  });

  describe('Update', () => {
    const V1: OptOutListOptions = { name: 'orders', numbers: [N1, N2], tags: { team: 'payments', env: 'prod' } };
    const V2: OptOutListOptions = { name: 'orders', numbers: [N2, N3, N4], tags: { team: 'growth', owner: 'sms' } };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the physical id, adds and removes the declared numbers and tags',
      from: V1,
      to: V2,
      then: ({ mark }) => expect(bed().mutatingCallsSince(mark).sort())
        .toEqual(['DeleteOptedOutNumber', 'PutOptedOutNumber', 'PutOptedOutNumber', 'TagResource', 'UntagResource']),
    });

    shared.testReplacement(c, {
      title: 'a new name creates a new list with a new physical id and never touches the old one',
      from: V1,
      to: { ...V2, name: 'orders-v2' },
      createAction: 'CreateOptOutList',
      newId: `${ARN_PREFIX}orders-v2`,
      then: ({ mark }) => expect(bed().mutatingCallsSince(mark)).toHaveLength(4),
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a list deleted out of band fails with not found and creates nothing',
      from: V1,
      to: V2,
      removeOutOfBand: () => bed().client.send(new DeleteOptOutListCommand({ OptOutListName: 'orders' })),
      reason: () => /^ResourceNotFoundException: opt-out list 'orders' was not found; it was deleted outside CloudFormation/,
    });

    // the forward update's third PutOptedOutNumber is denied
    shared.testRollbackAfterHalfApplied(c, {
      from: V1,
      denied: { command: PutOptedOutNumberCommand, nth: 3 },
      forward: { name: 'orders', numbers: [N1, N2, N3, N4, '+12065550109'] },
      halfApplied: view => expect(Object.keys((view as OptOutListView).numbers)).toHaveLength(4),
    });

    // U5, as an opt-out list does it: the additions are not read, so the same Update puts them again, and nothing else.
    test('U5 the same Update applied twice puts only its additions again, and the list ends the same', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      const event = events.update(physicalId, optOutListProperties(V2), optOutListProperties(V1));
      expect((await bed().run(event)).status).toBe('SUCCESS');

      // WHEN
      const mark = bed().mark();
      const again = await bed().run(event);

      // THEN
      expect(again.status).toBe('SUCCESS');
      expect(bed().callsSince(mark).filter(call => MUTATING(call.action)).map(call => [call.action, call.input.OptedOutNumber]))
        .toEqual([['PutOptedOutNumber', N3], ['PutOptedOutNumber', N4]]);
      expect(await read()).toEqual(expectedOptOutList(V2));
    });

    shared.testWithoutSchemaVersion(c, { from: V1, to: V2 });

    shared.testNoOpUpdate(c, {
      title: 'an update whose properties equal the actual state (numbers in another order) makes zero mutating calls',
      options: V2,
      same: { ...V2, numbers: [...V2.numbers!].reverse() },
      reads: ['DescribeOptOutLists'],
    });
  });

  describe('Delete', () => {
    shared.testSecondDelete(c, FULL);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['an ARN of another resource type', 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders']],
      options: { name: 'orders' },
      deployFirst: true,
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement removes only what the physical id names',
      from: { name: 'orders' },
      to: { name: 'orders-v2' },
      deleteAction: 'DeleteOptOutList',
      newId: `${ARN_PREFIX}orders-v2`,
      then: calls => expect(calls.filter(call => call.action === 'DeleteOptOutList').map(call => call.input)).toEqual([{ OptOutListName: 'orders' }]),
    });

    // D4 does not apply: an opt-out list has no deletion protection.
    // The retained Delete (X5) does not apply: RETAIN is the stack's DeletionPolicy here, so no Delete reaches the handler.

    test('D5 a list still used by a phone number fails with a message saying what uses it', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders' });
      const { PhoneNumberId } = await bed().client.send(new RequestPhoneNumberCommand({
        IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: 'LONG_CODE', OptOutListName: 'orders',
      }));

      // WHEN
      const result = await remove(physicalId, { name: 'orders' });

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(new RegExp(`^ConflictException RESOURCE_NOT_EMPTY: opt-out list 'orders' is still used by a phone number or pool \\(.*${PhoneNumberId}.*\\);`
        + ' give them another opt-out list, or remove them first'));
      expect(await read()).toBeDefined();
    });

    shared.testDeleteOfNeverCreated(c, { what: 'list ARN that was never created', physicalId: `${ARN_PREFIX}never-created`, options: { name: 'never-created' } });
  });

  describe('end-user opt-outs (X5)', () => {
    test('an end-user opt-out of a declared number survives the update that stops declaring it', async () => {
      // GIVEN N1 declared, then opted out by its recipient (STOP)
      const physicalId = await deployed({ name: 'orders', numbers: [N1, N2] });
      bed().emulator.simulateEndUserOptOut('orders', N1);

      // WHEN the stack stops declaring both numbers
      const mark = bed().mark();
      const result = await update(physicalId, { name: 'orders' }, { name: 'orders', numbers: [N1, N2] });

      // THEN only N2 was removed; N1 stays, as its recipient's opt-out
      expect(result.status).toBe('SUCCESS');
      expect(bed().callsSince(mark).filter(call => call.action === 'DeleteOptedOutNumber').map(call => call.input.OptedOutNumber)).toEqual([N2]);
      expect(await read()).toEqual({ numbers: { [N1]: 'recipient' }, tags: {} });
      expect(bed().logs.find(log => log.decision.startsWith('kept: their recipients opted out'))).toMatchObject({ numbers: [N1] });
    });

    test('an end-user opt-out of a number the stack never declared survives every update', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders', numbers: [N1] });
      bed().emulator.simulateEndUserOptOut('orders', N3);

      // WHEN
      const result = await update(physicalId, { name: 'orders', numbers: [N2] }, { name: 'orders', numbers: [N1] });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(await read()).toEqual({ numbers: { [N2]: 'api', [N3]: 'recipient' }, tags: {} });
    });

    test('Delete refuses to delete a list that holds an end-user opt-out, with a clear message, and deletes nothing', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders', numbers: [N1] });
      bed().emulator.simulateEndUserOptOut('orders', N2);

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, { name: 'orders', numbers: [N1] });

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain(`opt-out list 'orders' is kept: it holds numbers whose recipients opted out themselves (${N2}),`
        + ' and deleting the list would delete their opt-outs with it. Keep the list (removalPolicy RETAIN, the default),'
        + ' or retain this resource when you delete the stack');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await read()).toEqual({ numbers: { [N1]: 'api', [N2]: 'recipient' }, tags: {} });
    });

    test('a replaced list that holds an end-user opt-out is kept when CloudFormation cleans it up', async () => {
      // GIVEN a rename: the old list holds a recipient's opt-out
      const oldId = await deployed({ name: 'orders', numbers: [N1] });
      bed().emulator.simulateEndUserOptOut('orders', N1);
      const replaced = await update(oldId, { name: 'orders-v2', numbers: [N1] }, { name: 'orders', numbers: [N1] });
      expect(replaced.status).toBe('SUCCESS');

      // WHEN
      const cleanup = await remove(oldId, { name: 'orders-v2', numbers: [N1] });

      // THEN the cleanup fails (CloudFormation only warns), and the opt-out survives
      expect(cleanup.status).toBe('FAILED');
      expect(await read()).toEqual({ numbers: { [N1]: 'recipient' }, tags: {} });
    });
  });

  describe('the 30-day rule', () => {
    test('a declared number removed, re-added and removed again fails with a clear message, and the rollback is not stuck', async () => {
      // GIVEN N1 was declared, removed, and declared again
      const physicalId = await deployed({ name: 'orders', numbers: [N1, N2] });
      expect((await update(physicalId, { name: 'orders', numbers: [N2] }, { name: 'orders', numbers: [N1, N2] })).status).toBe('SUCCESS');
      expect((await update(physicalId, { name: 'orders', numbers: [N1, N2] }, { name: 'orders', numbers: [N2] })).status).toBe('SUCCESS');

      // WHEN it is removed again within 30 days
      const forward = await update(physicalId, { name: 'orders', numbers: [N2] }, { name: 'orders', numbers: [N1, N2] });

      // THEN
      expect(forward.status).toBe('FAILED');
      const firstLine = forward.reason.split('\n')[0];
      expect(firstLine).toMatch(/^ValidationException PHONE_NUMBER_CANNOT_BE_OPTED_IN: \+12065550100 cannot be removed from opt-out list 'orders' yet:/);
      expect(firstLine).toMatch(/the service removes a number at most once every 30 days \(.*less than 30 days ago.*\)\. Keep \+12065550100 in optedOutNumbers for now,/);
      expect(firstLine).toContain('and remove it in a later deployment, 30 days after its last removal and at the latest from ');
      const latest = /at the latest from (\S+) \(30 days after it was put back on the list\)/.exec(firstLine)![1];
      expect(new Date(latest).getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

      // WHEN CloudFormation rolls back to the properties that declare N1
      const rollback = await update(physicalId, { name: 'orders', numbers: [N1, N2] }, { name: 'orders', numbers: [N2] });

      // THEN
      expect(rollback.status).toBe('SUCCESS');
      expect(await read()).toEqual(expectedOptOutList({ name: 'orders', numbers: [N1, N2] }));
    });
  });

  describe('Cross-cutting', () => {
    test('X1 a large list is added in batches across polls, each poll stopping at its deadline, paced to the quota', async () => {
      // GIVEN a quota of 50 PutOptedOutNumber a second, a client paced to it, and 250 ms per poll
      bed().emulator.configure({ quotas: { PutOptedOutNumber: 50 } });
      const paced = pacedPerAction(bed().client, 20);
      const logs: LogRecord[] = [];
      const numbers = Array.from({ length: 40 }, (_, i) => `+1206555${String(1000 + i)}`);

      // WHEN
      const result = await runProvider(handlersWithBudget(paced, 250, logs), events.create(optOutListProperties({ name: 'big', numbers })), 30);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.polls).toBeGreaterThan(2);
      expect(logs.filter(log => log.decision === 'not complete yet: out of time for this poll').length).toBeGreaterThan(1);
      expect(bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
      const puts = bed().emulator.calls().filter(call => call.action === 'PutOptedOutNumber');
      expect(puts).toHaveLength(40);
      expect(await read('big')).toEqual(expectedOptOutList({ name: 'big', numbers }));
    });

    test('X1 DeleteOptedOutNumber is paced to its own quota of 10 a second, the rest to 1 a second', async () => {
      // GIVEN the documented quotas
      const physicalId = await deployed({ name: 'orders', numbers: [N1, N2, N3] });
      bed().emulator.configure({ quotas: 'realistic' });
      const paced = pacedPerAction(bed().client, CONTROL_PLANE_INTERVAL_MS, SERVICE_INTERVAL_OVERRIDES);

      // WHEN
      const started = Date.now();
      const result = await runProvider(handlersFor(paced), events.update(physicalId, optOutListProperties({ name: 'orders' }),
        optOutListProperties({ name: 'orders', numbers: [N1, N2, N3] })));

      // THEN three deletes took well under the two seconds 1 request/second would need, and none was throttled
      expect(result.status).toBe('SUCCESS');
      expect(bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
      const deletes = bed().emulator.calls().filter(call => call.action === 'DeleteOptedOutNumber');
      expect(deletes).toHaveLength(3);
      expect(deletes[2].at - deletes[0].at).toBeLessThan(1_000);
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    shared.testConvergesUnderFaults(c, {
      created: FULL,
      updated: { name: 'orders', numbers: [N3, N4] },
      deleted: { name: 'orders', numbers: [N3, N4] },
      createAction: 'CreateOptOutList',
      then: calls => expect(calls.filter(call => call.ok && call.action === 'PutOptedOutNumber').map(call => call.input.OptedOutNumber).sort())
        .toEqual([N1, N2, N3, N4]),
    });

    shared.testOutsideTagSurvives(c, { from: { name: 'orders', tags: { team: 'payments' } }, to: { name: 'orders' } });

    test('X5 a number put on the list outside the stack is never removed', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders', numbers: [N1] });
      await bed().client.send(new PutOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: N3 }));

      // WHEN
      const result = await update(physicalId, { name: 'orders' }, { name: 'orders', numbers: [N1] });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(await read()).toEqual({ numbers: { [N3]: 'api' }, tags: {} });
      expect(bed().emulator.calls().filter(call => call.action === 'DeleteOptedOutNumber').map(call => call.input.OptedOutNumber)).toEqual([N1]);
    });

    test('X5 a declared number already removed out of band is not an error', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders', numbers: [N1, N2] });
      await bed().client.send(new DeleteOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: N1 }));

      // WHEN the stack stops declaring it
      const mark = bed().mark();
      const result = await update(physicalId, { name: 'orders', numbers: [N2] }, { name: 'orders', numbers: [N1, N2] });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });
  });
});
