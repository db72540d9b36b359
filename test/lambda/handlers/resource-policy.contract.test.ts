import {
  CreateConfigurationSetCommand,
  CreatePoolCommand,
  DeleteOptOutListCommand,
  DeleteResourcePolicyCommand,
  GetResourcePolicyCommand,
  PutResourcePolicyCommand,
  RequestPhoneNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RESOURCE_POLICY } from '../../../src/wire/resource-policy-properties';
import { denied, interceptingClient } from '../support/clients';
import * as shared from '../support/contract';
import { CREATE_FAILED_MARKER, CustomResourceEvents } from '../support/events';
import { runProvider } from '../support/provider';
import {
  CONSUMER,
  createTargets,
  expectedResourcePolicy,
  LIST_ARN,
  policyText,
  readResourcePolicy,
  resourcePolicyProperties,
  ResourcePolicyOptions,
  SENDER_ARN,
} from '../support/resource-policies';
import { handlerClient, handlersFor } from '../support/test-bed';

const PARTNER = '111122223333';
const NEVER_CREATED_POOL = 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef';

/** A policy someone put outside the stack: it shares the list with an account the stack never named. */
const FOREIGN = policyText({ accounts: ['444455556666'] });

const SHARED_WITH_TWO: ResourcePolicyOptions = { accounts: [CONSUMER, PARTNER] };

