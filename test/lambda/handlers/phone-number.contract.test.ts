import {
  ConflictException,
  CreateOptOutListCommand,
  CreatePoolCommand,
  DeletePoolCommand,
  DescribePhoneNumbersCommand,
  PutKeywordCommand,
  ReleasePhoneNumberCommand,
  UpdatePhoneNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REMOVAL_RETRY_MS, REMOVAL_STARTED_AT } from '../../../lambda/sms-provider/handlers/removal';
import { PHONE_NUMBER } from '../../../src/wire/phone-number-properties';
import { MUTATING } from '../../emulator';
import { interceptingClient } from '../support/clients';
import * as shared from '../support/contract';
import { CustomResourceEvents } from '../support/events';
import {
  CHANNEL,
  CHANNEL_ROLE,
  expectedOrigination,
  idOf,
  phoneNumberProperties,
  PhoneNumberOptions,
  PhoneNumberView,
  readPhoneNumber,
} from '../support/phone-numbers';
import { runProvider } from '../support/provider';
import { handlerClient, handlersFor, LogRecord } from '../support/test-bed';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/';

/** Everything a phone number can declare (but a pool). */
const FULL: PhoneNumberOptions = {
  optOutList: 'orders',
  internationalSendingEnabled: true,
  selfManagedOptOuts: true,
  twoWay: { channelArn: CHANNEL, role: CHANNEL_ROLE },
  keywords: [{ keyword: 'promo', message: 'Deals every Friday' }, { keyword: 'JOIN', message: 'Welcome back', action: 'OPT_IN' }],
  tags: { team: 'payments', env: 'prod' },
  releaseOnDelete: true,
};

/** What reading back must show for these options, on a number that was never changed outside the stack. */
function expectedView(options: PhoneNumberOptions, status = 'ACTIVE'): PhoneNumberView {
  return { status, poolId: undefined, internationalSendingEnabled: options.internationalSendingEnabled ?? false, ...expectedOrigination(options) };
}

