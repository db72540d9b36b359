import {
  AccessDeniedException,
  CreatePoolCommand,
  DescribeSenderIdsCommand,
  ListTagsForResourceCommand,
  ReleaseSenderIdCommand,
  TagResourceCommand,
  UpdateSenderIdCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REMOVAL_RETRY_MS, REMOVAL_STARTED_AT } from '../../../lambda/sms-provider/handlers/removal';
import { ResourceTypes } from '../../../src/custom-resources/resource-types';
import { SenderIdAttributes } from '../../../src/custom-resources/sender-id-properties';
import { senderIdViolations } from '../../../src/private/validate-sender-id';
import { MUTATING } from '../../emulator';
import { interceptingClient, onFirst } from '../support/clients';
import { CREATE_FAILED_MARKER, CustomResourceEvents } from '../support/events';
import { ProviderResult, runProvider } from '../support/provider';
import { readSenderId, senderIdArn, senderIdProperties, SenderIdOptions, SenderIdView } from '../support/sender-ids';
import { handlerClient, handlersFor, useTestBed } from '../support/test-bed';

const ARN = senderIdArn('ORDERS', 'GB');
const FULL: SenderIdOptions = { messageTypes: ['TRANSACTIONAL'], tags: { team: 'payments', env: 'prod' }, releaseOnDelete: true };

function expectedView(options: SenderIdOptions): SenderIdView {
  return { messageTypes: [...options.messageTypes ?? []].sort(), deletionProtection: options.deletionProtection ?? false, tags: { ...options.tags } };
}

