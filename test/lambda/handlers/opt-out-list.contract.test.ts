import {
  AccessDeniedException,
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  PutOptedOutNumberCommand,
  RequestPhoneNumberCommand,
  TagResourceCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CONTROL_PLANE_INTERVAL_MS, pacedPerAction, SERVICE_INTERVAL_OVERRIDES } from '../../../lambda/sms-provider/pacing';
import { OptOutListAttributes } from '../../../src/custom-resources/opt-out-list-properties';
import { ResourceTypes } from '../../../src/custom-resources/resource-types';
import { optOutListViolations } from '../../../src/private/validate-opt-out-list';
import { MUTATING } from '../../emulator';
import { interceptingClient, onFirst } from '../support/clients';
import { CREATE_FAILED_MARKER, CustomResourceEvents } from '../support/events';
import { expectedOptOutList, optOutListProperties, OptOutListOptions, readOptOutList } from '../support/opt-out-lists';
import { ProviderResult, runProvider } from '../support/provider';
import { handlerClient, handlersFor, handlersWithBudget, LogRecord, useTestBed } from '../support/test-bed';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/';
const [N1, N2, N3, N4] = ['+12065550100', '+12065550101', '+12065550102', '+447700900123'];

const FULL: OptOutListOptions = { name: 'orders', numbers: [N1, N2, N3], tags: { team: 'payments', env: 'prod' } };