describe('Custom::SmsVoicePhoneNumber, against the emulator', () => {
  const c = shared.useContract<PhoneNumberOptions>({
    logicalResourceId: 'OrdersNumber5E6F7A8B',
    resourceType: PHONE_NUMBER.resourceType,
    properties: phoneNumberProperties,
    read: (client, arn) => readPhoneNumber(client, idOf(arn)),
    expected: options => expectedView(options),
    attributes: arn => ({
      [PHONE_NUMBER.attributes.ID]: idOf(arn),
      [PHONE_NUMBER.attributes.ARN]: arn,
      [PHONE_NUMBER.attributes.PHONE_NUMBER]: expect.stringMatching(/^\+1206555\d{4}$/),
    }),
    names: shared.namedIn('PhoneNumberId', 'OriginationIdentity', 'ResourceArn'),
  });
  const { bed, events, deployed, update, remove } = c;
  beforeEach(async () => {
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));
  });

  const read = (arn: string) => readPhoneNumber(bed().client, idOf(arn));

  async function numbersInAccount(): Promise<number> {
    return (await bed().client.send(new DescribePhoneNumbersCommand({}))).PhoneNumbers!.filter(n => n.Status !== 'DELETED').length;
  }

  /** Puts the number in a pool of its own, outside the stack. */
  async function pooled(arn: string): Promise<string> {
    return (await bed().client.send(new CreatePoolCommand({ OriginationIdentity: arn, IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL' }))).PoolId!;
  }

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, reading back equals the input, and a DESTROY delete releases it',
      options: FULL,
      physicalId: new RegExp(`^${ARN_PREFIX}[^/]+$`),
      then: physicalId => expect(bed().emulator.calls().filter(call => call.action === 'ReleasePhoneNumber').map(call => call.input))
        .toEqual([{ PhoneNumberId: idOf(physicalId) }]),
    });

    test('C1 what RequestPhoneNumber takes goes in the request; the rest is one UpdatePhoneNumber and a PutKeyword each', async () => {
      // WHEN
      const result = await bed().run(events.create(phoneNumberProperties(FULL)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      const calls = bed().emulator.calls().filter(call => MUTATING(call.action));
      expect(calls.map(call => call.action)).toEqual(['CreateOptOutList', 'RequestPhoneNumber', 'UpdatePhoneNumber', 'PutKeyword', 'PutKeyword']);
      expect(calls[1].input).toEqual({
        IsoCountryCode: 'US',
        MessageType: 'TRANSACTIONAL',
        NumberCapabilities: ['SMS'],
        NumberType: 'LONG_CODE',
        OptOutListName: 'orders',
        InternationalSendingEnabled: true,
        DeletionProtectionEnabled: false,
        Tags: [{ Key: 'team', Value: 'payments' }, { Key: 'env', Value: 'prod' }],
        ClientToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(calls[2].input).toEqual({
        PhoneNumberId: idOf(result.physicalResourceId),
        SelfManagedOptOutsEnabled: true,
        TwoWayEnabled: true,
        TwoWayChannelArn: CHANNEL,
        TwoWayChannelRole: CHANNEL_ROLE,
      });
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the request, requests one number',
      options: FULL,
      createAction: 'RequestPhoneNumber',
      then: async () => expect(await numbersInAccount()).toBe(1),
    });

    // The shared C3 (testCreateOfTakenName) does not apply: a number has no name to clash, so another stack's Create succeeds.
    test('C3 numbers have no name to clash: another stack\'s Create requests another number and never adopts this one', async () => {
      // GIVEN
      const mine = await deployed({});

      // WHEN
      const other = new CustomResourceEvents('OtherNumber9C8B7A6D', PHONE_NUMBER.resourceType, 'other-app');
      const result = await bed().run(other.create(phoneNumberProperties({})));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).not.toBe(mine);
      expect(await numbersInAccount()).toBe(2);
    });

    // the provider's role is denied UpdatePhoneNumber
    shared.testFailureAfterCreate(c, {
      title: 'an UpdatePhoneNumber that fails after the request reports the real physical id, so the rollback Delete releases the number',
      denied: UpdatePhoneNumberCommand,
      options: { twoWay: { channelArn: CHANNEL }, releaseOnDelete: true },
      physicalId: new RegExp(`^${ARN_PREFIX}phone-`),
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:UpdatePhoneNumber\)/,
    });

    test('C5 isComplete waits for PENDING to become ACTIVE before it reports success', async () => {
      // GIVEN numbers stay PENDING for 300 ms
      bed().emulator.configure({ statusDelays: { 'phone-number': 300 } });
      const logs: LogRecord[] = [];
      const handlers = handlersFor(bed().client, logs);
      const event = events.create(phoneNumberProperties({ keywords: [{ keyword: 'PROMO', message: 'Deals' }] }));

      // WHEN
      const response = await handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! };
      const early = await handlers.isComplete(pollEvent);
      await new Promise(resolve => setTimeout(resolve, 350));
      const later = await handlers.isComplete(pollEvent);

      // THEN
      expect(early).toEqual({ IsComplete: false });
      expect(logs.find(log => log.decision === 'not complete yet: waiting')).toMatchObject({ reason: 'the number is PENDING; waiting for ACTIVE (waitForActive)' });
      expect(later).toMatchObject({ IsComplete: true });
      expect(await read(response.PhysicalResourceId!)).toEqual(expectedView({ keywords: [{ keyword: 'PROMO', message: 'Deals' }] }));
    });

    test('C5 a registration-gated number waits for ACTIVE as long as it takes, unless waitForActive is false', async () => {
      // GIVEN a US 10DLC number: PENDING until its registration completes
      const gated: PhoneNumberOptions = { numberType: 'TEN_DLC', registrationId: 'registration-0123456789abcdef0123456789abcdef' };
      const event = events.create(phoneNumberProperties(gated));
      const response = await bed().handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! };

      // WHEN
      const polls = [await bed().handlers.isComplete(pollEvent), await bed().handlers.isComplete(pollEvent)];
      bed().emulator.setStatus(response.PhysicalResourceId!, { kind: 'phone-number', status: 'ACTIVE' });
      polls.push(await bed().handlers.isComplete(pollEvent));

      // THEN
      expect(polls.map(p => p.IsComplete)).toEqual([false, false, true]);
    });

    test('C5 waitForActive false reports success while the number is still PENDING, with every attribute', async () => {
      // GIVEN
      const gated: PhoneNumberOptions = { numberType: 'TEN_DLC', waitForActive: false, keywords: [{ keyword: 'PROMO', message: 'Deals' }], tags: { team: 'x' } };

      // WHEN
      const result = await bed().run(events.create(phoneNumberProperties(gated)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.polls).toBe(1);
      expect(Object.keys(result.data).sort()).toEqual(['PhoneNumber', 'PhoneNumberArn', 'PhoneNumberId']);
      expect(await read(result.physicalResourceId)).toEqual(expectedView(gated, 'PENDING'));
    });

    test('C5 waitForActive false: a follow-up the service refuses while PENDING is left for a later deployment, and logged', async () => {
      // GIVEN a service that will not change PENDING numbers yet
      const real = handlerClient(bed().emulator.endpoint);
      const notYet = interceptingClient(real, command => command instanceof UpdatePhoneNumberCommand
        ? Promise.reject(new ConflictException({ message: 'The phone number is PENDING', Reason: 'RESOURCE_NOT_ACTIVE', $metadata: {} })) : undefined);
      const logs: LogRecord[] = [];
      const gated: PhoneNumberOptions = { numberType: 'TEN_DLC', waitForActive: false, twoWay: { channelArn: CHANNEL } };

      // WHEN
      const result = await runProvider(handlersFor(notYet, logs), events.create(phoneNumberProperties(gated)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(logs.find(log => log.decision === 'complete, with calls left for a later deployment')).toMatchObject({
        reason: 'the number is PENDING and the service does not change it yet; deploy again once it is ACTIVE to apply the rest',
      });
      expect((await read(result.physicalResourceId))!.twoWay).toBeUndefined();
      real.destroy();
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with every declared keyword',
      lost: PutKeywordCommand,
      event: async () => events.create(phoneNumberProperties(FULL)),
      then: async result => expect(await read(result.physicalResourceId)).toEqual(expectedView(FULL)),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL, then: async () => expect(await numbersInAccount()).toBe(1) });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties (a SHORT_CODE, a bad keyword action) fail fast, before any call, with the synth-time messages',
      options: { numberType: 'SHORT_CODE', keywords: [{ keyword: 'A', message: 'b', action: 'SHOUT' }] },
      violations: [
        'numberType: "SHORT_CODE" cannot be requested: short codes are provisioned through an AWS Support case; import one with PhoneNumber.fromPhoneNumberId',
        'action of keyword \'A\': "SHOUT" must be one of AUTOMATIC_RESPONSE, OPT_OUT, OPT_IN',
      ],
      prefix: 'Invalid phone number: ',
    });

    shared.testQuotaFailsAtOnce(c, {
      limits: { phoneNumbersPerAccount: 0 },
      options: {},
      reason: /^ServiceQuotaExceededException PHONE_NUMBERS_PER_ACCOUNT: a service quota was reached/,
      createAction: 'RequestPhoneNumber',
    });
  });

  describe('Update', () => {
    const V1: PhoneNumberOptions = {
      keywords: [{ keyword: 'PROMO', message: 'Deals' }, { keyword: 'INFO', message: 'Info' }],
      tags: { team: 'payments' },
      releaseOnDelete: true,
    };
    const V2: PhoneNumberOptions = {
      optOutList: 'orders',
      selfManagedOptOuts: true,
      twoWay: { channelArn: CHANNEL },
      deletionProtection: true,
      internationalSendingEnabled: true,
      keywords: [{ keyword: 'promo', message: 'New deals' }, { keyword: 'JOIN', message: 'Hi', action: 'OPT_IN' }],
      tags: { team: 'growth' },
      releaseOnDelete: true,
    };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the physical id: one UpdatePhoneNumber, the keyword calls, the tag calls',
      from: V1,
      to: V2,
      mutatingCalls: ['UpdatePhoneNumber', 'DeleteKeyword', 'PutKeyword', 'PutKeyword', 'TagResource'],
    });

    shared.testInPlaceUpdate(c, {
      title: 'keywords are case-insensitive: PROMO declared as promo with the same message makes no call',
      from: V1,
      to: { ...V1, keywords: [{ keyword: 'promo', message: 'Deals' }, { keyword: 'Info', message: 'Info' }] },
      mutatingCalls: [],
    });

    test('U1 HELP and STOP can be set, and are never deleted when no longer declared', async () => {
      // GIVEN
      const withHelp: PhoneNumberOptions = { keywords: [{ keyword: 'help', message: 'Call 555-0100' }, { keyword: 'STOP', message: 'Bye' }] };
      const physicalId = await deployed(withHelp);
      expect((await read(physicalId))!.keywords).toMatchObject({
        HELP: { message: 'Call 555-0100', action: 'AUTOMATIC_RESPONSE' }, STOP: { message: 'Bye', action: 'OPT_OUT' },
      });

      // WHEN the stack stops declaring them
      const mark = bed().mark();
      const result = await update(physicalId, {}, withHelp);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(Object.keys((await read(physicalId))!.keywords).sort()).toEqual(['HELP', 'STOP']);
    });

    shared.testReplacement(c, {
      title: 'a create-only change requests a new number with a new physical id and never touches the old one',
      from: V1,
      to: { ...V1, messageType: 'PROMOTIONAL' },
      createAction: 'RequestPhoneNumber',
      replaceReason: 'messageType changed, and only a new phone number has them',
    });

    // released numbers stay DELETED for a while
    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a number released out of band fails with not found and requests nothing',
      given: () => bed().emulator.configure({ statusDelays: { 'phone-number': 60_000 } }),
      from: { ...V1, waitForActive: false },
      to: { ...V2, waitForActive: false },
      removeOutOfBand: physicalId => bed().client.send(new ReleasePhoneNumberCommand({ PhoneNumberId: physicalId })),
      reason: physicalId => new RegExp(`^ResourceNotFoundException: phone number '${idOf(physicalId)}' was not found`),
    });

    // the forward update runs out of keyword room after its UpdatePhoneNumber
    shared.testRollbackAfterHalfApplied(c, {
      from: V1,
      given: () => bed().emulator.configure({ limits: { keywordsPerPhoneNumber: 5 } }),
      forward: { ...V2, deletionProtection: false, keywords: [...V2.keywords!, { keyword: 'A', message: 'a' }, { keyword: 'B', message: 'b' }] },
      reason: /^ServiceQuotaExceededException KEYWORDS_PER_PHONE_NUMBER/,
    });

    shared.testSameUpdateTwice(c, { from: V1, to: V2 });

    shared.testWithoutSchemaVersion(c, { from: V1, to: { ...V2, deletionProtection: false } });

    shared.testNoOpUpdate(c, {
      title: 'X4 an update whose decoded properties ("false", "true") equal the actual state makes zero mutating calls',
      given: () => expect(phoneNumberProperties({ ...V2, keywords: [...V2.keywords!].reverse() }).DeletionProtectionEnabled).toBe('true'),
      options: V2,
      same: { ...V2, keywords: [...V2.keywords!].reverse() },
      reads: ['DescribePhoneNumbers', 'DescribeKeywords'],
    });

    test('a setting of a number in a pool fails with a clear message naming the pool and the setting, and changes nothing', async () => {
      // GIVEN the number went into a pool outside its own properties
      const physicalId = await deployed(V1);
      const poolId = await pooled(physicalId);

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { ...V1, selfManagedOptOuts: true, twoWay: { channelArn: CHANNEL } }, V1);

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain(`phone number '${idOf(physicalId)}' is in pool '${poolId}', so its settings are the pool's and the service refuses`
        + ' to change them (UpdatePhoneNumber fails while a number is in a pool): selfManagedOptOuts, twoWay would change.'
        + ' Set them on the Pool instead');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('a number in a pool still takes tag changes, and an update that changes no setting succeeds', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      await pooled(physicalId);

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { ...V1, tags: { team: 'growth' } }, V1);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['TagResource']);
    });
  });

  describe('Delete', () => {
    shared.testRetainedDelete(c, { options: {} });

    test('X5 properties that no longer decode keep the number too', async () => {
      // GIVEN
      const physicalId = await deployed({});

      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.delete(physicalId, { ...phoneNumberProperties({}), ReleaseOnDelete: 'maybe' }));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().callsSince(mark)).toEqual([]);
    });

    shared.testSecondDelete(c, { releaseOnDelete: true });

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['a pool ARN', 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef']],
      options: { releaseOnDelete: true },
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement releases only the number the physical id names',
      from: { releaseOnDelete: true },
      to: { releaseOnDelete: true, numberCapabilities: ['SMS', 'VOICE'] },
      deleteAction: 'ReleasePhoneNumber',
    });

    shared.testProtectedDelete(c, {
      title: 'a protected number fails with a message naming deletionProtection, and protection is never switched off',
      options: { deletionProtection: true, releaseOnDelete: true },
      reason: physicalId => new RegExp(`^ConflictException DELETION_PROTECTION_ENABLED: phone number '${idOf(physicalId)}' has deletion protection enabled;`
        + ' set deletionProtection to false and deploy, then delete it \\(the handler never turns protection off by itself\\)'),
    });

    test('D5 a number still in a pool is retried for a bounded time, then fails with a clear message', async () => {
      // GIVEN
      const physicalId = await deployed({ releaseOnDelete: true });
      const poolId = await pooled(physicalId);
      const event = events.delete(physicalId, phoneNumberProperties({ releaseOnDelete: true }));

      // WHEN onEvent finds it in the pool, and isComplete polls
      const response = await bed().handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: physicalId };
      const first = await bed().handlers.isComplete(pollEvent);
      const startedLongAgo = { ...pollEvent, Data: { [REMOVAL_STARTED_AT]: String(Date.now() - REMOVAL_RETRY_MS - 1) } };
      const late = bed().handlers.isComplete(startedLongAgo);

      // THEN
      expect(response.Data).toEqual({ [REMOVAL_STARTED_AT]: expect.stringMatching(/^\d+$/) });
      expect(first).toEqual({ IsComplete: false });
      await expect(late).rejects.toThrow(`phone number '${idOf(physicalId)}' is still in pool '${poolId}', and ReleasePhoneNumber fails while it is;`
        + ' remove it from the pool (or delete the pool) first; gave up after 10 minutes of retries');
      expect(bed().emulator.calls().filter(call => call.action === 'ReleasePhoneNumber')).toEqual([]);
    });

    test('D5 D6 a number whose pool is deleted meanwhile is released in the same poll once it has left the pool (DISASSOCIATING waited out)', async () => {
      // GIVEN a number in a pool, and numbers that take 200 ms to leave a pool
      const physicalId = await deployed({ releaseOnDelete: true });
      const poolId = await pooled(physicalId);
      bed().emulator.configure({ statusDelays: { 'phone-number': 200 } });
      const event = events.delete(physicalId, phoneNumberProperties({ releaseOnDelete: true }));
      const response = await bed().handlers.onEvent(event);

      // WHEN the pool goes, and the framework polls
      await bed().client.send(new DeletePoolCommand({ PoolId: poolId }));
      const answer = await bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: physicalId });

      // THEN
      expect(answer.IsComplete).toBe(true);
      expect(bed().logs.find(log => log.decision === 'not gone yet: waiting')).toMatchObject({ reason: 'the number is leaving its pool (DISASSOCIATING)' });
      expect(bed().emulator.calls().filter(call => call.action === 'ReleasePhoneNumber' && call.ok)).toHaveLength(1);
    });

    test('D6 a number in status DELETED counts as gone: Delete makes no mutating call', async () => {
      // GIVEN released numbers stay DELETED for a while
      bed().emulator.configure({ statusDelays: { 'phone-number': 60_000 } });
      const physicalId = await deployed({ releaseOnDelete: true, waitForActive: false });
      await bed().client.send(new ReleasePhoneNumberCommand({ PhoneNumberId: physicalId }));
      expect((await read(physicalId))!.status).toBe('DELETED');

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, { releaseOnDelete: true });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    shared.testDeleteOfNeverCreated(c, {
      what: 'phone number ARN that was never created',
      physicalId: `${ARN_PREFIX}phone-0123456789abcdef0123456789abcdef`,
      options: { releaseOnDelete: true },
    });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, {
      created: FULL,
      updated: { ...FULL, keywords: [{ keyword: 'NEW', message: 'x' }] },
      deleted: FULL,
      createAction: 'RequestPhoneNumber',
    });

    shared.testOutsideTagSurvives(c, {
      title: 'a keyword and a tag added outside the stack survive updates that remove the declared ones',
      from: { keywords: [{ keyword: 'PROMO', message: 'Deals' }], tags: { team: 'payments' } },
      to: {},
      given: async physicalId => {
        await bed().client.send(new PutKeywordCommand({ OriginationIdentity: physicalId, Keyword: 'THEIRS', KeywordMessage: 'Theirs' }));
      },
      then: async physicalId => expect(Object.keys((await read(physicalId))!.keywords).sort()).toEqual(['HELP', 'STOP', 'THEIRS']),
    });

    test('X5 a setting declared before returns to the service default; one never declared is left alone', async () => {
      // GIVEN two-way declared, international sending set outside the stack
      const physicalId = await deployed({ twoWay: { channelArn: CHANNEL } });
      await bed().client.send(new UpdatePhoneNumberCommand({ PhoneNumberId: physicalId, InternationalSendingEnabled: true }));

      // WHEN
      const result = await update(physicalId, {}, { twoWay: { channelArn: CHANNEL } });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(await read(physicalId)).toMatchObject({ twoWay: undefined, internationalSendingEnabled: true });
    });
  });
});
