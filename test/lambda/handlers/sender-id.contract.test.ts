import {
  CreatePoolCommand,
  DescribeSenderIdsCommand,
  ReleaseSenderIdCommand,
  TagResourceCommand,
  UpdateSenderIdCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REMOVAL_RETRY_MS, REMOVAL_STARTED_AT } from '../../../lambda/sms-provider/handlers/removal';
import { SENDER_ID } from '../../../src/wire/sender-id-properties';
import { MUTATING } from '../../emulator';
import * as shared from '../support/contract';
import { readSenderId, senderIdArn, senderIdOf, senderIdProperties, SenderIdOptions, SenderIdView } from '../support/sender-ids';

const ARN = senderIdArn('ORDERS', 'GB');
const FULL: SenderIdOptions = { messageTypes: ['TRANSACTIONAL'], tags: { team: 'payments', env: 'prod' }, releaseOnDelete: true };

function expectedView(options: SenderIdOptions): SenderIdView {
  return { messageTypes: [...options.messageTypes ?? []].sort(), deletionProtection: options.deletionProtection ?? false, tags: { ...options.tags } };
}

describe('Custom::SmsVoiceSenderId, against the emulator', () => {
  const c = shared.useContract<SenderIdOptions>({
    logicalResourceId: 'OrdersSenderId3C4D5E6F',
    resourceType: SENDER_ID.resourceType,
    properties: senderIdProperties,
    read: (client, arn) => readSenderId(client, senderIdOf(arn).senderId, senderIdOf(arn).isoCountryCode),
    expected: expectedView,
    attributes: arn => ({ [SENDER_ID.attributes.SENDER_ID]: senderIdOf(arn).senderId, [SENDER_ID.attributes.ARN]: arn }),
    names: (arn, input) => input.ResourceArn === arn
      || (input.SenderId === senderIdOf(arn).senderId && input.IsoCountryCode === senderIdOf(arn).isoCountryCode),
  });
  const { bed, events, deployed, update } = c;

  const read = (senderId = 'ORDERS', country = 'GB') => readSenderId(bed().client, senderId, country);

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, reading back equals the input, and a DESTROY delete releases it',
      options: FULL,
      physicalId: ARN,
      created: () => expect(bed().emulator.calls().filter(call => MUTATING(call.action)).map(call => call.action)).toEqual(['RequestSenderId']),
      then: () => expect(bed().emulator.calls().filter(call => call.action === 'ReleaseSenderId').map(call => call.input))
        .toEqual([{ SenderId: 'ORDERS', IsoCountryCode: 'GB' }]),
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the request, requests one sender ID',
      options: FULL,
      createAction: 'RequestSenderId',
      expectedId: ARN,
      then: async ({ crashed, second, third }) => {
        expect([crashed.PhysicalResourceId, second.physicalResourceId, third.physicalResourceId]).toEqual([ARN, ARN, ARN]);
        expect((await bed().client.send(new DescribeSenderIdsCommand({}))).SenderIds).toHaveLength(1);
      },
    });

    shared.testCreateOfTakenName(c, {
      title: 'a second Create of the same sender ID and country fails with "already exists" and never adopts it',
      existing: FULL,
      second: { releaseOnDelete: true },
      createAction: 'RequestSenderId',
      reason: /^ConflictException RESOURCE_ALREADY_EXISTS: sender ID 'ORDERS\/GB' already exists; choose another senderId/,
    });

    // the read that follows the request is denied
    shared.testFailureAfterCreate(c, {
      title: 'a failure after the request reports the real physical id, so the rollback Delete releases the sender ID',
      denied: DescribeSenderIdsCommand,
      options: FULL,
      physicalId: ARN,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:DescribeSenderIds\)/,
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'an update is complete in one poll once its calls succeeded, reading back with the declared deletion protection',
      lost: UpdateSenderIdCommand,
      event: async () => events.update(await deployed(FULL), senderIdProperties({ ...FULL, deletionProtection: true }), senderIdProperties(FULL)),
      then: async () => expect((await read())!.deletionProtection).toBe(true),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the synth-time messages',
      options: { senderId: 'TOO-LONG-SENDER', isoCountryCode: 'XX', messageTypes: ['BULK'] },
      violations: [
        'senderId: "TOO-LONG-SENDER" must be 1 to 11 characters long, but is 15',
        'isoCountryCode: "XX" is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)',
        'messageTypes: "BULK" must be one of TRANSACTIONAL, PROMOTIONAL',
      ],
      prefix: "Invalid sender ID 'TOO-LONG-SENDER': ",
    });

    shared.testQuotaFailsAtOnce(c, {
      limits: { senderIdsPerAccount: 0 },
      options: FULL,
      reason: /^ServiceQuotaExceededException SENDER_IDS_PER_ACCOUNT: a service quota was reached/,
      createAction: 'RequestSenderId',
    });
  });

  describe('Update', () => {
    const V2: SenderIdOptions = { ...FULL, deletionProtection: true, tags: { team: 'growth' } };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update: one UpdateSenderId for deletion protection, and the tag calls',
      from: FULL,
      to: V2,
      mutatingCalls: ['UpdateSenderId', 'UntagResource', 'TagResource'],
    });

    shared.testReplacement(c, {
      title: 'a new sender ID requests a new one with a new physical id and never touches the old one',
      from: FULL,
      to: { ...FULL, senderId: 'BILLING' },
      createAction: 'RequestSenderId',
      newId: senderIdArn('BILLING', 'GB'),
    });

    shared.testUpdateOfRemovedResource(c, {
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

    // the forward update's tags are denied after its UpdateSenderId
    shared.testRollbackAfterHalfApplied(c, {
      from: FULL,
      denied: { command: TagResourceCommand },
      forward: V2,
      halfApplied: view => expect((view as SenderIdView).deletionProtection).toBe(true),
    });

    shared.testSameUpdateTwice(c, { from: FULL, to: V2 });

    shared.testWithoutSchemaVersion(c, { from: FULL, to: { ...FULL, tags: { team: 'growth' } } });

    // message types in another order, booleans as strings
    shared.testNoOpUpdate(c, {
      title: 'X4 an update whose decoded properties equal the actual state makes zero mutating calls',
      options: { ...FULL, messageTypes: ['TRANSACTIONAL', 'PROMOTIONAL'] },
      same: { ...FULL, messageTypes: ['PROMOTIONAL', 'TRANSACTIONAL'] },
      declaredBefore: FULL,
      reads: ['DescribeSenderIds'],
    });
  });

  describe('Delete', () => {
    shared.testRetainedDelete(c, { options: {} });

    shared.testSecondDelete(c, FULL);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['a sender ID ARN without its country', 'arn:aws:sms-voice:us-east-1:123456789012:sender-id/ORDERS']],
      options: FULL,
      deployFirst: true,
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement releases only the sender ID the physical id names',
      from: FULL,
      to: { ...FULL, isoCountryCode: 'IE' },
      deleteAction: 'ReleaseSenderId',
      newId: senderIdArn('ORDERS', 'IE'),
    });

    shared.testProtectedDelete(c, {
      title: 'a protected sender ID fails with a message naming deletionProtection, and protection is never switched off',
      options: { ...FULL, deletionProtection: true },
      reason: () => /^ConflictException DELETION_PROTECTION_ENABLED: sender ID 'ORDERS\/GB' has deletion protection enabled; set deletionProtection to false/,
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

    shared.testDeleteOfNeverCreated(c, { what: 'sender ID ARN that was never requested', physicalId: senderIdArn('NEVER', 'GB'), options: { ...FULL, senderId: 'NEVER' } });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, { created: FULL, updated: V2WithoutProtection(), deleted: FULL, createAction: 'RequestSenderId' });

    shared.testOutsideTagSurvives(c, { from: FULL, to: { ...FULL, tags: undefined } });
  });

  function V2WithoutProtection(): SenderIdOptions {
    return { ...FULL, tags: { team: 'growth' } };
  }
});