describe('Custom::SmsVoiceOptOutList, against the emulator', () => {
  const bed = useTestBed();
  let events: CustomResourceEvents;
  beforeEach(() => {
    events = new CustomResourceEvents('OrdersOptOutList1A2B3C4D', ResourceTypes.OPT_OUT_LIST);
  });

  async function deployed(options: OptOutListOptions): Promise<string> {
    const result = await bed().run(events.create(optOutListProperties(options)));
    expect(result).toMatchObject({ status: 'SUCCESS' });
    return result.physicalResourceId;
  }

  function update(physicalId: string, to: OptOutListOptions, from: OptOutListOptions): Promise<ProviderResult> {
    return bed().run(events.update(physicalId, optOutListProperties(to), optOutListProperties(from)));
  }

  function remove(physicalId: string, options: OptOutListOptions): Promise<ProviderResult> {
    return bed().run(events.delete(physicalId, optOutListProperties(options)));
  }

  function expectSmallResponse(result: ProviderResult): void {
    expect(Buffer.byteLength(result.responseBody)).toBeLessThan(4096);
    expect(Buffer.byteLength(result.physicalResourceId)).toBeLessThanOrEqual(1024);
  }

  describe('Create', () => {
    test('C1 create returns the ARN and every attribute, reading back equals the input, and delete removes the list', async () => {
      // WHEN
      const event = events.create(optOutListProperties(FULL));
      const created = await bed().run(event);

      // THEN
      expect(created.status).toBe('SUCCESS');
      expect(created.physicalResourceId).toBe(`${ARN_PREFIX}orders`);
      expect(created.physicalResourceId).not.toBe(event.RequestId);
      expect(created.data).toEqual({ [OptOutListAttributes.NAME]: 'orders', [OptOutListAttributes.ARN]: `${ARN_PREFIX}orders` });
      expectSmallResponse(created);
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(FULL));

      // WHEN
      const deleted = await remove(created.physicalResourceId, FULL);

      // THEN
      expect(deleted.status).toBe('SUCCESS');
      expect(await readOptOutList(bed().client, 'orders')).toBeUndefined();
    });

    test('C2 the same Create delivered three times, once after a crash right after the create call, makes one list', async () => {
      // GIVEN a first delivery that crashed after CreateOptOutList returned
      const event = events.create(optOutListProperties(FULL));
      const crashed = await bed().handlers.onEvent(event);

      // WHEN
      const mark = bed().mark();
      const second = await bed().run(event);
      const third = await bed().run(event);

      // THEN
      expect([second.status, third.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(new Set([crashed.PhysicalResourceId, second.physicalResourceId, third.physicalResourceId])).toEqual(new Set([`${ARN_PREFIX}orders`]));
      expect(bed().callsSince(mark).filter(call => !call.ok)).toEqual([]);
      expect(bed().mutatingCallsSince(mark).filter(action => action !== 'CreateOptOutList'))
        .toEqual(['PutOptedOutNumber', 'PutOptedOutNumber', 'PutOptedOutNumber']);
      const tokens = bed().emulator.calls().filter(call => call.action === 'CreateOptOutList').map(call => call.input.ClientToken);
      expect(tokens).toHaveLength(3);
      expect(new Set(tokens).size).toBe(1);
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(FULL));
    });

    test('C3 a second Create of the same name fails with "already exists" and never adopts the existing list', async () => {
      // GIVEN
      await deployed(FULL);

      // WHEN
      const other = new CustomResourceEvents('OtherOptOutList9C8B7A6D', ResourceTypes.OPT_OUT_LIST, 'other-app');
      const result = await bed().run(other.create(optOutListProperties({ name: 'orders' })));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
      expect(result.reason).toContain("ConflictException RESOURCE_ALREADY_EXISTS: opt-out list 'orders' already exists;"
        + ' choose another optOutListName or import it with OptOutList.fromOptOutListName');
      const rollback = await bed().run(other.delete(result.physicalResourceId, optOutListProperties({ name: 'orders' })));
      expect(rollback.status).toBe('SUCCESS');
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(FULL));
    });

    test('C4 a PutOptedOutNumber that fails after the create reports the real physical id, so the rollback Delete removes the list', async () => {
      // GIVEN a client whose first PutOptedOutNumber is denied
      const real = handlerClient(bed().emulator.endpoint);
      const denied = interceptingClient(real, onFirst(PutOptedOutNumberCommand, 1,
        () => Promise.reject(new AccessDeniedException({ message: 'not authorized to sms-voice:PutOptedOutNumber', $metadata: {} }))));

      // WHEN
      const result = await runProvider(handlersFor(denied), events.create(optOutListProperties(FULL)));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(`${ARN_PREFIX}orders`);
      expect(result.reason).toMatch(/^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:PutOptedOutNumber\)/);
      const rollback = await remove(result.physicalResourceId, FULL);
      expect(rollback.status).toBe('SUCCESS');
      expect(await readOptOutList(bed().client, 'orders')).toBeUndefined();
      real.destroy();
    });

    test('C5 Create is complete only when a read shows every declared number', async () => {
      // GIVEN a client that loses the first PutOptedOutNumber
      const real = handlerClient(bed().emulator.endpoint);
      const forgetful = interceptingClient(real, onFirst(PutOptedOutNumberCommand, 1, () => Promise.resolve({})));

      // WHEN
      const result = await runProvider(handlersFor(forgetful), events.create(optOutListProperties(FULL)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.polls).toBe(2);
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(FULL));
      real.destroy();
    });

    test('C6 throttling and 500s are retried', async () => {
      // GIVEN
      bed().emulator.configure({ faults: { throttleEveryNth: 2, internalErrorEveryNth: 3 } });

      // WHEN
      const result = await bed().run(events.create(optOutListProperties(FULL)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().emulator.calls().some(call => call.errorName === 'ThrottlingException')).toBe(true);
      expect(bed().emulator.calls().some(call => call.errorName === 'InternalServerException')).toBe(true);
      bed().emulator.configure({ faults: {} });
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(FULL));
    });

    test('C6 invalid properties fail fast, before any call, with the messages the construct gives at synth time', async () => {
      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(optOutListProperties({ name: 'orders', numbers: ['2065550100', N1, N1] })));

      // THEN
      const expected = optOutListViolations({ optOutListName: 'orders', optedOutNumbers: ['2065550100', N1, N1] }).all;
      expect(expected).toHaveLength(2);
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain(`Invalid opt-out list 'orders': ${expected.join('; ')}`);
      expect(bed().callsSince(mark)).toEqual([]);
    });

    test('C6 a quota error fails at once, with its code name and what to do', async () => {
      // GIVEN room for the Default list only
      bed().emulator.configure({ limits: { optOutListsPerAccount: 1 } });

      // WHEN
      const result = await bed().run(events.create(optOutListProperties(FULL)));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
      expect(result.reason).toMatch(/^ServiceQuotaExceededException OPT_OUT_LISTS_PER_ACCOUNT: a service quota was reached/);
      expect(bed().emulator.calls().map(call => call.action)).toEqual(['CreateOptOutList']);
    });
  });

  describe('Update', () => {
    const V1: OptOutListOptions = { name: 'orders', numbers: [N1, N2], tags: { team: 'payments', env: 'prod' } };
    const V2: OptOutListOptions = { name: 'orders', numbers: [N2, N3, N4], tags: { team: 'growth', owner: 'sms' } };

    test('U1 an in-place update keeps the physical id, adds and removes the declared numbers and tags', async () => {
      // GIVEN
      const physicalId = await deployed(V1);

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, V2, V1);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(physicalId);
      expect(bed().mutatingCallsSince(mark).sort())
        .toEqual(['DeleteOptedOutNumber', 'PutOptedOutNumber', 'PutOptedOutNumber', 'TagResource', 'UntagResource']);
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(V2));
    });

    test('U2 a new name creates a new list with a new physical id and never touches the old one', async () => {
      // GIVEN
      const oldId = await deployed(V1);

      // WHEN
      const mark = bed().mark();
      const result = await update(oldId, { ...V2, name: 'orders-v2' }, V1);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(`${ARN_PREFIX}orders-v2`);
      const targets = bed().callsSince(mark).filter(call => MUTATING(call.action)).map(call => call.input.OptOutListName ?? call.input.ResourceArn);
      expect(targets).toHaveLength(4);
      expect(targets.filter(target => target !== 'orders-v2' && target !== `${ARN_PREFIX}orders-v2`)).toEqual([]);
      expect(await readOptOutList(bed().client, 'orders-v2')).toEqual(expectedOptOutList(V2));
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(V1));
    });

    test('U3 an update of a list deleted out of band fails with not found and creates nothing', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      await bed().client.send(new DeleteOptOutListCommand({ OptOutListName: 'orders' }));

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, V2, V1);

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(/^ResourceNotFoundException: opt-out list 'orders' was not found; it was deleted outside CloudFormation/);
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('U4 a rollback after a half-applied update converges to the old properties', async () => {
      // GIVEN a forward update whose third PutOptedOutNumber was denied
      const physicalId = await deployed(V1);
      const real = handlerClient(bed().emulator.endpoint);
      let puts = 0;
      const flaky = interceptingClient(real, command => command instanceof PutOptedOutNumberCommand && ++puts === 3
        ? Promise.reject(new AccessDeniedException({ message: 'denied', $metadata: {} })) : undefined);
      const forward: OptOutListOptions = { name: 'orders', numbers: [N1, N2, N3, N4, '+12065550109'] };
      const failed = await runProvider(handlersFor(flaky), events.update(physicalId, optOutListProperties(forward), optOutListProperties(V1)));
      expect(failed.status).toBe('FAILED');
      expect(Object.keys((await readOptOutList(bed().client, 'orders'))!.numbers)).toHaveLength(4);

      // WHEN CloudFormation rolls back: old and new swapped
      const rollback = await update(physicalId, V1, forward);

      // THEN
      expect(rollback.status).toBe('SUCCESS');
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(V1));
      real.destroy();
    });

    test('U5 the same Update applied twice makes no mutating call the second time', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      const event = events.update(physicalId, optOutListProperties(V2), optOutListProperties(V1));
      expect((await bed().run(event)).status).toBe('SUCCESS');

      // WHEN
      const mark = bed().mark();
      const again = await bed().run(event);

      // THEN
      expect(again.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList(V2));
    });

    test('U6 properties written without SchemaVersion still update and delete', async () => {
      // GIVEN
      const oldShape = { ...V1, withoutSchemaVersion: true };
      const physicalId = await deployed(oldShape);

      // WHEN
      const updated = await update(physicalId, V2, oldShape);
      const deleted = await remove(physicalId, oldShape);

      // THEN
      expect(updated.status).toBe('SUCCESS');
      expect(deleted.status).toBe('SUCCESS');
      expect(await readOptOutList(bed().client, 'orders')).toBeUndefined();
    });

    test('U7 an update whose properties equal the actual state (numbers in another order) makes zero mutating calls', async () => {
      // GIVEN
      const physicalId = await deployed(V2);

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { ...V2, numbers: [...V2.numbers!].reverse() }, V2);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(bed().callsSince(mark).map(call => call.action)).toEqual(['DescribeOptOutLists', 'DescribeOptedOutNumbers', 'ListTagsForResource']);
    });
  });

  describe('Delete', () => {
    test('D1 a second Delete succeeds with no mutating call', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);
      expect((await remove(physicalId, FULL)).status).toBe('SUCCESS');

      // WHEN
      const mark = bed().mark();
      const again = await remove(physicalId, FULL);

      // THEN
      expect(again.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test.each([
      ['the framework\'s CREATE_FAILED marker', CREATE_FAILED_MARKER],
      ['an id CloudFormation invented', 'sms-app-OrdersOptOutList1A2B3C4D-1A2B3C4D5E6F'],
      ['an ARN of another resource type', 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders'],
      ['an empty id', ''],
    ])('D2 Delete with %s succeeds with no call at all', async (_title, physicalId) => {
      // GIVEN a list of the same name exists
      await deployed({ name: 'orders' });
      const event = events.delete(physicalId, optOutListProperties({ name: 'orders' }));

      // WHEN
      const mark = bed().mark();
      const response = await bed().handlers.onEvent(event);
      const complete = await bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: physicalId });

      // THEN
      expect(response.PhysicalResourceId).toBe(physicalId);
      expect(complete.IsComplete).toBe(true);
      expect(bed().callsSince(mark)).toEqual([]);
      expect(await readOptOutList(bed().client, 'orders')).toBeDefined();
    });

    test('D3 Delete after a replacement removes only what the physical id names', async () => {
      // GIVEN
      const oldId = await deployed({ name: 'orders' });
      const replaced = await update(oldId, { name: 'orders-v2' }, { name: 'orders' });
      expect(replaced.physicalResourceId).not.toBe(oldId);

      // WHEN the cleanup Delete carries the new properties
      const mark = bed().mark();
      const cleanup = await remove(oldId, { name: 'orders-v2' });

      // THEN
      expect(cleanup.status).toBe('SUCCESS');
      expect(bed().callsSince(mark).filter(call => call.action === 'DeleteOptOutList').map(call => call.input)).toEqual([{ OptOutListName: 'orders' }]);
      expect(await readOptOutList(bed().client, 'orders')).toBeUndefined();
      expect(await readOptOutList(bed().client, 'orders-v2')).toBeDefined();
    });

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
      expect(await readOptOutList(bed().client, 'orders')).toBeDefined();
    });

    test('D7 Delete of a list ARN that was never created succeeds with reads only', async () => {
      // WHEN
      const mark = bed().mark();
      const result = await remove(`${ARN_PREFIX}never-created`, { name: 'never-created' });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });
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
      expect(await readOptOutList(bed().client, 'orders')).toEqual({ numbers: { [N1]: 'recipient' }, tags: {} });
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
      expect(await readOptOutList(bed().client, 'orders')).toEqual({ numbers: { [N2]: 'api', [N3]: 'recipient' }, tags: {} });
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
      expect(await readOptOutList(bed().client, 'orders')).toEqual({ numbers: { [N1]: 'api', [N2]: 'recipient' }, tags: {} });
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
      expect(await readOptOutList(bed().client, 'orders')).toEqual({ numbers: { [N1]: 'recipient' }, tags: {} });
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
      expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList({ name: 'orders', numbers: [N1, N2] }));
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
      expect(await readOptOutList(bed().client, 'big')).toEqual(expectedOptOutList({ name: 'big', numbers }));
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

    test('X3 under throttling and 500s, create, update and delete converge with no duplicates', async () => {
      // GIVEN
      bed().emulator.configure({ faults: { throttleEveryNth: 3, internalErrorEveryNth: 5 } });

      // WHEN
      const created = await bed().run(events.create(optOutListProperties(FULL)));
      const updated = await update(created.physicalResourceId, { name: 'orders', numbers: [N3, N4] }, FULL);
      const deleted = await remove(created.physicalResourceId, { name: 'orders', numbers: [N3, N4] });

      // THEN
      expect([created.status, updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
      const calls = bed().emulator.calls();
      expect(calls.filter(call => call.ok && call.action === 'CreateOptOutList')).toHaveLength(1);
      expect(calls.filter(call => call.ok && call.action === 'PutOptedOutNumber').map(call => call.input.OptedOutNumber).sort()).toEqual([N1, N2, N3, N4]);
      expect(calls.filter(call => !call.ok && MUTATING(call.action) && !['ThrottlingException', 'InternalServerException'].includes(call.errorName!)))
        .toEqual([]);
      bed().emulator.configure({ faults: {} });
      expect(await readOptOutList(bed().client, 'orders')).toBeUndefined();
    });

    test('X5 a tag added outside the stack survives an update that removes the declared tags', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders', tags: { team: 'payments' } });
      await bed().client.send(new TagResourceCommand({ ResourceArn: physicalId, Tags: [{ Key: 'owner', Value: 'someone-else' }] }));

      // WHEN
      const result = await update(physicalId, { name: 'orders' }, { name: 'orders', tags: { team: 'payments' } });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect((await readOptOutList(bed().client, 'orders'))!.tags).toEqual({ owner: 'someone-else' });
    });

    test('X5 a number put on the list outside the stack is never removed', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders', numbers: [N1] });
      await bed().client.send(new PutOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: N3 }));

      // WHEN
      const result = await update(physicalId, { name: 'orders' }, { name: 'orders', numbers: [N1] });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(await readOptOutList(bed().client, 'orders')).toEqual({ numbers: { [N3]: 'api' }, tags: {} });
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
