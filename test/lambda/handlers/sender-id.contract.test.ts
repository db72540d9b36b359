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
import { MUTATING } from '../../emulator';
import { interceptingClient, onFirst } from '../support/clients';
import {
  expectSmallResponse,
  testCompleteOnlyWhenReadShows,
  testConvergesUnderFaults,
  testDeleteOfForeignIds,
  testDeleteOfNeverCreated,
  testInvalidFailsFast,
  testOutsideTagSurvives,
  testProtectedDelete,
  testQuotaFailsAtOnce,
  testRedeliveredCreate,
  testRetriesThrottlingAnd500s,
  testSameUpdateTwice,
  testSecondDelete,
  testUpdateOfRemovedResource,
  testWithoutSchemaVersion,
  useContract,
} from '../support/contract';
import { CREATE_FAILED_MARKER, CustomResourceEvents } from '../support/events';
import { runProvider } from '../support/provider';
import { readSenderId, senderIdArn, senderIdProperties, SenderIdOptions, SenderIdView } from '../support/sender-ids';
import { handlerClient, handlersFor } from '../support/test-bed';

const ARN = senderIdArn('ORDERS', 'GB');
const FULL: SenderIdOptions = { messageTypes: ['TRANSACTIONAL'], tags: { team: 'payments', env: 'prod' }, releaseOnDelete: true };

function expectedView(options: SenderIdOptions): SenderIdView {
  return { messageTypes: [...options.messageTypes ?? []].sort(), deletionProtection: options.deletionProtection ?? false, tags: { ...options.tags } };
}

describe('Custom::SmsVoiceSenderId, against the emulator', () => {
  const c = useContract<SenderIdOptions>('OrdersSenderId3C4D5E6F', ResourceTypes.SENDER_ID, senderIdProperties);
  const { bed, events, deployed, update, remove } = c;

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
      expectSmallResponse(created);
      expect(await read()).toEqual(expectedView(FULL));
      expect(bed().emulator.calls().filter(call => MUTATING(call.action)).map(call => call.action)).toEqual(['RequestSenderId']);

      // WHEN
      const deleted = await remove(created.physicalResourceId, FULL);

      // THEN
      expect(deleted.status).toBe('SUCCESS');
      expect(bed().emulator.calls().filter(call => call.action === 'ReleaseSenderId').map(call => call.input)).toEqual([{ SenderId: 'ORDERS', IsoCountryCode: 'GB' }]);
      expect(await read()).toBeUndefined();
    });

    testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the request, requests one sender ID',
      options: FULL,
      createAction: 'RequestSenderId',
      expectedId: ARN,
      then: async ({ crashed, second, third }) => {
        expect([crashed.PhysicalResourceId, second.physicalResourceId, third.physicalResourceId]).toEqual([ARN, ARN, ARN]);
        expect((await bed().client.send(new DescribeSenderIdsCommand({}))).SenderIds).toHaveLength(1);
      },
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

    testCompleteOnlyWhenReadShows(c, {
      title: 'an update is complete only when a read shows the declared deletion protection',
      lost: UpdateSenderIdCommand,
      event: async () => events.update(await deployed(FULL), senderIdProperties({ ...FULL, deletionProtection: true }), senderIdProperties(FULL)),
      then: async () => expect((await read())!.deletionProtection).toBe(true),
    });

    testRetriesThrottlingAnd500s(c, { options: FULL, then: async () => expect(await read()).toEqual(expectedView(FULL)) });

    testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the synth-time messages',
      options: { senderId: 'TOO-LONG-SENDER', isoCountryCode: 'XX', messageTypes: ['BULK'] },
      violations: [
        'senderId: "TOO-LONG-SENDER" must be 1 to 11 characters long, but is 15',
        'isoCountryCode: "XX" is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)',
        'messageTypes: "BULK" must be one of TRANSACTIONAL, PROMOTIONAL',
      ],
      prefix: "Invalid sender ID 'TOO-LONG-SENDER': ",
    });

    testQuotaFailsAtOnce(c, {
      limits: { senderIdsPerAccount: 0 },
      options: FULL,
      reason: /^ServiceQuotaExceededException SENDER_IDS_PER_ACCOUNT: a service quota was reached/,
      createAction: 'RequestSenderId',
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

    testUpdateOfRemovedResource(c, {
      title: 'an update of a sender ID released out of band fails with not found and requests nothing',
      from: FULL,
      to: V2,
      removeOutOfBand: () => bed().client.send(new ReleaseSenderIdCommand({ SenderId: 'ORDERS', IsoCountryCode: 'GB' })),
      reason: () => /^ResourceNotFoundException: sender ID 'ORDERS\/GB' was not found/,
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

    testSameUpdateTwice(c, { from: FULL, to: V2 });

    testWithoutSchemaVersion(c, { from: FULL, to: { ...FULL, tags: { team: 'growth' } }, read: () => read() });

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

    testSecondDelete(c, FULL);

    testDeleteOfForeignIds(c, {
      otherIds: [['a sender ID ARN without its country', 'arn:aws:sms-voice:us-east-1:123456789012:sender-id/ORDERS']],
      options: FULL,
      deployFirst: true,
      stillThere: async () => expect(await read()).toBeDefined(),
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

    testProtectedDelete(c, {
      title: 'a protected sender ID fails with a message naming deletionProtection, and protection is never switched off',
      options: { ...FULL, deletionProtection: true },
      reason: () => /^ConflictException DELETION_PROTECTION_ENABLED: sender ID 'ORDERS\/GB' has deletion protection enabled; set deletionProtection to false/,
      read: () => read(),
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

    testDeleteOfNeverCreated(c, { what: 'sender ID ARN that was never requested', physicalId: senderIdArn('NEVER', 'GB'), options: { ...FULL, senderId: 'NEVER' } });
  });

  describe('Cross-cutting', () => {
    testConvergesUnderFaults(c, { created: FULL, updated: V2WithoutProtection(), deleted: FULL, createAction: 'RequestSenderId', read: () => read() });

    testOutsideTagSurvives(c, { from: FULL, to: { ...FULL, tags: undefined }, readTags: async () => (await read())!.tags });
  });

  function V2WithoutProtection(): SenderIdOptions {
    return { ...FULL, tags: { team: 'growth' } };
  }
});