describe('Custom::SmsVoiceSenderId, against the emulator', () => {
  const bed = useTestBed();
  let events: CustomResourceEvents;
  beforeEach(() => {
    events = new CustomResourceEvents('OrdersSenderId3C4D5E6F', ResourceTypes.SENDER_ID);
  });

  async function deployed(options: SenderIdOptions): Promise<string> {
    const result = await bed().run(events.create(senderIdProperties(options)));
    expect(result).toMatchObject({ status: 'SUCCESS' });
    return result.physicalResourceId;
  }

  function update(physicalId: string, to: SenderIdOptions, from: SenderIdOptions): Promise<ProviderResult> {
    return bed().run(events.update(physicalId, senderIdProperties(to), senderIdProperties(from)));
  }

  function remove(physicalId: string, options: SenderIdOptions): Promise<ProviderResult> {
    return bed().run(events.delete(physicalId, senderIdProperties(options)));
  }

  const read = (senderId = 'ORDERS', country = 'GB') => readSenderId(bed().client, senderId, country);

  describe('Create', () => {
    test('C1 create returns the ARN and every attribute, reading back equals the input, and a DESTROY delete releases it', async () => {
      // WHEN
      const event = events.create(senderIdProperties(FULL));
      const created = await bed().run(event);

      // THEN
      expect(created.status).toBe('SUCCESS');
      expect(created.physicalResourceId).toBe(ARN);
      expect(created.data).toEqual({ [SenderIdAttributes.SENDER_ID]: 'ORDERS', [SenderIdAttributes.ARN]: ARN });
      expect(Buffer.byteLength(created.responseBody)).toBeLessThan(4096);
      expect(await read()).toEqual(expectedView(FULL));
      expect(bed().emulator.calls().filter(call => MUTATING(call.action)).map(call => call.action)).toEqual(['RequestSenderId']);

      // WHEN
      const deleted = await remove(created.physicalResourceId, FULL);

      // THEN
      expect(deleted.status).toBe('SUCCESS');
      expect(bed().emulator.calls().filter(call => call.action === 'ReleaseSenderId').map(call => call.input)).toEqual([{ SenderId: 'ORDERS', IsoCountryCode: 'GB' }]);
      expect(await read()).toBeUndefined();
    });

    test('C2 the same Create delivered three times, once after a crash right after the request, requests one sender ID', async () => {
      // GIVEN
      const event = events.create(senderIdProperties(FULL));
      const crashed = await bed().handlers.onEvent(event);

      // WHEN
      const second = await bed().run(event);
      const third = await bed().run(event);

      // THEN
      expect([crashed.PhysicalResourceId, second.physicalResourceId, third.physicalResourceId]).toEqual([ARN, ARN, ARN]);
      expect([second.status, third.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
      expect((await bed().client.send(new DescribeSenderIdsCommand({}))).SenderIds).toHaveLength(1);
    });

    test('C3 a second Create of the same sender ID and country fails with "already exists" and never adopts it', async () => {
      // GIVEN
      await deployed(FULL);

      // WHEN
      const other = new CustomResourceEvents('OtherSenderId9C8B7A6D', ResourceTypes.SENDER_ID, 'other-app');
      const result = await bed().run(other.create(senderIdProperties({ releaseOnDelete: true })));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
      expect(result.reason).toMatch(/^ConflictException RESOURCE_ALREADY_EXISTS: sender ID 'ORDERS\/GB' already exists; choose another senderId/);
      const rollback = await bed().run(other.delete(result.physicalResourceId, senderIdProperties({ releaseOnDelete: true })));
      expect(rollback.status).toBe('SUCCESS');
      expect(await read()).toEqual(expectedView(FULL));
    });

    test('C4 a failure after the request reports the real physical id, so the rollback Delete releases the sender ID', async () => {
      // GIVEN a client denied the read that follows the request
      const real = handlerClient(bed().emulator.endpoint);
      const denied = interceptingClient(real, onFirst(ListTagsForResourceCommand, 1,
        () => Promise.reject(new AccessDeniedException({ message: 'not authorized to sms-voice:ListTagsForResource', $metadata: {} }))));

      // WHEN
      const result = await runProvider(handlersFor(denied), events.create(senderIdProperties(FULL)));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(ARN);
      expect(result.reason).toMatch(/^AccessDeniedException: the provider's role was denied/);
      expect((await remove(result.physicalResourceId, FULL)).status).toBe('SUCCESS');
      expect(await read()).toBeUndefined();
      real.destroy();
    });

    test('C5 an update is complete only when a read shows the declared deletion protection', async () => {
      // GIVEN a client that loses the first UpdateSenderId
      const physicalId = await deployed(FULL);
      const real = handlerClient(bed().emulator.endpoint);
      const forgetful = interceptingClient(real, onFirst(UpdateSenderIdCommand, 1, () => Promise.resolve({})));

      // WHEN
      const result = await runProvider(handlersFor(forgetful),
        events.update(physicalId, senderIdProperties({ ...FULL, deletionProtection: true }), senderIdProperties(FULL)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.polls).toBe(2);
      expect((await read())!.deletionProtection).toBe(true);
      real.destroy();
    });

    test('C6 throttling and 500s are retried', async () => {
      // GIVEN
      bed().emulator.configure({ faults: { throttleEveryNth: 2, internalErrorEveryNth: 3 } });

      // WHEN
      const result = await bed().run(events.create(senderIdProperties(FULL)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().emulator.calls().some(call => call.errorName === 'ThrottlingException')).toBe(true);
      bed().emulator.configure({ faults: {} });
      expect(await read()).toEqual(expectedView(FULL));
    });

    test('C6 invalid properties fail fast, before any call, with the synth-time messages', async () => {
      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(senderIdProperties({ senderId: 'TOO-LONG-SENDER', isoCountryCode: 'XX', messageTypes: ['BULK'] })));

      // THEN
      const expected = senderIdViolations({ senderId: 'TOO-LONG-SENDER', isoCountryCode: 'XX', messageTypes: ['BULK'] }).all;
      expect(expected).toHaveLength(3);
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain(`Invalid sender ID 'TOO-LONG-SENDER': ${expected.join('; ')}`);
      expect(bed().callsSince(mark)).toEqual([]);
    });

    test('C6 a quota error fails at once, with its code name and what to do', async () => {
      // GIVEN
      bed().emulator.configure({ limits: { senderIdsPerAccount: 0 } });

      // WHEN
      const result = await bed().run(events.create(senderIdProperties(FULL)));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(/^ServiceQuotaExceededException SENDER_IDS_PER_ACCOUNT: a service quota was reached/);
    });
  });

  describe('Update', () => {
    const V2: SenderIdOptions = { ...FULL, deletionProtection: true, tags: { team: 'growth' } };

    test('U1 an in-place update: one UpdateSenderId for deletion protection, and the tag calls', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, V2, FULL);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(physicalId);
      expect(bed().mutatingCallsSince(mark)).toEqual(['UpdateSenderId', 'UntagResource', 'TagResource']);
      expect(await read()).toEqual(expectedView(V2));
    });

    test('U2 a new sender ID requests a new one with a new physical id and never touches the old one', async () => {
      // GIVEN
      const oldId = await deployed(FULL);

      // WHEN
      const mark = bed().mark();
      const result = await update(oldId, { ...FULL, senderId: 'BILLING' }, FULL);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(senderIdArn('BILLING', 'GB'));
      const targets = bed().callsSince(mark).filter(call => MUTATING(call.action)).map(call => call.input.SenderId ?? call.input.ResourceArn);
      expect(targets.filter(target => target !== 'BILLING' && target !== senderIdArn('BILLING', 'GB'))).toEqual([]);
      expect(await read()).toEqual(expectedView(FULL));
      expect(await read('BILLING')).toEqual(expectedView(FULL));
    });

    test('U3 an update of a sender ID released out of band fails with not found and requests nothing', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);
      await bed().client.send(new ReleaseSenderIdCommand({ SenderId: 'ORDERS', IsoCountryCode: 'GB' }));

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, V2, FULL);

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(/^ResourceNotFoundException: sender ID 'ORDERS\/GB' was not found/);
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('U4 a change of message types fails with a clear message and changes nothing; the rollback succeeds', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);

      // WHEN
      const mark = bed().mark();
      const forward = await update(physicalId, { ...V2, messageTypes: ['PROMOTIONAL'] }, FULL);

      // THEN
      expect(forward.status).toBe('FAILED');
      expect(forward.reason).toContain("the message types of sender ID 'ORDERS' in GB cannot change (it has TRANSACTIONAL; the properties ask for PROMOTIONAL):"
        + ' the service sets them when the sender ID is requested, and the same sender ID cannot be requested twice in a country.'
        + ' Keep messageTypes as they are, or release this sender ID');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);

      // WHEN CloudFormation rolls back
      const rollback = await update(physicalId, FULL, { ...V2, messageTypes: ['PROMOTIONAL'] });

      // THEN
      expect(rollback.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await read()).toEqual(expectedView(FULL));
    });

    test('U4 a rollback after a half-applied update converges to the old properties', async () => {
      // GIVEN a forward update whose tags were denied after its UpdateSenderId
      const physicalId = await deployed(FULL);
      const real = handlerClient(bed().emulator.endpoint);
      const denied = interceptingClient(real, onFirst(TagResourceCommand, 1, () => Promise.reject(new AccessDeniedException({ message: 'denied', $metadata: {} }))));
      const failed = await runProvider(handlersFor(denied), events.update(physicalId, senderIdProperties(V2), senderIdProperties(FULL)));
      expect(failed.status).toBe('FAILED');
      expect((await read())!.deletionProtection).toBe(true);

      // WHEN
      const rollback = await update(physicalId, FULL, V2);

      // THEN
      expect(rollback.status).toBe('SUCCESS');
      expect(await read()).toEqual(expectedView(FULL));
      real.destroy();
    });

    test('U5 the same Update applied twice makes no mutating call the second time', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);
      const event = events.update(physicalId, senderIdProperties(V2), senderIdProperties(FULL));
      expect((await bed().run(event)).status).toBe('SUCCESS');

      // WHEN
      const mark = bed().mark();
      const again = await bed().run(event);

      // THEN
      expect(again.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('U6 properties written without SchemaVersion still update and delete', async () => {
      // GIVEN
      const oldShape = { ...FULL, withoutSchemaVersion: true };
      const physicalId = await deployed(oldShape);

      // WHEN
      const updated = await update(physicalId, { ...FULL, tags: { team: 'growth' } }, oldShape);
      const deleted = await remove(physicalId, oldShape);

      // THEN
      expect([updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(await read()).toBeUndefined();
    });

    test('U7 X4 an update whose decoded properties equal the actual state makes zero mutating calls', async () => {
      // GIVEN
      const physicalId = await deployed({ ...FULL, messageTypes: ['TRANSACTIONAL', 'PROMOTIONAL'] });

      // WHEN message types in another order, booleans as strings
      const mark = bed().mark();
      const result = await update(physicalId, { ...FULL, messageTypes: ['PROMOTIONAL', 'TRANSACTIONAL'] }, FULL);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(bed().callsSince(mark).map(call => call.action)).toEqual(['DescribeSenderIds', 'ListTagsForResource']);
    });
  });

  describe('Delete', () => {
    test('X5 ReleaseOnDelete false (RemovalPolicy.RETAIN, the default): Delete succeeds with no call at all', async () => {
      // GIVEN
      const physicalId = await deployed({});

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, {});

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().callsSince(mark)).toEqual([]);
      expect(await read()).toBeDefined();
    });

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
      ['an id CloudFormation invented', 'sms-app-OrdersSenderId3C4D5E6F-1A2B3C4D5E6F'],
      ['a sender ID ARN without its country', 'arn:aws:sms-voice:us-east-1:123456789012:sender-id/ORDERS'],
      ['an empty id', ''],
    ])('D2 Delete with %s succeeds with no call at all', async (_title, physicalId) => {
      // GIVEN
      await deployed(FULL);
      const event = events.delete(physicalId, senderIdProperties(FULL));

      // WHEN
      const mark = bed().mark();
      const response = await bed().handlers.onEvent(event);
      const complete = await bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: physicalId });

      // THEN
      expect(complete.IsComplete).toBe(true);
      expect(bed().callsSince(mark)).toEqual([]);
      expect(await read()).toBeDefined();
    });

    test('D3 Delete after a replacement releases only the sender ID the physical id names', async () => {
      // GIVEN
      const oldId = await deployed(FULL);
      expect((await update(oldId, { ...FULL, isoCountryCode: 'IE' }, FULL)).physicalResourceId).toBe(senderIdArn('ORDERS', 'IE'));

      // WHEN
      const cleanup = await remove(oldId, { ...FULL, isoCountryCode: 'IE' });

      // THEN
      expect(cleanup.status).toBe('SUCCESS');
      expect(await read('ORDERS', 'GB')).toBeUndefined();
      expect(await read('ORDERS', 'IE')).toBeDefined();
    });

    test('D4 a protected sender ID fails with a message naming deletionProtection, and protection is never switched off', async () => {
      // GIVEN
      const options = { ...FULL, deletionProtection: true };
      const physicalId = await deployed(options);

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, options);

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(/^ConflictException DELETION_PROTECTION_ENABLED: sender ID 'ORDERS\/GB' has deletion protection enabled; set deletionProtection to false/);
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect((await read())!.deletionProtection).toBe(true);
    });

    test('D5 a sender ID still in a pool is retried for a bounded time, then fails with a clear message', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);
      await bed().client.send(new CreatePoolCommand({ OriginationIdentity: physicalId, IsoCountryCode: 'GB', MessageType: 'TRANSACTIONAL' }));
      const event = events.delete(physicalId, senderIdProperties(FULL));

      // WHEN
      const response = await bed().handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: physicalId };
      const first = await bed().handlers.isComplete(pollEvent);
      const late = bed().handlers.isComplete({ ...pollEvent, Data: { [REMOVAL_STARTED_AT]: String(Date.now() - REMOVAL_RETRY_MS - 1) } });

      // THEN
      expect(first).toEqual({ IsComplete: false });
      await expect(late).rejects.toThrow("sender ID 'ORDERS' in GB is still in a pool, and ReleaseSenderId fails while it is;"
        + ' remove it from every pool (or delete the pools) first; gave up after 10 minutes of retries');
      expect(await read()).toBeDefined();
    });

    test('D7 Delete of a sender ID ARN that was never requested succeeds with reads only', async () => {
      // WHEN
      const mark = bed().mark();
      const result = await remove(senderIdArn('NEVER', 'GB'), { ...FULL, senderId: 'NEVER' });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });
  });

  describe('Cross-cutting', () => {
    test('X3 under throttling and 500s, create, update and delete converge with no duplicates', async () => {
      // GIVEN
      bed().emulator.configure({ faults: { throttleEveryNth: 3, internalErrorEveryNth: 5 } });

      // WHEN
      const created = await bed().run(events.create(senderIdProperties(FULL)));
      const updated = await update(created.physicalResourceId, V2WithoutProtection(), FULL);
      const deleted = await remove(created.physicalResourceId, FULL);

      // THEN
      expect([created.status, updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
      expect(bed().emulator.calls().filter(call => call.ok && call.action === 'RequestSenderId')).toHaveLength(1);
      bed().emulator.configure({ faults: {} });
      expect(await read()).toBeUndefined();
    });

    test('X5 a tag added outside the stack survives an update that removes the declared tags', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);
      await bed().client.send(new TagResourceCommand({ ResourceArn: physicalId, Tags: [{ Key: 'owner', Value: 'someone-else' }] }));

      // WHEN
      const result = await update(physicalId, { ...FULL, tags: undefined }, FULL);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect((await read())!.tags).toEqual({ owner: 'someone-else' });
    });
  });

  function V2WithoutProtection(): SenderIdOptions {
    return { ...FULL, tags: { team: 'growth' } };
  }
});
