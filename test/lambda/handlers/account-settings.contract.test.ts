import {
  DeleteTextMessageSpendLimitOverrideCommand,
  SetTextMessageSpendLimitOverrideCommand,
  SetVoiceMessageSpendLimitOverrideCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { ResponseData } from '../../../lambda/sms-provider/events';
import { ACCOUNT_SETTINGS } from '../../../src/wire/account-settings-properties';
import {
  ACCOUNT_SETTINGS_ID,
  accountSettingsProperties,
  AccountSettingsOptions,
  enforcedLimits,
  expectedOverrides,
  readOverrides,
} from '../support/account-settings';
import { interceptingClient, onFirst } from '../support/clients';
import * as shared from '../support/contract';
import { CREATE_FAILED_MARKER, CustomResourceEvents } from '../support/events';
import { runProvider } from '../support/provider';
import { handlerClient, handlersFor } from '../support/test-bed';

const FULL: AccountSettingsOptions = { text: 5, voice: 2, media: 3 };
/** The MaxLimit of every spend limit in these tests, but where a test says otherwise. */
const MAX = 100;
const RAISED = { textMessageMonthlySpendLimit: MAX, voiceMessageMonthlySpendLimit: MAX, mediaMessageMonthlySpendLimit: MAX };

/** Every attribute, each a whole number of US dollars: the values depend on the test, and the tests that care check them. */
const EVERY_ATTRIBUTE = Object.fromEntries(Object.values(ACCOUNT_SETTINGS.attributes)
  .map(name => [name, expect.stringMatching(/^\d+$/)])) as unknown as ResponseData;

const ABOVE_MAXIMUM = 'Only AWS raises the maximum: request an increase of your monthly SMS, MMS or voice spending quota in the AWS Support Center'
  + ' (https://docs.aws.amazon.com/sms-voice/latest/userguide/awssupport-spend-threshold.html), or declare a limit within the maximum';

describe('Custom::SmsVoiceAccountSettings, against the emulator', () => {
  const c = shared.useContract<AccountSettingsOptions>({
    logicalResourceId: 'SpendLimits1A2B3C4D',
    resourceType: ACCOUNT_SETTINGS.resourceType,
    properties: accountSettingsProperties,
    read: (client, physicalId) => physicalId === ACCOUNT_SETTINGS_ID ? readOverrides(client) : Promise.resolve(undefined),
    expected: expectedOverrides,
    attributes: () => EVERY_ATTRIBUTE,
    // Every spend-limit call acts on the account settings of the caller's account and region.
    names: physicalId => physicalId === ACCOUNT_SETTINGS_ID,
  });
  const { bed, events, deployed, update, remove } = c;
  const read = () => readOverrides(bed().client);

  beforeEach(() => bed().emulator.configure({ limits: RAISED }));

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the id of the account\'s settings in its region and the enforced limits; delete deletes the overrides',
      options: FULL,
      physicalId: ACCOUNT_SETTINGS_ID,
      created: result => expect(result.data).toEqual(enforcedLimits(5, 2, 3)),
      then: async () => expect(bed().emulator.calls().map(call => call.action).filter(action => action.startsWith('Delete')).sort())
        .toEqual(['DeleteMediaMessageSpendLimitOverride', 'DeleteTextMessageSpendLimitOverride', 'DeleteVoiceMessageSpendLimitOverride']),
    });

    test('C1 a limit it does not declare is reported as the service enforces it', async () => {
      bed().emulator.configure({ limits: { voiceMessageMonthlySpendLimit: 20 } });
      const result = await bed().run(events.create(accountSettingsProperties({ text: 5 })));
      expect(result.status).toBe('SUCCESS');
      expect(result.data).toEqual(enforcedLimits(5, 20, MAX));
      expect(await read()).toEqual({ text: 5 });
    });

    // There is no create call, so no ClientToken: each delivery reconciles from what the service has.
    test('C2 the same Create delivered three times, once after a crash right after onEvent, sets each override once', async () => {
      // GIVEN a first delivery that crashed after onEvent returned
      const event = events.create(accountSettingsProperties(FULL));
      const crashed = await bed().handlers.onEvent(event);

      // WHEN CloudFormation delivers the same event twice more
      const second = await bed().run(event);
      const third = await bed().run(event);

      // THEN
      expect([second.status, third.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(new Set([crashed.PhysicalResourceId, second.physicalResourceId, third.physicalResourceId])).toEqual(new Set([ACCOUNT_SETTINGS_ID]));
      expect(bed().mutatingCallsSince(0)).toEqual([
        'SetTextMessageSpendLimitOverride', 'SetVoiceMessageSpendLimitOverride', 'SetMediaMessageSpendLimitOverride',
      ]);
      expect(await read()).toEqual(expectedOverrides(FULL));
    });

    // Account settings have no name: the synth check (one AccountSettings per account and region in an app)
    // is what keeps two apart. Another app's Create takes the settings as they are and sets its own limits.
    test('C3 account settings have no name to clash: a second Create from another stack gets the same id and sets its limits', async () => {
      // GIVEN
      await deployed(FULL);

      // WHEN
      const other = new CustomResourceEvents('OtherSpendLimits', ACCOUNT_SETTINGS.resourceType, 'other-app');
      const mark = bed().mark();
      const result = await bed().run(other.create(accountSettingsProperties({ text: 7 })));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(ACCOUNT_SETTINGS_ID);
      expect(bed().mutatingCallsSince(mark)).toEqual(['SetTextMessageSpendLimitOverride']);
      expect(await read()).toEqual({ text: 7, voice: 2, media: 3 });
    });

    shared.testFailureAfterCreate(c, {
      title: 'a SetVoiceMessageSpendLimitOverride that fails reports the real physical id, so the rollback Delete deletes what was set',
      denied: SetVoiceMessageSpendLimitOverrideCommand,
      options: FULL,
      physicalId: ACCOUNT_SETTINGS_ID,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:SetVoiceMessageSpendLimitOverride\)/,
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with every declared override',
      lost: SetTextMessageSpendLimitOverrideCommand,
      readsAfter: ['DescribeSpendLimits'],
      event: async () => events.create(accountSettingsProperties(FULL)),
      then: async () => expect(await read()).toEqual(expectedOverrides(FULL)),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL });

    shared.testInvalidFailsFast(c, {
      title: 'invalid limits fail fast, before any call, with the messages the construct gives at synth time',
      options: { text: 2.5, voice: -1, media: 1_000_000_001 },
      violations: [
        'textMessageMonthlySpendLimit: 2.5 must be a whole number of US dollars from 0 to 1000000000',
        'voiceMessageMonthlySpendLimit: -1 must be a whole number of US dollars from 0 to 1000000000',
        'mediaMessageMonthlySpendLimit: 1000000001 must be a whole number of US dollars from 0 to 1000000000',
      ],
      prefix: 'Invalid account settings: ',
    });

    shared.testInvalidFailsFast(c, {
      title: 'account settings that declare no limit fail fast: they would manage nothing',
      options: {},
      violations: ['at least one of textMessageMonthlySpendLimit, voiceMessageMonthlySpendLimit and mediaMessageMonthlySpendLimit must be set'],
      prefix: 'Invalid account settings: ',
    });

    test('C6 a limit above the account\'s MaxLimit fails in onEvent, before any change, saying the limit, the maximum and how to raise it', async () => {
      // GIVEN a new account's media limit: at most 1 US dollar
      bed().emulator.configure({ limits: { mediaMessageMonthlySpendLimit: 1 } });

      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(accountSettingsProperties({ text: 5, media: 50 })));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
      expect(result.reason.split('\n')[0]).toBe('mediaMessageMonthlySpendLimit 50 is above the account\'s maximum monthly spend for media messages'
        + ` in us-east-1, 1 US dollars (MaxLimit). ${ABOVE_MAXIMUM}`);
      expect(bed().callsSince(mark).map(call => call.action)).toEqual(['DescribeSpendLimits']);
      shared.expectSmallResponse(result);
    });

    test('C6 a MaxLimit lowered between onEvent and isComplete fails the same way, with no call', async () => {
      // GIVEN onEvent under a MaxLimit of 100
      const event = events.create(accountSettingsProperties({ text: 50 }));
      const response = await bed().handlers.onEvent(event);

      // WHEN the maximum falls to 10 before isComplete
      bed().emulator.configure({ limits: { textMessageMonthlySpendLimit: 10 } });
      const mark = bed().mark();
      const completing = bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! });

      // THEN
      await expect(completing).rejects.toThrow('textMessageMonthlySpendLimit 50 is above the account\'s maximum monthly spend for text messages'
        + ` in us-east-1, 10 US dollars (MaxLimit). ${ABOVE_MAXIMUM}`);
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('C6 the service\'s own refusal of a limit above its MaxLimit says how to raise the maximum', async () => {
      // GIVEN a service whose MaxLimit fell after the read: it refuses the Set
      const refusal = new ValidationException({
        message: 'The requested spend limit is higher than the service limit',
        Reason: 'REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT',
        $metadata: {},
      });
      const real = handlerClient(bed().emulator.endpoint);

      // WHEN
      const handlers = handlersFor(interceptingClient(real, onFirst(SetTextMessageSpendLimitOverrideCommand, 1, () => Promise.reject(refusal))));
      const result = await runProvider(handlers, events.create(accountSettingsProperties({ text: 50 }))).finally(() => real.destroy());

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(ACCOUNT_SETTINGS_ID);
      expect(result.reason.split('\n')[0]).toBe('ValidationException REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT: the service rejected the request'
        + ` (The requested spend limit is higher than the service limit). ${ABOVE_MAXIMUM}`);
    });

    // testQuotaFailsAtOnce does not apply: spend-limit overrides count toward no quota. The MaxLimit
    // refusal above is the account-limit failure this type has.
  });

  describe('Update', () => {
    const V1: AccountSettingsOptions = { text: 5, voice: 2 };
    const V2: AccountSettingsOptions = { text: 8, media: 3 };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the id, sets what changed, and deletes the override of a limit no longer declared',
      from: V1,
      to: V2,
      mutatingCalls: ['SetTextMessageSpendLimitOverride', 'DeleteVoiceMessageSpendLimitOverride', 'SetMediaMessageSpendLimitOverride'],
    });

    shared.testInPlaceUpdate(c, {
      title: 'removing one limit from the properties deletes exactly its override',
      from: FULL,
      to: { text: 5, voice: 2 },
      mutatingCalls: ['DeleteMediaMessageSpendLimitOverride'],
    });

    test('U1 an update above the MaxLimit fails in onEvent and changes nothing', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      bed().emulator.configure({ limits: { voiceMessageMonthlySpendLimit: 10 } });

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { text: 6, voice: 11 }, V1);

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.physicalResourceId).toBe(physicalId);
      expect(result.reason.split('\n')[0]).toBe('voiceMessageMonthlySpendLimit 11 is above the account\'s maximum monthly spend for voice messages'
        + ` in us-east-1, 10 US dollars (MaxLimit). ${ABOVE_MAXIMUM}`);
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await read()).toEqual(expectedOverrides(V1));
    });

    // testReplacement (U2) does not apply: no property is create-only, and the physical id is the
    // account's and region's, so an update never makes new account settings.

    // testUpdateOfRemovedResource (U3) does not apply: account settings cannot be deleted. An override
    // deleted out of band is drift, set again:
    test('U3 an override deleted out of band is set again by the next update, which creates nothing else', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      await bed().client.send(new DeleteTextMessageSpendLimitOverrideCommand({}));

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, V1, V1);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(physicalId);
      expect(bed().mutatingCallsSince(mark)).toEqual(['SetTextMessageSpendLimitOverride']);
      expect(await read()).toEqual(expectedOverrides(V1));
    });

    // the forward update's SetVoiceMessageSpendLimitOverride is denied, after its text one
    shared.testRollbackAfterHalfApplied(c, {
      from: V1,
      denied: { command: SetVoiceMessageSpendLimitOverrideCommand },
      forward: { text: 8, voice: 4, media: 3 },
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:SetVoiceMessageSpendLimitOverride\)/,
      halfApplied: view => expect(view).toEqual({ text: 8, voice: 2 }),
    });

    shared.testSameUpdateTwice(c, { from: V1, to: V2 });

    // the update keeps to limits the old shape declared, so its Delete removes every override
    shared.testWithoutSchemaVersion(c, { from: V1, to: { text: 6 } });

    shared.testNoOpUpdate(c, {
      title: 'an update whose properties equal the actual state makes zero mutating calls',
      options: FULL,
      same: FULL,
      reads: ['DescribeSpendLimits', 'DescribeSpendLimits'],
    });

    test('U7 X4 limits delivered as numbers or as strings decode the same: an update between them makes zero mutating calls', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);
      const asNumbers = { SchemaVersion: '1', TextMessageMonthlySpendLimit: 5, VoiceMessageMonthlySpendLimit: 2, MediaMessageMonthlySpendLimit: 3 };

      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.update(physicalId, asNumbers, accountSettingsProperties(FULL)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(result.data).toEqual(enforcedLimits(5, 2, 3));
    });
  });

  describe('Delete', () => {
    shared.testSecondDelete(c, FULL);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [
        ['the account settings of another account', 'account-settings:210987654321:us-east-1'],
        ['the account settings of another region', 'account-settings:123456789012:eu-west-1'],
        ['an ARN of an SMS resource', 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef'],
      ],
      options: FULL,
      deployFirst: true,
    });

    // testDeleteAfterReplacement (D3) does not apply: account settings are never replaced (see U2).
    // testProtectedDelete (D4) does not apply: account settings have no deletion protection.

    shared.testDeleteOfNeverCreated(c, {
      what: 'this account\'s settings whose declared overrides were never set',
      physicalId: ACCOUNT_SETTINGS_ID,
      options: FULL,
    });

    test('D7 Delete deletes exactly the overrides its properties declare, and the service enforces the MaxLimit again', async () => {
      // GIVEN
      const physicalId = await deployed({ text: 5, voice: 2 });

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, { text: 5, voice: 2 });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['DeleteTextMessageSpendLimitOverride', 'DeleteVoiceMessageSpendLimitOverride']);
      expect(await read()).toBeUndefined();
      const again = await bed().run(events.create(accountSettingsProperties({ media: 1 })));
      expect(again.data).toEqual(enforcedLimits(MAX, MAX, 1));
    });
  });

  describe('cross-cutting', () => {
    shared.testConvergesUnderFaults(c, {
      created: { text: 5 },
      updated: { text: 5, voice: 2 },
      deleted: { text: 5, voice: 2 },
      createAction: 'SetTextMessageSpendLimitOverride',
    });

    // testOutsideTagSurvives does not apply: spend limits have no tags. What survives is an override
    // the stack never declared:
    test('X5 an override set outside the stack and never declared survives create, update and delete', async () => {
      // GIVEN
      await bed().client.send(new SetVoiceMessageSpendLimitOverrideCommand({ MonthlyLimit: 9 }));

      // WHEN
      const physicalId = await deployed({ text: 5 });
      const updated = await update(physicalId, { text: 6 }, { text: 5 });
      const deleted = await remove(physicalId, { text: 6 });

      // THEN
      expect([updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(bed().emulator.calls().map(call => call.action).filter(action => action.includes('Voice'))).toEqual(['SetVoiceMessageSpendLimitOverride']);
      expect(await read()).toEqual({ voice: 9 });
    });

    test('X5 Delete with properties that no longer decode deletes nothing, and says so', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);

      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.delete(physicalId, { SchemaVersion: '1', TextMessageMonthlySpendLimit: 'lots' }));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(bed().logs.map(log => log.decision)).toContain('removing nothing: the current properties do not decode');
      expect(await read()).toEqual(expectedOverrides(FULL));
    });

    // testRetainedDelete does not apply: RemovalPolicy.RETAIN is the stack's DeletionPolicy, so no Delete reaches the handler.
  });
});
