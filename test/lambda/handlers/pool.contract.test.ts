import {
  AssociateOriginationIdentityCommand,
  CreateOptOutListCommand,
  DeletePoolCommand,
  DescribePoolsCommand,
  PutKeywordCommand,
  UpdatePhoneNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { POOL } from '../../../src/wire/pool-properties';
import { MUTATING } from '../../emulator';
import * as shared from '../support/contract';
import { CHANNEL, expectedOrigination, idOf, readPhoneNumber } from '../support/phone-numbers';
import { poolProperties, PoolOptions, PoolView, readPool, requestNumber, requestSender } from '../support/pools';
import { handlersFor, LogRecord } from '../support/test-bed';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:pool/';

function expectedView(options: PoolOptions): PoolView {
  return {
    status: 'ACTIVE',
    messageType: options.messageType ?? 'TRANSACTIONAL',
    identities: [...options.identities].sort(),
    sharedRoutes: options.sharedRoutes ?? false,
    ...expectedOrigination(options),
  };
}

describe('Custom::SmsVoicePool, against the emulator', () => {
  const c = shared.useContract<PoolOptions>({
    logicalResourceId: 'OrdersPool7A8B9C0D',
    resourceType: POOL.resourceType,
    properties: poolProperties,
    read: (client, arn) => readPool(client, idOf(arn)),
    expected: expectedView,
    attributes: arn => ({ [POOL.attributes.ID]: idOf(arn), [POOL.attributes.ARN]: arn }),
    names: shared.namedIn('PoolId', 'OriginationIdentity', 'ResourceArn'),
  });
  const { bed, events, deployed, update } = c;
  let numbers: string[];
  let sender: string;
  beforeEach(async () => {
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));
    numbers = [await requestNumber(bed().client), await requestNumber(bed().client), await requestNumber(bed().client)];
    sender = await requestSender(bed().client, 'ORDERS');
  });

  /** Everything a pool can declare. */
  const full = (): PoolOptions => ({
    identities: [numbers[0], numbers[1], sender],
    optOutList: 'orders',
    sharedRoutes: true,
    selfManagedOptOuts: true,
    twoWay: { channelArn: CHANNEL },
    keywords: [{ keyword: 'PROMO', message: 'Deals' }, { keyword: 'JOIN', message: 'Welcome', action: 'OPT_IN' }],
    tags: { team: 'payments', env: 'prod' },
  });
  const one = (): PoolOptions => ({ identities: [numbers[0]] });

  const read = (arn: string) => readPool(bed().client, idOf(arn));

  async function poolsInAccount(): Promise<number> {
    return (await bed().client.send(new DescribePoolsCommand({}))).Pools!.filter(p => p.Status !== 'DELETING').length;
  }

  /** A number on another opt-out list than the pool's first number, so the service refuses to associate it. */
  let misfit: string;
  const requestMisfit = async () => {
    misfit = await requestNumber(bed().client, { OptOutListName: 'orders' });
  };

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, reading back equals the input, and delete removes the pool',
      options: full,
      physicalId: new RegExp(`^${ARN_PREFIX}[^/]+$`),
      then: async () => expect((await readPhoneNumber(bed().client, idOf(numbers[0])))!.poolId).toBeUndefined(),
    });

    test('C1 the pool is created from the first identity, then associates the rest, then one UpdatePool, the keywords, the tags', async () => {
      // WHEN
      const result = await bed().run(events.create(poolProperties({ ...full(), deletionProtection: true })));

      // THEN
      expect(result.status).toBe('SUCCESS');
      const calls = bed().emulator.calls().filter(call => MUTATING(call.action) && call.at >= bed().emulator.calls().find(first => first.action === 'CreatePool')!.at);
      expect(calls.map(call => call.action)).toEqual([
        'CreatePool', 'AssociateOriginationIdentity', 'AssociateOriginationIdentity', 'UpdatePool', 'PutKeyword', 'PutKeyword',
      ]);
      expect(calls[0].input).toEqual({
        OriginationIdentity: numbers[0],
        IsoCountryCode: 'US',
        MessageType: 'TRANSACTIONAL',
        Tags: [{ Key: 'team', Value: 'payments' }, { Key: 'env', Value: 'prod' }],
        ClientToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(calls[3].input).toEqual({
        PoolId: idOf(result.physicalResourceId),
        OptOutListName: 'orders',
        SelfManagedOptOutsEnabled: true,
        TwoWayEnabled: true,
        TwoWayChannelArn: CHANNEL,
        DeletionProtectionEnabled: true,
        SharedRoutesEnabled: true,
      });
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the create call, makes one pool',
      options: full,
      createAction: 'CreatePool',
      then: async () => expect(await poolsInAccount()).toBe(1),
    });

    shared.testCreateOfTakenName(c, {
      title: 'pools have no name to clash: another stack\'s pool of the same numbers fails clearly and never adopts this one',
      existing: one,
      second: one,
      createAction: 'CreatePool',
      reason: () => new RegExp(`^ConflictException PHONE_NUMBER_ASSOCIATED_TO_POOL: phone-number '${idOf(numbers[0])}' is still associated with a pool`
        + ' \\(.*\\), and a phone number can be in one pool only; remove it from that pool first'),
      then: async () => expect(await poolsInAccount()).toBe(1),
    });

    shared.testFailureAfterCreate(c, {
      title: 'an association that fails after the create reports the real physical id, so the rollback Delete removes the pool',
      given: requestMisfit,
      options: () => ({ identities: [numbers[0], misfit] }),
      physicalId: new RegExp(`^${ARN_PREFIX}pool-`),
      reason: /^ConflictException OPT_OUT_LIST_MISMATCH: an origination identity does not match pool 'pool-\w+' \(.*\): a pool's identities must have its opt-out list/,
    });

    test('C5 isComplete waits for CREATING to become ACTIVE before it associates anything', async () => {
      // GIVEN pools stay CREATING for 300 ms
      bed().emulator.configure({ statusDelays: { pool: 300 } });
      const logs: LogRecord[] = [];
      const handlers = handlersFor(bed().client, logs);
      const event = events.create(poolProperties({ identities: [numbers[0], numbers[1]] }));

      // WHEN
      const response = await handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! };
      const early = await handlers.isComplete(pollEvent);
      const associatedEarly = bed().emulator.calls().filter(call => call.action === 'AssociateOriginationIdentity').length;
      await new Promise(resolve => setTimeout(resolve, 350));
      const later = await handlers.isComplete(pollEvent);

      // THEN
      expect(early).toEqual({ IsComplete: false });
      expect(associatedEarly).toBe(0);
      expect(logs.find(log => log.decision === 'not complete yet: waiting')).toMatchObject({ reason: 'the pool is CREATING; waiting for ACTIVE' });
      expect(later).toMatchObject({ IsComplete: true });
      expect(await read(response.PhysicalResourceId!)).toEqual(expectedView({ identities: [numbers[0], numbers[1]] }));
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with every declared keyword',
      lost: PutKeywordCommand,
      event: async () => events.create(poolProperties(full())),
      then: async result => expect(await read(result.physicalResourceId)).toEqual(expectedView(full())),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: full, then: async () => expect(await poolsInAccount()).toBe(1) });

    shared.testInvalidFailsFast(c, {
      title: 'a pool without identities fails fast, before any call, with the synth-time message: a pool is never empty',
      options: { identities: [], messageType: 'BULK' },
      violations: [
        'originationIdentities: [] must hold at least one phone number or sender ID: a pool is never empty',
        'messageType: "BULK" must be one of TRANSACTIONAL, PROMOTIONAL',
      ],
      prefix: 'Invalid pool: ',
    });

    shared.testQuotaFailsAtOnce(c, {
      limits: { poolsPerAccount: 0 },
      options: one,
      reason: /^ServiceQuotaExceededException POOLS_PER_ACCOUNT: a service quota was reached/,
      createAction: 'CreatePool',
    });
  });

  describe('Update', () => {
    // GIVEN a pool on the orders opt-out list, and a number configured for the Default list it moves to
    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the physical id and reconciles identities, settings, keywords and tags',
      from: full,
      given: async () => {
        await bed().client.send(new UpdatePhoneNumberCommand({
          PhoneNumberId: numbers[2], TwoWayEnabled: true, TwoWayChannelArn: CHANNEL, SelfManagedOptOutsEnabled: true,
        }));
      },
      to: () => ({
        ...full(),
        identities: [numbers[1], numbers[2], sender],
        optOutList: 'Default',
        sharedRoutes: false,
        keywords: [{ keyword: 'PROMO', message: 'New deals' }],
        tags: { team: 'growth' },
      }),
      // the number that fits only the updated pool is associated after the UpdatePool, the old one last
      mutatingCalls: [
        'UpdatePool', 'AssociateOriginationIdentity', 'DeleteKeyword', 'PutKeyword', 'DisassociateOriginationIdentity', 'UntagResource', 'TagResource',
      ],
      then: async () => expect((await readPhoneNumber(bed().client, idOf(numbers[0])))!.poolId).toBeUndefined(),
    });

    shared.testInPlaceUpdate(c, {
      title: 'changing one keyword on a pool makes exactly one PutKeyword',
      from: full,
      to: () => ({ ...full(), keywords: [{ keyword: 'PROMO', message: 'Deals on Monday' }, full().keywords![1]] }),
      mutatingCalls: ['PutKeyword'],
      then: ({ physicalId, mark }) => expect(bed().callsSince(mark).find(call => call.action === 'PutKeyword')!.input).toEqual({
        OriginationIdentity: idOf(physicalId), Keyword: 'PROMO', KeywordMessage: 'Deals on Monday', KeywordAction: 'AUTOMATIC_RESPONSE',
      }),
    });

    // a pool of one number, swapped for another
    shared.testInPlaceUpdate(c, {
      title: 'identity changes associate before they disassociate, so the pool is never empty',
      from: one,
      to: () => ({ identities: [numbers[1]] }),
      then: ({ mark }) => expect(bed().callsSince(mark).filter(call => MUTATING(call.action)).map(call => `${call.action} ${call.input.OriginationIdentity}`)).toEqual([
        `AssociateOriginationIdentity ${numbers[1]}`,
        `DisassociateOriginationIdentity ${numbers[0]}`,
      ]),
    });

    test('U1 a declared identity that does not exist fails with not found, naming it', async () => {
      // GIVEN
      const physicalId = await deployed({ identities: [numbers[0]] });
      const missing = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef';

      // WHEN the settings change too, so the handler reads the numbers it will associate
      const result = await update(physicalId, { identities: [numbers[0], numbers[1], missing], optOutList: 'orders' }, { identities: [numbers[0]] });

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(new RegExp(`^ResourceNotFoundException: phone-number '${missing}' was not found`));
      expect((await read(physicalId))!.identities).toEqual([numbers[0], numbers[1]].sort());
    });

    test('U1 removing the last identity is a clear error that changes nothing', async () => {
      // GIVEN
      const physicalId = await deployed({ identities: [numbers[0]] });

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { identities: [] }, { identities: [numbers[0]] });

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain('Invalid pool: originationIdentities: [] must hold at least one phone number or sender ID: a pool is never empty');
      expect(bed().callsSince(mark)).toEqual([]);
      expect((await read(physicalId))!.identities).toEqual([numbers[0]]);
    });

    // GIVEN a transactional pool, and promotional identities that are in no pool
    let promotionalIdentities: string[];
    shared.testReplacement(c, {
      title: 'a message type change creates the new pool first (a new physical id) and never touches the old one',
      from: () => ({ identities: [numbers[0], sender] }),
      given: async () => {
        promotionalIdentities = [await requestNumber(bed().client, { MessageType: 'PROMOTIONAL' }), await requestSender(bed().client, 'PROMOS')];
      },
      to: () => ({ identities: promotionalIdentities, messageType: 'PROMOTIONAL' }),
      createAction: 'CreatePool',
      replaceReason: 'messageType changed, and only a new pool has them',
    });

    test('U2 C2 a replacement delivered twice creates one new pool, with the same physical id', async () => {
      // GIVEN
      const oldOptions: PoolOptions = { identities: [numbers[0]] };
      const oldId = await deployed(oldOptions);
      const promotional = await requestNumber(bed().client, { MessageType: 'PROMOTIONAL' });
      const event = events.update(oldId, poolProperties({ identities: [promotional], messageType: 'PROMOTIONAL' }), poolProperties(oldOptions));

      // WHEN
      const first = await bed().run(event);
      const second = await bed().run(event);

      // THEN
      expect([first.status, second.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(second.physicalResourceId).toBe(first.physicalResourceId);
      expect(await poolsInAccount()).toBe(2);
    });

    test('U2 a replacement that would need a number still in the old pool is refused before anything is created', async () => {
      // GIVEN
      const oldOptions: PoolOptions = { identities: [sender, numbers[0]] };
      const oldId = await deployed(oldOptions);

      // WHEN the country changes but the number stays declared
      const mark = bed().mark();
      const result = await update(oldId, { identities: [sender, numbers[0]], messageType: 'PROMOTIONAL' }, oldOptions);

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(oldId);
      expect(result.reason).toContain(`pool '${idOf(oldId)}' cannot be replaced: changing messageType creates a new pool before CloudFormation deletes the old one,`
        + ` but a phone number can be in one pool only, and ${numbers[0]} (in pool '${idOf(oldId)}') would have to be in both.`
        + ' Give the new pool origination identities that are in no pool (new phone numbers, or sender IDs) and deploy');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await poolsInAccount()).toBe(1);
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a pool deleted out of band fails with not found and creates nothing',
      from: one,
      to: () => ({ identities: [numbers[0]], sharedRoutes: true }),
      removeOutOfBand: physicalId => bed().client.send(new DeletePoolCommand({ PoolId: idOf(physicalId) })),
      reason: physicalId => new RegExp(`^ResourceNotFoundException: pool '${idOf(physicalId)}' was not found`),
    });

    // the forward update associates one number, then meets a misfit
    shared.testRollbackAfterHalfApplied(c, {
      from: () => ({ identities: [numbers[0]], keywords: [{ keyword: 'PROMO', message: 'Deals' }] }),
      given: requestMisfit,
      forward: () => ({ identities: [numbers[0], numbers[1], misfit], keywords: [{ keyword: 'INFO', message: 'Info' }] }),
      halfApplied: view => expect((view as PoolView).identities).toEqual([numbers[0], numbers[1]].sort()),
    });

    shared.testSameUpdateTwice(c, { from: full, to: () => ({ ...full(), identities: [numbers[1], sender], sharedRoutes: false }) });

    shared.testWithoutSchemaVersion(c, { from: one, to: () => ({ identities: [numbers[0], numbers[1]] }) });

    shared.testNoOpUpdate(c, {
      title: 'X4 an update whose decoded properties equal the actual state makes zero mutating calls',
      options: full,
      same: () => ({ ...full(), identities: [...full().identities].reverse(), keywords: [...full().keywords!].reverse() }),
      reads: ['DescribePools', 'ListPoolOriginationIdentities', 'DescribeKeywords'],
    });
  });

  describe('Delete', () => {
    shared.testSecondDelete(c, one);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['a phone number ARN', 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef']],
      options: one,
      deployFirst: true,
      stillThere: async () => expect(await poolsInAccount()).toBe(1),
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement deletes only the pool the physical id names',
      from: () => ({ identities: [sender] }),
      to: () => ({ identities: [sender], messageType: 'PROMOTIONAL' }),
      deleteAction: 'DeletePool',
    });

    // The retained Delete (X5) does not apply: RETAIN is the stack's DeletionPolicy here, so no Delete reaches the handler.

    shared.testProtectedDelete(c, {
      title: 'a protected pool fails with a message naming deletionProtection, and protection is never switched off',
      options: () => ({ identities: [numbers[0]], deletionProtection: true }),
      reason: physicalId => new RegExp(`^ConflictException DELETION_PROTECTION_ENABLED: pool '${idOf(physicalId)}' has deletion protection enabled;`
        + ' set deletionProtection to false and deploy, then delete it'),
    });

    test('D5 a pool still CREATING is retried until ACTIVE, then deleted; D6 DELETING is waited out in the poll that deleted it', async () => {
      // GIVEN a pool rolled back while it is still CREATING, and pools that take 200 ms per status
      bed().emulator.configure({ statusDelays: { pool: 200 } });
      const logs: LogRecord[] = [];
      const handlers = handlersFor(bed().client, logs);
      const created = await handlers.onEvent(events.create(poolProperties({ identities: [numbers[0]] })));
      const physicalId = created.PhysicalResourceId!;
      const event = events.delete(physicalId, poolProperties({ identities: [numbers[0]] }));

      // WHEN
      const response = await handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: physicalId };
      const answers: boolean[] = [];
      for (let i = 0; i < 10 && !answers.includes(true); i++) {
        answers.push((await handlers.isComplete(pollEvent)).IsComplete);
        await new Promise(resolve => setTimeout(resolve, 100));
      }

      // THEN
      expect(logs.filter(log => log.decision === 'not removable yet: retrying')[0]).toMatchObject({
        reason: `pool '${idOf(physicalId)}' is CREATING, and DeletePool needs an ACTIVE pool`,
      });
      const decisions = logs.map(log => log.decision);
      const deletingPoll = decisions.slice(decisions.indexOf('removal requested: on its way out'));
      expect(deletingPoll.slice(-2)).toEqual(['nothing to delete: already gone', 'isComplete returns']);
      expect(deletingPoll.filter(decision => decision === 'isComplete returns')).toHaveLength(1);
      expect(answers[answers.length - 1]).toBe(true);
      expect(bed().emulator.calls().filter(call => call.action === 'DeletePool')).toHaveLength(1);
      expect(await read(physicalId)).toBeUndefined();
    });

    shared.testDeleteOfNeverCreated(c, {
      what: 'pool ARN that was never created',
      physicalId: `${ARN_PREFIX}pool-0123456789abcdef0123456789abcdef`,
      options: one,
    });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, {
      created: full,
      updated: () => ({ ...full(), identities: [numbers[1], sender], keywords: [] }),
      deleted: full,
      createAction: 'CreatePool',
    });

    shared.testOutsideTagSurvives(c, {
      title: 'an identity, keyword and tag added outside the stack survive updates that remove the declared ones',
      from: () => ({ identities: [numbers[0], numbers[1]], keywords: [{ keyword: 'PROMO', message: 'Deals' }], tags: { team: 'payments' } }),
      to: one,
      given: async physicalId => {
        await bed().client.send(new AssociateOriginationIdentityCommand({ PoolId: physicalId, OriginationIdentity: numbers[2], IsoCountryCode: 'US' }));
        await bed().client.send(new PutKeywordCommand({ OriginationIdentity: physicalId, Keyword: 'THEIRS', KeywordMessage: 'Theirs' }));
      },
      then: async physicalId => {
        const after = await read(physicalId);
        expect(after!.identities).toEqual([numbers[0], numbers[2]].sort());
        expect(Object.keys(after!.keywords).sort()).toEqual(['HELP', 'STOP', 'THEIRS']);
      },
    });

    test('X5 settings the pool inherits from its first number, and never declared, are left as inherited', async () => {
      // GIVEN a first number on the orders opt-out list
      const onOrders = await requestNumber(bed().client, { OptOutListName: 'orders' });

      // WHEN
      const physicalId = await deployed({ identities: [onOrders] });

      // THEN
      expect((await read(physicalId))!.optOutListName).toBe('orders');
      expect(bed().emulator.calls().filter(call => call.action === 'UpdatePool')).toEqual([]);
    });
  });
});