describe('Custom::SmsVoiceResourcePolicy, against the emulator', () => {
  const c = shared.useContract<ResourcePolicyOptions>({
    logicalResourceId: 'OrdersListPolicy1A2B3C4D',
    resourceType: RESOURCE_POLICY.resourceType,
    properties: resourcePolicyProperties,
    read: readResourcePolicy,
    expected: expectedResourcePolicy,
    attributes: arn => ({ [RESOURCE_POLICY.attributes.ARN]: arn }),
    names: shared.namedIn('ResourceArn'),
  });
  const { bed, events, deployed, update, remove } = c;
  const read = (arn = LIST_ARN) => readResourcePolicy(bed().client, arn);
  const putOutOfBand = (Policy: string, ResourceArn = LIST_ARN) => bed().client.send(new PutResourcePolicyCommand({ ResourceArn, Policy }));

  beforeEach(() => createTargets(bed().client));

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the resource\'s ARN and every attribute, reading back equals the input, and delete removes the policy',
      options: {},
      physicalId: LIST_ARN,
      then: async () => expect(await bed().client.send(new GetResourcePolicyCommand({ ResourceArn: LIST_ARN }))).toMatchObject({ Policy: '{}' }),
    });

    test.each([
      ['phone number', async () => (await bed().client.send(new RequestPhoneNumberCommand({
        IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: 'LONG_CODE',
      }))).PhoneNumberArn!],
      ['pool', async () => {
        const { PhoneNumberId } = await bed().client.send(new RequestPhoneNumberCommand({
          IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: 'LONG_CODE',
        }));
        return (await bed().client.send(new CreatePoolCommand({ OriginationIdentity: PhoneNumberId, IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL' }))).PoolArn!;
      }],
      ['sender ID', async () => SENDER_ARN],
      ['opt-out list', async () => LIST_ARN],
    ])('C1 %s: a policy whose physical id is its ARN, and a Delete that removes only the policy', async (_kind, target) => {
      // GIVEN
      const resourceArn = await target();
      const options = { resourceArn, actions: ['sms-voice:SendTextMessage'] };

      // WHEN
      const created = await bed().run(events.create(resourcePolicyProperties(options)));

      // THEN
      expect(created).toMatchObject({ status: 'SUCCESS', physicalResourceId: resourceArn, data: { ResourceArn: resourceArn } });
      expect(await read(resourceArn)).toEqual(expectedResourcePolicy(options));

      // WHEN
      const mark = bed().mark();
      expect((await remove(resourceArn, options)).status).toBe('SUCCESS');

      // THEN the resource is still there, without a policy
      expect(bed().mutatingCallsSince(mark)).toEqual(['DeleteResourcePolicy']);
      expect(await bed().client.send(new GetResourcePolicyCommand({ ResourceArn: resourceArn }))).toMatchObject({ Policy: '{}' });
    });

    // The shared C2 case does not apply: PutResourcePolicy takes no ClientToken, and onEvent makes no mutating call.
    test('C2 the same Create delivered three times, once after a crash right after onEvent, puts one policy once', async () => {
      // GIVEN a first delivery that crashed after onEvent returned
      const event = events.create(resourcePolicyProperties({}));
      const crashed = await bed().handlers.onEvent(event);

      // WHEN CloudFormation delivers the same event twice more
      const second = await bed().run(event);
      const third = await bed().run(event);

      // THEN one physical id, one PutResourcePolicy, and the third delivery took the declared policy as its own
      expect([second.status, third.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(new Set([crashed.PhysicalResourceId, second.physicalResourceId, third.physicalResourceId])).toEqual(new Set([LIST_ARN]));
      expect(bed().emulator.calls().filter(call => call.action === 'PutResourcePolicy')).toHaveLength(1);
      expect(bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
      expect(await read()).toEqual(expectedResourcePolicy({}));
    });

    // The shared C3 case does not apply as such (no create call): its counterpart is a resource that already has a policy.
    test('C3 a Create on a resource that already has a policy this stack did not write fails at once, and never overwrites it', async () => {
      // GIVEN
      await putOutOfBand(FOREIGN);

      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(resourcePolicyProperties({})));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
      expect(result.reason.split('\n')[0]).toBe(`opt-out list '${LIST_ARN}' already has a resource policy that this stack did not write,`
        + ' and the provider never overwrites one. Either remove that policy (DeleteResourcePolicy) and deploy again, or declare its'
        + ' statements in this app (the ResourcePolicy\'s policyDocument, or addToResourcePolicy): a policy that says the same as the'
        + ' declared one is taken over');
      expect(bed().callsSince(mark).map(call => call.action)).toEqual(['GetResourcePolicy']);
      shared.expectSmallResponse(result);

      // AND the rollback Delete the framework answers by itself leaves the policy alone
      expect((await bed().run(events.delete(result.physicalResourceId, resourcePolicyProperties({})))).status).toBe('SUCCESS');
      expect(await read()).toEqual(JSON.parse(FOREIGN));
    });

    test('C3 another stack\'s policy on the same resource is refused the same way', async () => {
      // GIVEN
      await deployed({});

      // WHEN another stack declares another policy for the list
      const other = new CustomResourceEvents('OtherListPolicy', RESOURCE_POLICY.resourceType, 'other-app');
      const result = await bed().run(other.create(resourcePolicyProperties(SHARED_WITH_TWO)));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain('already has a resource policy that this stack did not write');
      expect(await read()).toEqual(expectedResourcePolicy({}));
    });

    test('C3 a resource whose policy says the same as the declared one (written otherwise) is taken over with no call', async () => {
      // GIVEN the statements of the app, put outside the stack in another order and layout
      const declared = expectedResourcePolicy(SHARED_WITH_TWO) as { Statement: unknown[] };
      await putOutOfBand(JSON.stringify({ Statement: [...declared.Statement].reverse(), Version: '2012-10-17' }, undefined, 2));

      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(resourcePolicyProperties(SHARED_WITH_TWO)));

      // THEN
      expect(result).toMatchObject({ status: 'SUCCESS', physicalResourceId: LIST_ARN });
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(bed().logs.map(log => log.decision)).toContain('the resource has the declared policy already');
    });

    shared.testFailureAfterCreate(c, {
      title: 'a PutResourcePolicy that fails reports the real physical id, and the rollback Delete succeeds',
      denied: PutResourcePolicyCommand,
      options: {},
      physicalId: LIST_ARN,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:PutResourcePolicy\)/,
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with the declared policy',
      lost: PutResourcePolicyCommand,
      event: async () => events.create(resourcePolicyProperties({})),
      then: async () => expect(await read()).toEqual(expectedResourcePolicy({})),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: SHARED_WITH_TWO });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the messages the construct gives at synth time',
      options: { resourceArn: 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders', policy: '{"Version":"2012-10-17"}' },
      violations: [
        'resource: "arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders" must be the ARN of a phone number, sender ID, pool'
          + ' or opt-out list: arn:<partition>:sms-voice:<region>:<account>:<phone-number|pool|opt-out-list>/<id>, or …:sender-id/<SenderId>/<country>',
        'policyDocument: "{\\"Version\\":\\"2012-10-17\\"}" must hold at least one statement (add them with addStatements, or with'
          + ' addToResourcePolicy on the resource)',
      ],
      prefix: 'Invalid resource policy: ',
    });

    shared.testInvalidFailsFast(c, {
      title: 'a policy longer than the service takes fails fast, with its length',
      options: { policy: `{"Statement":[{"Sid":"${'x'.repeat(10_000)}"}]}` },
      violations: [
        'policyDocument: "{\\"Statement\\":[{\\"Sid\\":\\"xxxxxxxxxxxxxxxxxx…" must be 1 to 10000 characters long as JSON text, but is 10026',
      ],
      prefix: 'Invalid resource policy: ',
    });

    shared.testInvalidFailsFast(c, {
      title: 'a policy that is not JSON fails fast with the parse error',
      options: { policy: '{"Statement": [' },
      violations: ['policyDocument: "{\\"Statement\\": [" must be a JSON policy document, but does not parse (Unexpected end of JSON input)'],
      prefix: 'Invalid resource policy: ',
    });

    test('C6 a Create for a resource that does not exist fails at once with not found, naming the resource', async () => {
      const result = await bed().run(events.create(resourcePolicyProperties({ resourceArn: NEVER_CREATED_POOL })));
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(new RegExp(`^ResourceNotFoundException: pool '${NEVER_CREATED_POOL}' was not found;`
        + ' it was deleted outside CloudFormation or never existed'));
    });

    // The shared C6 quota case does not apply: no quota limits resource policies.
  });

  describe('Update', () => {
    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the physical id and puts the new policy over the one the stack wrote',
      from: {},
      to: SHARED_WITH_TWO,
      mutatingCalls: ['PutResourcePolicy'],
    });

    test('U1 an update over a policy changed outside the stack fails, saying so, and leaves that policy', async () => {
      // GIVEN
      const physicalId = await deployed({});
      await putOutOfBand(FOREIGN);

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, SHARED_WITH_TWO, {});

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason.split('\n')[0]).toBe(`the resource policy of opt-out list '${LIST_ARN}' was changed outside the stack: it is no longer`
        + ' the one the stack wrote, and the provider never overwrites a policy it did not write. Declare the statements you want in this'
        + ' app so that they match the policy the resource has now (an update to the same policy makes no call), or put back the policy'
        + ' the stack wrote, then deploy again');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await read()).toEqual(JSON.parse(FOREIGN));
    });

    test('U1 an update that declares the policy changed outside the stack takes it over with no call', async () => {
      // GIVEN
      const physicalId = await deployed({});
      await putOutOfBand(FOREIGN);

      // WHEN the app declares what the resource has now
      const mark = bed().mark();
      const result = await update(physicalId, { policy: FOREIGN }, {});

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('C6 an update to invalid properties fails before any call, and leaves the policy as it was', async () => {
      // GIVEN
      const physicalId = await deployed({});

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { policy: '{"Version":"2012-10-17","Statement":[]}' }, {});

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason.split('\n')[0]).toBe('Invalid resource policy: policyDocument: "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}"'
        + ' must hold at least one statement (add them with addStatements, or with addToResourcePolicy on the resource)');
      expect(bed().callsSince(mark)).toEqual([]);
      expect(await read()).toEqual(expectedResourcePolicy({}));
    });

    shared.testReplacement(c, {
      title: 'another resource makes a new policy with a new physical id and never touches the old one',
      from: {},
      to: { resourceArn: SENDER_ARN },
      createAction: 'PutResourcePolicy',
      newId: SENDER_ARN,
      replaceReason: 'resource changed, and a policy belongs to one resource',
    });

    test('U2 a replacement onto a resource that has a policy this stack did not write fails, and touches neither policy', async () => {
      // GIVEN
      const physicalId = await deployed({});
      await putOutOfBand(FOREIGN, SENDER_ARN);

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { resourceArn: SENDER_ARN }, {});

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(LIST_ARN);
      expect(result.reason).toContain(`sender ID '${SENDER_ARN}' already has a resource policy that this stack did not write`);
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect([await read(), await read(SENDER_ARN)]).toEqual([expectedResourcePolicy({}), JSON.parse(FOREIGN)]);

      // AND the rollback (old and new swapped) keeps the old policy as it is
      const rollback = await update(physicalId, {}, { resourceArn: SENDER_ARN });
      expect(rollback).toMatchObject({ status: 'SUCCESS', physicalResourceId: LIST_ARN });
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a policy deleted out of band fails with not found and puts nothing',
      from: {},
      to: SHARED_WITH_TWO,
      removeOutOfBand: arn => bed().client.send(new DeleteResourcePolicyCommand({ ResourceArn: arn })),
      reason: arn => new RegExp(`^ResourceNotFoundException: resource policy '${arn}' was not found; it was deleted outside CloudFormation`),
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a policy whose resource was deleted out of band fails with not found, naming the resource',
      from: {},
      to: SHARED_WITH_TWO,
      removeOutOfBand: () => bed().client.send(new DeleteOptOutListCommand({ OptOutListName: 'orders' })),
      reason: arn => new RegExp(`^ResourceNotFoundException: opt-out list '${arn}' was not found; it was deleted outside CloudFormation`),
    });

    // The shared U4 case does not apply: an update is one PutResourcePolicy, so it cannot half-apply. Its rollbacks:
    test('U4 the rollback of an update whose PutResourcePolicy failed converges to the old policy with no call', async () => {
      // GIVEN a forward update that failed
      const physicalId = await deployed({});
      const forward = events.update(physicalId, resourcePolicyProperties(SHARED_WITH_TWO), resourcePolicyProperties({}));
      const real = handlerClient(bed().emulator.endpoint);
      try {
        expect((await runProvider(handlersFor(interceptingClient(real, denied(PutResourcePolicyCommand))), forward)).status).toBe('FAILED');
      } finally {
        real.destroy();
      }

      // WHEN CloudFormation rolls back: old and new swapped
      const mark = bed().mark();
      const rollback = await update(physicalId, {}, SHARED_WITH_TWO);

      // THEN the service has the old policy, which the rollback declares: nothing to do
      expect(rollback).toMatchObject({ status: 'SUCCESS', physicalResourceId: physicalId });
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await read()).toEqual(expectedResourcePolicy({}));
    });

    test('U4 the rollback of an update that was applied (another resource failed) puts the old policy back', async () => {
      // GIVEN
      const physicalId = await deployed({});
      expect((await update(physicalId, SHARED_WITH_TWO, {})).status).toBe('SUCCESS');

      // WHEN
      const rollback = await update(physicalId, {}, SHARED_WITH_TWO);

      // THEN
      expect(rollback.status).toBe('SUCCESS');
      expect(await read()).toEqual(expectedResourcePolicy({}));
    });

    shared.testSameUpdateTwice(c, { from: {}, to: SHARED_WITH_TWO });

    // The Delete of the shared case carries the old-shape properties, which must then declare the policy the service has:
    // the update changes the shape only.
    shared.testWithoutSchemaVersion(c, { from: SHARED_WITH_TWO, to: SHARED_WITH_TWO });

    shared.testNoOpUpdate(c, {
      title: 'an update whose policy says the same as the one on the service (keys, statements and lists written otherwise) makes zero'
        + ' mutating calls',
      options: SHARED_WITH_TWO,
      same: {
        policy: JSON.stringify({
          Statement: [PARTNER, CONSUMER].map(account => ({
            Resource: [LIST_ARN],
            Action: 'sms-voice:DescribeOptOutLists',
            Principal: { AWS: account },
            Effect: 'Allow',
            Sid: `Share${account}`,
          })),
          Version: '2012-10-17',
        }, undefined, 2),
      },
      reads: ['GetResourcePolicy'],
    });
  });

  describe('Delete', () => {
    shared.testSecondDelete(c, {});

    shared.testDeleteOfForeignIds(c, {
      otherIds: [
        ['an ARN of a resource that takes no policy', 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders'],
        ['an ARN of another service', 'arn:aws:sns:us-east-1:123456789012:orders'],
      ],
      options: {},
      deployFirst: true,
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement removes only the policy of the resource the physical id names',
      from: {},
      to: { resourceArn: SENDER_ARN },
      deleteAction: 'DeleteResourcePolicy',
      newId: SENDER_ARN,
      then: calls => {
        expect(calls.filter(call => call.action === 'DeleteResourcePolicy').map(call => call.input)).toEqual([{ ResourceArn: LIST_ARN }]);
        expect(bed().logs.map(log => log.decision)).toContain('deleting the policy without comparing it: the properties describe another'
          + ' resource, or do not decode, and this policy was written by this resource (Create refuses a resource that has one)');
      },
    });

    test('D3 Delete leaves a policy changed outside the stack, and says so in the log', async () => {
      // GIVEN
      const physicalId = await deployed({});
      await putOutOfBand(FOREIGN);

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, {});

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await read()).toEqual(JSON.parse(FOREIGN));
      expect(bed().logs.find(log => log.decision === 'kept: Delete leaves it as it is')).toMatchObject({
        reason: `the resource policy of ${LIST_ARN} was changed outside the stack, so it is no longer the one the stack wrote;`
          + ' remove it yourself if it should go',
      });
    });

    // D4 does not apply: a policy has no deletion protection. D5 and D6 do not apply: nothing depends on a policy, which has no status.

    shared.testDeleteOfNeverCreated(c, {
      what: 'policy of a pool that was never created',
      physicalId: NEVER_CREATED_POOL,
      options: { resourceArn: NEVER_CREATED_POOL },
    });

    test('D7 Delete of a policy whose resource was deleted out of band succeeds with reads only', async () => {
      const physicalId = await deployed({});
      await bed().client.send(new DeleteOptOutListCommand({ OptOutListName: 'orders' }));
      const mark = bed().mark();
      expect((await remove(physicalId, {})).status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });
  });

  describe('Cross-cutting', () => {
    // The shared X3 case counts the create call; a policy's create call (PutResourcePolicy) is its update call too.
    test('X3 under throttling and 500s, create, update and delete converge with one PutResourcePolicy each and no duplicates', async () => {
      // GIVEN
      bed().emulator.configure({ faults: { throttleEveryNth: 3, internalErrorEveryNth: 5 } });

      // WHEN
      const created = await bed().run(events.create(resourcePolicyProperties({})));
      const updated = await update(created.physicalResourceId, SHARED_WITH_TWO, {});
      const deleted = await remove(created.physicalResourceId, SHARED_WITH_TWO);

      // THEN
      expect([created.status, updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
      const calls = bed().emulator.calls();
      expect(['ThrottlingException', 'InternalServerException'].every(name => calls.some(call => call.errorName === name))).toBe(true);
      expect(calls.filter(call => call.ok && call.action === 'PutResourcePolicy').map(call => call.input.Policy))
        .toEqual([policyText({}), policyText(SHARED_WITH_TWO)]);
      expect(calls.filter(call => call.ok && call.action === 'DeleteResourcePolicy')).toHaveLength(1);
      bed().emulator.configure({ faults: {} });
      expect(await read()).toBeUndefined();
    });

    test('X5 the handler calls name only the policy: the resource, and what else it has, are never touched', async () => {
      // GIVEN
      await bed().client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
      const mark = bed().mark();

      // WHEN
      const physicalId = await deployed({});
      await update(physicalId, SHARED_WITH_TWO, {});
      await remove(physicalId, SHARED_WITH_TWO);

      // THEN
      expect(new Set(bed().callsSince(mark).map(call => call.action))).toEqual(new Set(['GetResourcePolicy', 'PutResourcePolicy', 'DeleteResourcePolicy']));
      expect(bed().callsSince(mark).every(call => call.input.ResourceArn === LIST_ARN)).toBe(true);
    });

    // X4 does not apply: a policy has no boolean or number property. Tags (X5's outside tag) do not apply: a policy has none.
  });
});
