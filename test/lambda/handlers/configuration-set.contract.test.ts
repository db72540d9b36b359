import {
  AssociateProtectConfigurationCommand,
  CreateEventDestinationCommand,
  CreateProtectConfigurationCommand,
  DeleteConfigurationSetCommand,
  SetDefaultSenderIdCommand,
  UpdateEventDestinationCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { MAX_MESSAGE_BYTES } from '../../../lambda/sms-provider/errors';
import { CONTROL_PLANE_INTERVAL_MS, pacedPerAction } from '../../../lambda/sms-provider/pacing';
import { CONFIGURATION_SET } from '../../../src/wire/configuration-set-properties';
import { MUTATING } from '../../emulator';
import { interceptingClient } from '../support/clients';
import { expectedView, readBack } from '../support/configuration-sets';
import * as shared from '../support/contract';
import { configurationSetProperties, ConfigurationSetOptions } from '../support/events';
import { idOf } from '../support/phone-numbers';
import { runProvider } from '../support/provider';
import { handlerClient, handlersFor } from '../support/test-bed';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/';
const EXISTS_ADVICE = 'choose another configurationSetName or import it with ConfigurationSet.fromConfigurationSetName';

/** Everything a configuration set can declare. */
const FULL: ConfigurationSetOptions = {
  name: 'orders',
  defaultSenderId: 'ORDERS',
  defaultMessageType: 'TRANSACTIONAL',
  messageFeedbackEnabled: true,
  eventDestinations: [
    { name: 'audit', eventTypes: ['ALL'], target: 'logs' },
    { name: 'alerts', eventTypes: ['TEXT_BLOCKED', 'TEXT_SPAM'], target: 'sns' },
    { name: 'archive', eventTypes: ['TEXT_ALL'], target: 'firehose', enabled: false },
  ],
  tags: { team: 'payments', env: 'prod' },
};

describe('Custom::SmsVoiceConfigurationSet, against the emulator', () => {
  const c = shared.useContract<ConfigurationSetOptions>({
    logicalResourceId: 'OrdersConfigurationSet4F7A2B1C',
    resourceType: CONFIGURATION_SET.resourceType,
    properties: configurationSetProperties,
    read: (client, arn) => readBack(client, idOf(arn)),
    expected: expectedView,
    attributes: arn => ({ [CONFIGURATION_SET.attributes.NAME]: idOf(arn), [CONFIGURATION_SET.attributes.ARN]: arn }),
    names: shared.namedIn('ConfigurationSetName', 'ResourceArn'),
  });
  const { bed, events, deployed, update, remove } = c;

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, reading back equals the input, and delete removes it',
      options: FULL,
      physicalId: `${ARN_PREFIX}orders`,
    });

    shared.testCreateAndDelete(c, {
      title: 'a minimal configuration set needs one create call and one read',
      options: { name: 'minimal' },
      physicalId: `${ARN_PREFIX}minimal`,
      created: () => expect(bed().emulator.calls().map(call => call.action)).toEqual([
        'CreateConfigurationSet', 'DescribeConfigurationSets',
        // the test's own read back
        'DescribeConfigurationSets', 'ListTagsForResource',
      ]),
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the create call, makes one configuration set',
      options: FULL,
      createAction: 'CreateConfigurationSet',
      expectedId: `${ARN_PREFIX}orders`,
      then: async ({ mark }) => {
        expect(bed().mutatingCallsSince(mark).filter(action => action !== 'CreateConfigurationSet')).toEqual([
          'SetDefaultSenderId', 'SetDefaultMessageType', 'SetDefaultMessageFeedbackEnabled',
          'CreateEventDestination', 'CreateEventDestination', 'CreateEventDestination', 'UpdateEventDestination',
        ]);
      },
    });

    shared.testCreateOfTakenName(c, {
      title: 'a second Create of the same name fails with "already exists" and never adopts the existing set',
      existing: FULL,
      second: { name: 'orders' },
      createAction: 'CreateConfigurationSet',
      reason: `ConflictException RESOURCE_ALREADY_EXISTS: configuration set 'orders' already exists; ${EXISTS_ADVICE}`,
    });

    shared.testFailureAfterCreate(c, {
      title: 'a child that fails after the create reports the real physical id, so the rollback Delete removes the set',
      // room for two event destinations only
      given: () => bed().emulator.configure({ limits: { eventDestinationsPerConfigurationSet: 2 } }),
      options: FULL,
      physicalId: `${ARN_PREFIX}orders`,
      reason: /^ServiceQuotaExceededException EVENT_DESTINATIONS_PER_CONFIGURATION_SET: a service quota was reached/,
    });

    // a client that loses the first UpdateEventDestination: the service never sees it
    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with every declared property',
      lost: UpdateEventDestinationCommand,
      event: async () => events.create(configurationSetProperties(FULL)),
      then: async () => {
        expect(await readBack(bed().client, 'orders')).toEqual(expectedView(FULL));
        const actions = bed().emulator.calls().map(call => call.action);
        expect(actions.slice(-2)).toEqual(['DescribeConfigurationSets', 'ListTagsForResource']);
      },
    });

    shared.testRetriesThrottlingAnd500s(c, {
      title: 'throttling and 500s are retried inside one call',
      options: FULL,
      then: async result => expect(result.polls).toBe(1),
    });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the messages the construct gives at synth time',
      options: { name: 'orders', eventDestinations: [{ name: 'audit', eventTypes: ['TEXT_SENT'] }] },
      violations: [
        'events of event destination \'audit\': "TEXT_SENT" is not supported by the service'
          + ' (the API reference: "The TEXT_SENT event type is not supported"); use TEXT_SUCCESSFUL or TEXT_DELIVERED',
      ],
      prefix: "Invalid configuration set 'orders': ",
    });

    test('C6 a ValidationException from the service fails at once, with its code name', async () => {
      // WHEN the service refuses the destination (a log group it cannot write to, say)
      const refusal = new ValidationException({
        message: 'The log group cannot be written to',
        $metadata: { httpStatusCode: 400 },
        Reason: 'INVALID_PARAMETER',
        Fields: [{ Name: 'LogGroupArn', Message: 'cannot be written to' }],
      });
      let attempts = 0;
      const client = interceptingClient(bed().client, command => {
        if (!(command instanceof CreateEventDestinationCommand)) return undefined;
        attempts += 1;
        return Promise.reject(refusal);
      });
      const properties = configurationSetProperties({ name: 'orders', eventDestinations: [{ name: 'audit', eventTypes: ['ALL'], target: 'logs' }] });
      const result = await runProvider(handlersFor(client), events.create(properties));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(`${ARN_PREFIX}orders`);
      expect(result.reason)
        .toMatch(/^ValidationException INVALID_PARAMETER: the service rejected the request \(The log group cannot be written to\); fields: LogGroupArn/);
      expect(attempts).toBe(1);
      expect(result.polls).toBe(1);
    });

    shared.testQuotaFailsAtOnce(c, {
      limits: { configurationSetsPerAccount: 0 },
      options: { name: 'orders' },
      reason: /^ServiceQuotaExceededException CONFIGURATION_SETS_PER_ACCOUNT: a service quota was reached .*request a quota increase/,
      createAction: 'CreateConfigurationSet',
    });
  });

  describe('Update', () => {
    const V1: ConfigurationSetOptions = {
      name: 'orders',
      defaultSenderId: 'ORDERS',
      eventDestinations: [
        { name: 'audit', eventTypes: ['ALL'], target: 'logs' },
        { name: 'alerts', eventTypes: ['TEXT_BLOCKED'], target: 'sns' },
      ],
      tags: { team: 'payments', env: 'prod' },
    };
    const V2: ConfigurationSetOptions = {
      name: 'orders',
      defaultMessageType: 'PROMOTIONAL',
      messageFeedbackEnabled: true,
      eventDestinations: [
        { name: 'audit', eventTypes: ['TEXT_ALL', 'VOICE_ALL'], target: 'logs', variant: 'v2' },
        { name: 'archive', eventTypes: ['ALL'], target: 'firehose' },
        { name: 'spam', eventTypes: ['TEXT_SPAM'], target: 'sns', enabled: false },
      ],
      tags: { team: 'growth', owner: 'sms' },
    };

    shared.testInPlaceUpdate(c, { title: 'an in-place update keeps the physical id and reconciles every setting and child', from: V1, to: V2 });

    shared.testInPlaceUpdate(c, {
      title: 'changing one destination\'s event types makes exactly one UpdateEventDestination',
      from: V1,
      to: { ...V1, eventDestinations: [{ ...V1.eventDestinations![0], eventTypes: ['TEXT_DELIVERED'] }, V1.eventDestinations![1]] },
      mutatingCalls: ['UpdateEventDestination'],
    });

    shared.testInPlaceUpdate(c, {
      title: 'a destination that changes kind is deleted and created again',
      from: V1,
      to: { ...V1, eventDestinations: [{ ...V1.eventDestinations![0], target: 'sns' }, V1.eventDestinations![1]] },
      mutatingCalls: ['DeleteEventDestination', 'CreateEventDestination'],
    });

    shared.testReplacement(c, {
      title: 'a new name creates a new set with a new physical id and never touches the old one',
      from: V1,
      to: { ...V1, name: 'orders-v2' },
      createAction: 'CreateConfigurationSet',
      newId: `${ARN_PREFIX}orders-v2`,
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a set deleted out of band fails with not found and creates nothing',
      from: V1,
      to: V2,
      removeOutOfBand: () => bed().client.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'orders' })),
      reason: () => /^ResourceNotFoundException: configuration set 'orders' was not found; it was deleted outside CloudFormation/,
      then: async () => expect(await readBack(bed().client, 'orders')).toBeUndefined(),
    });

    shared.testRollbackAfterHalfApplied(c, {
      from: V1,
      // room for 3 event destinations: V2 and one more needs 4
      given: () => bed().emulator.configure({ limits: { eventDestinationsPerConfigurationSet: 3 } }),
      forward: { ...V2, eventDestinations: [...V2.eventDestinations!, { name: 'extra', eventTypes: ['ALL'] }] },
    });

    test('U4 a rollback of an update rejected for its shape still succeeds', async () => {
      // GIVEN a forward update whose properties do not decode
      const physicalId = await deployed(V1);
      const rejected = { ...configurationSetProperties(V1), DeletionProtection: 'true' };
      const forward = await bed().run(events.update(physicalId, rejected, configurationSetProperties(V1)));
      expect(forward.status).toBe('FAILED');
      expect(forward.reason).toContain('unknown property DeletionProtection');

      // WHEN CloudFormation rolls back: old and new swapped
      const mark = bed().mark();
      const rollback = await bed().run(events.update(physicalId, configurationSetProperties(V1), rejected));

      // THEN
      expect(rollback.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await readBack(bed().client, 'orders')).toEqual(expectedView(V1));
    });

    describe('its protect configuration', () => {
      let first: string;
      let second: string;
      beforeEach(async () => {
        const create = async () => (await bed().client.send(new CreateProtectConfigurationCommand({}))).ProtectConfigurationId!;
        first = await create();
        second = await create();
      });

      shared.testInPlaceUpdate(c, {
        title: 'declaring a protect configuration makes one AssociateProtectConfiguration',
        from: V1,
        to: () => ({ ...V1, protectConfigurationId: first }),
        mutatingCalls: ['AssociateProtectConfiguration'],
      });

      shared.testInPlaceUpdate(c, {
        title: 'another protect configuration replaces the first with one AssociateProtectConfiguration',
        from: () => ({ ...V1, protectConfigurationId: first }),
        to: () => ({ ...V1, protectConfigurationId: second }),
        mutatingCalls: ['AssociateProtectConfiguration'],
      });

      shared.testInPlaceUpdate(c, {
        title: 'removing the protect configuration disassociates the one the stack associated',
        from: () => ({ ...V1, protectConfigurationId: first }),
        to: V1,
        mutatingCalls: ['DisassociateProtectConfiguration'],
        then: async ({ mark }) => expect(bed().callsSince(mark).filter(call => call.action === 'DisassociateProtectConfiguration').map(call => call.input))
          .toEqual([{ ConfigurationSetName: 'orders', ProtectConfigurationId: first }]),
      });

      test('X5 a protect configuration associated outside the stack is kept when the stack never declared one', async () => {
        // GIVEN
        const physicalId = await deployed(V1);
        await bed().client.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'orders', ProtectConfigurationId: second }));

        // WHEN
        const mark = bed().mark();
        const result = await update(physicalId, V2, V1);

        // THEN
        expect(result.status).toBe('SUCCESS');
        expect(bed().mutatingCallsSince(mark)).not.toContain('DisassociateProtectConfiguration');
        expect(await readBack(bed().client, 'orders')).toEqual({ ...expectedView(V2), protectConfigurationId: second });
      });
    });

    shared.testSameUpdateTwice(c, { from: V1, to: V2 });

    shared.testWithoutSchemaVersion(c, { from: V1, to: V2 });

    shared.testNoOpUpdate(c, {
      title: 'an update whose decoded properties equal the actual state makes zero mutating calls',
      options: V2,
      same: { ...V2, eventDestinations: [...V2.eventDestinations!].reverse().map(d => ({ ...d, eventTypes: [...d.eventTypes].reverse() })) },
      reads: ['DescribeConfigurationSets'],
    });
  });

  describe('Delete', () => {
    shared.testSecondDelete(c, FULL);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [
        ['the RequestId default', '6f2a9d1e-3b4c-4d5e-8f90-a1b2c3d4e5f6'],
        ['an ARN of another resource type', 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-0123456789abcdef'],
      ],
      options: { name: 'orders' },
      deployFirst: true,
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement removes only what the physical id names, though the properties describe the new set',
      from: { name: 'orders', tags: { team: 'payments' } },
      to: { name: 'orders-v2' },
      deleteAction: 'DeleteConfigurationSet',
      newId: `${ARN_PREFIX}orders-v2`,
      then: calls => expect(calls.filter(call => call.action === 'DeleteConfigurationSet').map(call => call.input)).toEqual([{ ConfigurationSetName: 'orders' }]),
    });

    // D4 does not apply: a configuration set has no deletion protection.
    // The retained Delete (X5) does not apply: RETAIN is the stack's DeletionPolicy here, so no Delete reaches the handler.

    shared.testDeleteOfNeverCreated(c, {
      what: 'configuration set ARN that was never created',
      physicalId: `${ARN_PREFIX}never-created`,
      options: { name: 'never-created' },
    });

    test('D7 Delete of an ARN from another account never deletes the set of the same name here', async () => {
      // GIVEN
      await deployed({ name: 'orders' });

      // WHEN
      const result = await remove('arn:aws:sms-voice:us-east-1:999999999999:configuration-set/orders', { name: 'orders' });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(await readBack(bed().client, 'orders')).toBeDefined();
    });
  });

  describe('Cross-cutting', () => {
    test('X1 onEvent makes one call, and isComplete one read before its plan and none after it', async () => {
      // WHEN
      const event = events.create(configurationSetProperties(FULL));
      let mark = bed().mark();
      const response = await bed().handlers.onEvent(event);
      const onEventCalls = bed().callsSince(mark).map(call => call.action);
      mark = bed().mark();
      const complete = await bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! });
      const isCompleteCalls = bed().callsSince(mark).map(call => call.action);

      // THEN
      expect(onEventCalls).toEqual(['CreateConfigurationSet']);
      expect(complete.IsComplete).toBe(true);
      expect(isCompleteCalls[0]).toBe('DescribeConfigurationSets');
      expect(isCompleteCalls.slice(1).length).toBeGreaterThan(0);
      expect(isCompleteCalls.slice(1).filter(action => !MUTATING(action))).toEqual([]);
    });

    test('X1 isComplete starts no call after its deadline, answers "not complete", and the next poll goes on', async () => {
      // GIVEN a set created, and an isComplete whose deadline has passed
      const event = events.create(configurationSetProperties(FULL));
      const response = await bed().handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! };
      const late = handlersFor(bed().client, [], Date.now() - 1);

      // WHEN
      const mark = bed().mark();
      const answer = await late.isComplete(pollEvent);

      // THEN
      expect(answer).toEqual({ IsComplete: false });
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await bed().handlers.isComplete(pollEvent)).toMatchObject({ IsComplete: true });
      expect(await readBack(bed().client, 'orders')).toEqual(expectedView(FULL));
    });

    test('X2 a long failure reason is cut so the response stays under 4096 bytes', async () => {
      // WHEN forty invalid destinations, each with a long name
      const eventDestinations = Array.from({ length: 40 }, (_, i) => ({ name: `destination-with-a-rather-long-name-${i}-${'x'.repeat(20)}`, eventTypes: ['TEXT_SENT'] }));
      const result = await bed().run(events.create(configurationSetProperties({ name: 'orders', eventDestinations })));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain('(truncated, see the logs)');
      expect(Buffer.byteLength(result.reason.split('\n')[0])).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
      shared.expectSmallResponse(result);
    });

    shared.testConvergesUnderFaults(c, {
      created: FULL,
      updated: {
        ...FULL,
        eventDestinations: [
          { name: 'audit', eventTypes: ['TEXT_ALL'], target: 'logs' },
          { name: 'fresh', eventTypes: ['VOICE_ALL'], target: 'sns' },
        ],
      },
      deleted: FULL,
      createAction: 'CreateConfigurationSet',
      then: (_calls, beforeDelete) => {
        expect(beforeDelete.filter(call => !call.ok).map(call => call.errorName)).toEqual(expect.arrayContaining(['InternalServerException', 'ThrottlingException']));
        const destinationCreates = beforeDelete.filter(call => call.ok && call.action === 'CreateEventDestination').map(call => call.input.EventDestinationName);
        expect(destinationCreates.sort()).toEqual(['alerts', 'archive', 'audit', 'fresh']);
        expect(beforeDelete.filter(call => !call.ok && call.errorName !== 'ThrottlingException' && call.errorName !== 'InternalServerException')).toEqual([]);
      },
    });

    test('X3 isComplete answers "not complete" instead of failing while the service keeps throttling', async () => {
      // GIVEN a client without retries, a created set, and a service that throttles every 4th call
      const noRetries = handlerClient(bed().emulator.endpoint, 0);
      const handlers = handlersFor(noRetries);
      const event = events.create(configurationSetProperties(FULL));
      const response = await handlers.onEvent(event);
      bed().emulator.configure({ faults: { throttleEveryNth: 4 } });

      // WHEN the framework polls
      const answers: boolean[] = [];
      while (!answers.includes(true) && answers.length < 30) {
        answers.push((await handlers.isComplete({ ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! })).IsComplete);
      }

      // THEN
      expect(answers.slice(0, -1)).toContain(false);
      expect(answers[answers.length - 1]).toBe(true);
      expect(bed().emulator.calls().filter(call => call.errorName === 'ThrottlingException').length).toBeGreaterThanOrEqual(answers.length - 1);
      bed().emulator.configure({ faults: {} });
      expect(await readBack(bed().client, 'orders')).toEqual(expectedView(FULL));
      noRetries.destroy();
    });

    test('X3 under the documented 1 request/second per action, the paced handler never throttles itself', async () => {
      // GIVEN
      bed().emulator.configure({ quotas: 'realistic' });
      const handlers = handlersFor(pacedPerAction(bed().client, CONTROL_PLANE_INTERVAL_MS));
      const options: ConfigurationSetOptions = { name: 'orders', eventDestinations: FULL.eventDestinations!.slice(0, 2) };

      // WHEN
      const result = await runProvider(handlers, events.create(configurationSetProperties(options)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
      const creates = bed().emulator.calls().filter(call => call.action === 'CreateEventDestination');
      expect(creates[1].at - creates[0].at).toBeGreaterThanOrEqual(CONTROL_PLANE_INTERVAL_MS);
      bed().emulator.configure({ quotas: 'off' });
      expect(await readBack(bed().client, 'orders')).toEqual(expectedView(options));
    });

    test('X4 string booleans are decoded before comparing: "false" is false', async () => {
      // GIVEN
      const options = { name: 'orders', messageFeedbackEnabled: false, eventDestinations: [{ name: 'a', eventTypes: ['ALL'], enabled: true }] };
      const physicalId = await deployed(options);
      const properties = configurationSetProperties(options);
      expect(properties.MessageFeedbackEnabled).toBe('false');

      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.update(physicalId, properties, properties));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    // the update drops every declared child and the sender id
    shared.testOutsideTagSurvives(c, {
      title: 'a destination and a tag added outside the stack survive an update that removes the declared ones and the default sender id',
      from: { name: 'orders', defaultSenderId: 'ORDERS', eventDestinations: [{ name: 'declared', eventTypes: ['ALL'] }], tags: { team: 'payments' } },
      to: { name: 'orders' },
      given: async () => {
        await bed().client.send(new CreateEventDestinationCommand({
          ConfigurationSetName: 'orders',
          EventDestinationName: 'theirs',
          MatchingEventTypes: ['ALL'],
          SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:theirs' },
          ClientToken: 'outside-the-stack',
        }));
      },
      then: async () => {
        const after = await readBack(bed().client, 'orders');
        expect(Object.keys(after!.eventDestinations)).toEqual(['theirs']);
        expect(after!.defaultSenderId).toBeUndefined();
      },
    });

    test('X5 a default sender id set outside the stack is kept when the stack never declared one', async () => {
      // GIVEN
      const physicalId = await deployed({ name: 'orders' });
      await bed().client.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: 'orders', SenderId: 'THEIRS' }));

      // WHEN
      const result = await update(physicalId, { name: 'orders', messageFeedbackEnabled: true }, { name: 'orders' });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect((await readBack(bed().client, 'orders'))!.defaultSenderId).toBe('THEIRS');
    });

    test('the logs hold every decision and never the ResponseURL', async () => {
      // WHEN
      const event = events.create(configurationSetProperties(FULL));
      await bed().run(event);

      // THEN
      const decisions = bed().logs.map(record => record.decision);
      expect(decisions).toEqual(expect.arrayContaining(['onEvent', 'created', 'isComplete', 'plan', 'call', 'isComplete returns']));
      expect(JSON.stringify(bed().logs)).not.toContain(event.ResponseURL);
      expect(bed().logs.find(record => record.decision === 'onEvent')).toMatchObject({ event: { RequestId: event.RequestId } });
    });
  });
});
