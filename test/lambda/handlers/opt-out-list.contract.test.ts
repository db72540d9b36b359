import {
  DeleteOptOutListCommand,
  DescribeOptOutListsCommand,
  PutOptedOutNumberCommand,
  RequestPhoneNumberCommand,
  TagResourceCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OPT_OUT_LIST } from '../../../src/wire/opt-out-list-properties';
import * as shared from '../support/contract';
import { expectedOptOutList, optOutListProperties, OptOutListOptions, OptOutListView, readOptOutList } from '../support/opt-out-lists';
import { idOf } from '../support/phone-numbers';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/';
const [N1, N2] = ['+12065550100', '+12065550101'];

/** The numbers of a list are a Custom::SmsVoiceOptedOutNumbers of their own (opted-out-numbers.contract.test.ts). */
const FULL: OptOutListOptions = { name: 'orders', tags: { team: 'payments', env: 'prod' } };

describe('Custom::SmsVoiceOptOutList, against the emulator', () => {
  const c = shared.useContract<OptOutListOptions>({
    logicalResourceId: 'OrdersOptOutList1A2B3C4D',
    resourceType: OPT_OUT_LIST.resourceType,
    properties: optOutListProperties,
    read: (client, arn) => readOptOutList(client, idOf(arn)),
    expected: options => expectedOptOutList(options),
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
      then: async ({ mark }) => {
        expect(bed().mutatingCallsSince(mark).filter(action => action !== 'CreateOptOutList')).toEqual([]);
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

    // the read after the create is denied: a list's create has no other call
    shared.testFailureAfterCreate(c, {
      title: 'a read that fails after the create reports the real physical id, so the rollback Delete removes the list',
      denied: DescribeOptOutListsCommand,
      options: FULL,
      physicalId: `${ARN_PREFIX}orders`,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:DescribeOptOutLists\)/,
    });

    // The create call carries the tags: isComplete plans no call, so the shared case (the last planned call) does not apply.
    test('C5 Create is complete in the first poll, at the read that shows the list', async () => {
      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(optOutListProperties(FULL)));

      // THEN
      expect(result).toMatchObject({ status: 'SUCCESS', polls: 1 });
      expect(bed().callsSince(mark).map(call => call.action)).toEqual(['CreateOptOutList', 'DescribeOptOutLists']);
      expect(await read()).toEqual(expectedOptOutList(FULL));
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the messages the construct gives at synth time',
      options: { name: 'my orders', tags: { 'sms-voice-cdk:opt-out-list-progress': 'x' } },
      violations: [
        'optOutListName: "my orders" may contain only letters, digits, _ and -',
        'tag key: "sms-voice-cdk:opt-out-list-progress" is the tag in which the SMS provider remembers how far a change of the list got;'
          + ' choose another tag key',
      ],
      prefix: "Invalid opt-out list 'my orders': ",
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
    const V1: OptOutListOptions = { name: 'orders', tags: { team: 'payments', env: 'prod' } };
    const V2: OptOutListOptions = { name: 'orders', tags: { team: 'growth', owner: 'sms' } };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the physical id, and adds and removes the declared tags',
      from: V1,
      to: V2,
      mutatingCalls: ['UntagResource', 'TagResource'],
    });

    shared.testReplacement(c, {
      title: 'a new name creates a new list with a new physical id and never touches the old one',
      from: V1,
      to: { ...V2, name: 'orders-v2' },
      createAction: 'CreateOptOutList',
      newId: `${ARN_PREFIX}orders-v2`,
      then: ({ mark }) => expect(bed().mutatingCallsSince(mark)).toEqual(['CreateOptOutList']),
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a list deleted out of band fails with not found and creates nothing',
      from: V1,
      to: V2,
      removeOutOfBand: () => bed().client.send(new DeleteOptOutListCommand({ OptOutListName: 'orders' })),
      reason: () => /^ResourceNotFoundException: opt-out list 'orders' was not found; it was deleted outside CloudFormation/,
    });

    // the forward update's TagResource is denied, after its UntagResource
    shared.testRollbackAfterHalfApplied(c, {
      from: V1,
      denied: { command: TagResourceCommand },
      forward: V2,
      halfApplied: view => expect((view as OptOutListView).tags).toEqual({ team: 'payments' }),
    });

    shared.testSameUpdateTwice(c, { from: V1, to: V2 });

    shared.testWithoutSchemaVersion(c, { from: V1, to: V2 });

    shared.testNoOpUpdate(c, {
      title: 'an update whose properties equal the actual state (tags in another order) makes zero mutating calls',
      options: V2,
      same: { ...V2, tags: { owner: 'sms', team: 'growth' } },
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
    test('Delete refuses to delete a list that holds an end-user opt-out, with a clear message, and deletes nothing', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders' });
      await bed().client.send(new PutOptedOutNumberCommand({ OptOutListName: 'orders', OptedOutNumber: N1 }));
      bed().emulator.simulateEndUserOptOut('orders', N2);

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, { name: 'orders' });

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
      const oldId = await deployed({ name: 'orders' });
      bed().emulator.simulateEndUserOptOut('orders', N1);
      const replaced = await update(oldId, { name: 'orders-v2' }, { name: 'orders' });
      expect(replaced.status).toBe('SUCCESS');

      // WHEN
      const cleanup = await remove(oldId, { name: 'orders-v2' });

      // THEN the cleanup fails (CloudFormation only warns), and the opt-out survives
      expect(cleanup.status).toBe('FAILED');
      expect(await read()).toEqual({ numbers: { [N1]: 'recipient' }, tags: {} });
    });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, {
      created: FULL,
      updated: { name: 'orders', tags: { team: 'growth' } },
      deleted: { name: 'orders', tags: { team: 'growth' } },
      createAction: 'CreateOptOutList',
    });

    shared.testOutsideTagSurvives(c, { from: { name: 'orders', tags: { team: 'payments' } }, to: { name: 'orders' } });
  });
});
