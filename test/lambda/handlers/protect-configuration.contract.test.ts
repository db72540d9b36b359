import {
  AssociateProtectConfigurationCommand,
  CreateConfigurationSetCommand,
  CreateProtectConfigurationCommand,
  DeleteProtectConfigurationCommand,
  DisassociateProtectConfigurationCommand,
  PutProtectConfigurationRuleSetNumberOverrideCommand,
  SetAccountDefaultProtectConfigurationCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { pacedPerAction } from '../../../lambda/sms-provider/pacing';
import { PREVIOUS_DEFAULT_TAG, PROTECT_CONFIGURATION } from '../../../src/wire/protect-configuration-properties';
import * as shared from '../support/contract';
import { CustomResourceEvents } from '../support/events';
import { idOf, readTags } from '../support/phone-numbers';
import {
  accountDefault,
  expectedProtectConfiguration,
  PROTECT_ARN_PREFIX,
  protectConfigurationProperties,
  ProtectConfigurationOptions,
  ProtectConfigurationView,
  readProtectConfiguration,
} from '../support/protect-configurations';
import { runProvider } from '../support/provider';
import { handlersWithBudget, LogRecord } from '../support/test-bed';

const ID = /^protect-[0-9a-f]{32}$/;
const ARN = new RegExp(`^${PROTECT_ARN_PREFIX}protect-[0-9a-f]{32}$`);
const [N1, N2, N3] = ['+12065550100', '+12065550101', '+447700900123'];
const LATER = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '.000Z');

const FULL: ProtectConfigurationOptions = {
  sms: { countries: { US: 'ALLOW', CA: 'ALLOW' }, others: 'BLOCK' },
  voice: { countries: { RU: 'BLOCK' } },
  mms: { countries: { CA: 'BLOCK' } },
  overrides: [{ number: N1, action: 'BLOCK' }, { number: N3, action: 'ALLOW', expiresAt: LATER }],
  tags: { team: 'fraud', Name: 'otp' },
};

describe('Custom::SmsVoiceProtectConfiguration, against the emulator', () => {
  const c = shared.useContract<ProtectConfigurationOptions>({
    logicalResourceId: 'OtpProtectConfiguration5E6F7A8B',
    resourceType: PROTECT_CONFIGURATION.resourceType,
    properties: protectConfigurationProperties,
    read: readProtectConfiguration,
    expected: expectedProtectConfiguration,
    attributes: arn => ({ [PROTECT_CONFIGURATION.attributes.ID]: idOf(arn), [PROTECT_CONFIGURATION.attributes.ARN]: arn }),
    names: shared.namedIn('ProtectConfigurationId', 'ResourceArn'),
  });
  const { bed, events, deployed, update, remove } = c;
  const read = (arn: string) => readProtectConfiguration(bed().client, arn);
  const callsOf = (mark: number, action: string) => bed().callsSince(mark).filter(call => call.action === action).map(call => call.input);

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, reading back equals the input, and delete removes the protect configuration',
      options: FULL,
      physicalId: ARN,
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the create call, makes one protect configuration',
      options: FULL,
      createAction: 'CreateProtectConfiguration',
      // Each delivery that reaches isComplete puts the declared overrides again, without reading them: a put is idempotent.
      then: async ({ mark }) => expect(bed().mutatingCallsSince(mark).filter(action => action !== 'CreateProtectConfiguration').sort()).toEqual([
        ...Array(4).fill('PutProtectConfigurationRuleSetNumberOverride'),
        'UpdateProtectConfigurationCountryRuleSet', 'UpdateProtectConfigurationCountryRuleSet', 'UpdateProtectConfigurationCountryRuleSet',
      ]),
    });

    // The shared C3 (testCreateOfTakenName) does not apply: a protect configuration has no name to clash (its Name is a tag).
    test('C3 protect configurations have no name to clash: another stack\'s Create makes another one and never adopts this one', async () => {
      // GIVEN
      const mine = await deployed({ tags: { Name: 'otp' } });

      // WHEN
      const other = new CustomResourceEvents('OtherProtectConfiguration1A2B', PROTECT_CONFIGURATION.resourceType, 'other-app');
      const result = await bed().run(other.create(protectConfigurationProperties({ tags: { Name: 'otp' } })));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).not.toBe(mine);
      expect(await read(mine)).toEqual(expectedProtectConfiguration({ tags: { Name: 'otp' } }));
    });

    shared.testFailureAfterCreate(c, {
      title: 'a country rule set update that fails after the create reports the real physical id, so the rollback Delete removes it',
      denied: UpdateProtectConfigurationCountryRuleSetCommand,
      options: FULL,
      physicalId: ARN,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:UpdateProtectConfigurationCountryRuleSet\)/,
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with every declared country',
      lost: UpdateProtectConfigurationCountryRuleSetCommand,
      event: async () => events.create(protectConfigurationProperties({ sms: { countries: { RU: 'BLOCK' } } })),
      then: async result => expect(await read(result.physicalResourceId)).toEqual(expectedProtectConfiguration({ sms: { countries: { RU: 'BLOCK' } } })),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the messages the construct gives at synth time',
      options: {
        sms: { countries: { XX: 'BLOCK', us: 'ALLOW' }, others: 'DENY' },
        voice: { countries: { GB: 'FILTER' } },
        overrides: [{ number: '2065550100', action: 'BLOCK' }, { number: N1, action: 'ALLOW', expiresAt: 'tomorrow' }, { number: N1, action: 'ALLOW' }],
        tags: { [PREVIOUS_DEFAULT_TAG]: 'x' },
      },
      violations: [
        'countryRuleSets.sms: "XX" is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)',
        'countryRuleSets.sms: "us" must be two capital letters, an ISO 3166-1 alpha-2 country code such as US',
        'countryRuleSets.sms.otherCountries: "DENY" must be one of ALLOW, BLOCK, MONITOR, FILTER',
        'countryRuleSets.voice.GB: "FILTER" is not a status for VOICE: MONITOR and FILTER evaluate text messages only (allowed: ALLOW, BLOCK)',
        'numberOverrides: "+12065550100" must be unique, but appears more than once',
        'numberOverrides: "2065550100" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)',
        'expiresAt of number override \'+12065550100\': "tomorrow" must be an ISO 8601 UTC time such as 2030-01-31T00:00:00.000Z',
        'tag key: "sms-voice-cdk:previous-account-default" is the tag in which the SMS provider remembers the previous account default'
          + ' protect configuration; choose another tag key',
      ],
      prefix: 'Invalid protect configuration: ',
    });

    shared.testQuotaFailsAtOnce(c, {
      limits: { protectConfigurationsPerAccount: 0 },
      options: FULL,
      reason: /^ServiceQuotaExceededException PROTECT_CONFIGURATIONS_PER_ACCOUNT: a service quota was reached/,
      createAction: 'CreateProtectConfiguration',
    });
  });

  describe('Update', () => {
    const V1: ProtectConfigurationOptions = {
      sms: { countries: { RU: 'BLOCK', NG: 'FILTER' } },
      overrides: [{ number: N1, action: 'BLOCK' }, { number: N2, action: 'BLOCK' }],
      tags: { team: 'fraud' },
    };
    const V2: ProtectConfigurationOptions = {
      sms: { countries: { RU: 'BLOCK', BR: 'MONITOR' } },
      voice: { countries: { RU: 'BLOCK' } },
      overrides: [{ number: N2, action: 'ALLOW' }, { number: N3, action: 'BLOCK', expiresAt: LATER }],
      deletionProtection: false,
      tags: { team: 'risk' },
    };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update keeps the physical id, and changes only the countries, overrides and tags that differ',
      from: V1,
      to: V2,
      mutatingCalls: [
        'UpdateProtectConfigurationCountryRuleSet', 'UpdateProtectConfigurationCountryRuleSet',
        'PutProtectConfigurationRuleSetNumberOverride', 'PutProtectConfigurationRuleSetNumberOverride', 'DeleteProtectConfigurationRuleSetNumberOverride',
        'TagResource',
      ],
      then: ({ mark }) => expect(callsOf(mark, 'UpdateProtectConfigurationCountryRuleSet')).toEqual([
        expect.objectContaining({ NumberCapability: 'SMS', CountryRuleSetUpdates: { BR: { ProtectStatus: 'MONITOR' }, NG: { ProtectStatus: 'ALLOW' } } }),
        expect.objectContaining({ NumberCapability: 'VOICE', CountryRuleSetUpdates: { RU: { ProtectStatus: 'BLOCK' } } }),
      ]),
    });

    test('U1 changing one country\'s SMS status makes exactly one UpdateProtectConfigurationCountryRuleSet call, with that one country', async () => {
      // GIVEN
      const from: ProtectConfigurationOptions = { sms: { countries: { US: 'ALLOW', CA: 'ALLOW' }, others: 'BLOCK' }, voice: { countries: { RU: 'BLOCK' } } };
      const physicalId = await deployed(from);
      const to: ProtectConfigurationOptions = { ...from, sms: { countries: { US: 'ALLOW', CA: 'FILTER' }, others: 'BLOCK' } };

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, to, from);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['UpdateProtectConfigurationCountryRuleSet']);
      expect(callsOf(mark, 'UpdateProtectConfigurationCountryRuleSet')).toEqual([
        { ProtectConfigurationId: idOf(physicalId), NumberCapability: 'SMS', CountryRuleSetUpdates: { CA: { ProtectStatus: 'FILTER' } } },
      ]);
      expect(await read(physicalId)).toEqual(expectedProtectConfiguration(to));
    });

    test('U1 removing a country from the map puts back the service default, ALLOW; a country never listed is never touched', async () => {
      // GIVEN RU and NG blocked by the stack, and DE blocked outside it
      const physicalId = await deployed({ sms: { countries: { RU: 'BLOCK', NG: 'BLOCK' } } });
      await bed().client.send(new UpdateProtectConfigurationCountryRuleSetCommand({
        ProtectConfigurationId: idOf(physicalId), NumberCapability: 'SMS', CountryRuleSetUpdates: { DE: { ProtectStatus: 'BLOCK' } },
      }));

      // WHEN NG leaves the map
      const mark = bed().mark();
      const result = await update(physicalId, { sms: { countries: { RU: 'BLOCK' } } }, { sms: { countries: { RU: 'BLOCK', NG: 'BLOCK' } } });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(callsOf(mark, 'UpdateProtectConfigurationCountryRuleSet')).toEqual([expect.objectContaining({ CountryRuleSetUpdates: { NG: { ProtectStatus: 'ALLOW' } } })]);
      expect((await read(physicalId))!.sms).toEqual({ RU: 'BLOCK', DE: 'BLOCK' });
    });

    test('U1 an allow-list that stops being declared puts every country it blocked back to ALLOW, in one call', async () => {
      // GIVEN
      const physicalId = await deployed({ sms: { countries: { US: 'ALLOW' }, others: 'BLOCK' } });

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, {}, { sms: { countries: { US: 'ALLOW' }, others: 'BLOCK' } });

      // THEN
      expect(result.status).toBe('SUCCESS');
      const [call] = callsOf(mark, 'UpdateProtectConfigurationCountryRuleSet');
      expect(Object.keys(call.CountryRuleSetUpdates as object)).toHaveLength(248);
      expect(bed().mutatingCallsSince(mark)).toEqual(['UpdateProtectConfigurationCountryRuleSet']);
      expect((await read(physicalId))!.sms).toEqual({});
    });

    test('U2 nothing is create-only: a change of every property is made in place, with the same physical id', async () => {
      const physicalId = await deployed({});
      const result = await update(physicalId, { ...FULL, deletionProtection: true }, {});
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(physicalId);
      expect(bed().emulator.calls().filter(call => call.action === 'CreateProtectConfiguration')).toHaveLength(1);
      expect(await read(physicalId)).toEqual(expectedProtectConfiguration({ ...FULL, deletionProtection: true }));
      await update(physicalId, {}, { ...FULL, deletionProtection: true });
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a protect configuration deleted out of band fails with not found and creates nothing',
      from: V1,
      to: V2,
      removeOutOfBand: physicalId => bed().client.send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId: idOf(physicalId) })),
      reason: physicalId => new RegExp(`^ResourceNotFoundException: protect configuration '${idOf(physicalId)}' was not found;`),
    });

    // the forward update's second PutProtectConfigurationRuleSetNumberOverride (N3's put, after N2's change) is denied, before N1's delete
    shared.testRollbackAfterHalfApplied(c, {
      from: V1,
      denied: { command: PutProtectConfigurationRuleSetNumberOverrideCommand, nth: 2 },
      forward: V2,
      halfApplied: view => expect((view as ProtectConfigurationView).overrides).toEqual({ [N1]: 'BLOCK', [N2]: 'ALLOW' }),
    });

    // Not the shared U5: the overrides are never read, so a second delivery of the event repeats its puts and deletes, which are idempotent.
    test('U5 the same Update applied twice makes only its idempotent override calls again, and nothing else', async () => {
      // GIVEN
      const physicalId = await deployed(V1);
      const event = events.update(physicalId, protectConfigurationProperties(V2), protectConfigurationProperties(V1));
      expect((await bed().run(event)).status).toBe('SUCCESS');

      // WHEN
      const mark = bed().mark();
      const again = await bed().run(event);

      // THEN
      expect(again).toMatchObject({ status: 'SUCCESS', physicalResourceId: physicalId });
      expect(bed().mutatingCallsSince(mark)).toEqual([
        'PutProtectConfigurationRuleSetNumberOverride', 'PutProtectConfigurationRuleSetNumberOverride', 'DeleteProtectConfigurationRuleSetNumberOverride',
      ]);
      expect(await read(physicalId)).toEqual(expectedProtectConfiguration(V2));
    });

    shared.testWithoutSchemaVersion(c, { from: V1, to: V2 });

    shared.testNoOpUpdate(c, {
      title: 'an update whose decoded properties equal the actual state (overrides and countries in another order) makes zero mutating calls',
      options: V2,
      same: { ...V2, sms: { countries: { BR: 'MONITOR', RU: 'BLOCK' } }, overrides: [...V2.overrides!].reverse() },
      reads: ['DescribeProtectConfigurations', 'GetProtectConfigurationCountryRuleSet', 'GetProtectConfigurationCountryRuleSet'],
    });
  });

  describe('number overrides', () => {
    test('a declared override that has expired is not put back, and not removed', async () => {
      // GIVEN an override the service already removed at its expiry
      const past = new Date(Date.now() - 60_000).toISOString();
      const physicalId = await deployed({ overrides: [{ number: N2, action: 'BLOCK' }] });

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, { overrides: [{ number: N1, action: 'BLOCK', expiresAt: past }, { number: N2, action: 'BLOCK' }] },
        { overrides: [{ number: N2, action: 'BLOCK' }] });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(bed().logs.find(log => log.decision.startsWith('not put back'))).toMatchObject({ numbers: [N1] });
    });

    test('an override put outside the stack is never removed', async () => {
      const physicalId = await deployed({ overrides: [{ number: N1, action: 'BLOCK' }] });
      await bed().client.send(new PutProtectConfigurationRuleSetNumberOverrideCommand({ ProtectConfigurationId: idOf(physicalId), DestinationPhoneNumber: N3, Action: 'ALLOW' }));

      const result = await update(physicalId, {}, { overrides: [{ number: N1, action: 'BLOCK' }] });

      expect(result.status).toBe('SUCCESS');
      expect((await read(physicalId))!.overrides).toEqual({ [N3]: 'ALLOW' });
    });

    test('X1 a large set of overrides is put in batches across polls, each stopping at its deadline, each override once, none read', async () => {
      // GIVEN 150 overrides (two pages, were they read), 10 ms between puts, and 400 ms per poll
      const paced = pacedPerAction(bed().client, 10);
      const logs: LogRecord[] = [];
      const overrides = Array.from({ length: 150 }, (_, i) => ({ number: `+1206555${String(1000 + i)}`, action: 'BLOCK' as const }));

      // WHEN
      const result = await runProvider(handlersWithBudget(paced, 400, logs), events.create(protectConfigurationProperties({ overrides })), 60);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.polls).toBeGreaterThan(2);
      expect(logs.filter(log => log.decision === 'not complete yet: out of time for this poll').length).toBeGreaterThan(1);
      const calls = bed().emulator.calls();
      expect(calls.filter(call => call.action === 'PutProtectConfigurationRuleSetNumberOverride').map(call => call.input.DestinationPhoneNumber))
        .toEqual(overrides.map(o => o.number));
      expect(calls.filter(call => call.action === 'ListProtectConfigurationRuleSetNumberOverrides')).toEqual([]);
      expect(await read(result.physicalResourceId)).toEqual(expectedProtectConfiguration({ overrides }));
    });
  });

  describe('the account default', () => {
    const otherStack = (name: string) => new CustomResourceEvents(`${name}ProtectConfiguration1A2B`, PROTECT_CONFIGURATION.resourceType, `${name}-app`);
    const createDefault = async (events_: CustomResourceEvents, options: ProtectConfigurationOptions = {}) => {
      const result = await bed().run(events_.create(protectConfigurationProperties({ ...options, accountDefault: true })));
      expect(result.status).toBe('SUCCESS');
      return result.physicalResourceId;
    };
    const outsideOne = async () => (await bed().client.send(new CreateProtectConfigurationCommand({}))).ProtectConfigurationId!;

    test('accountDefault makes it the default, remembering the one it replaced in its own tag, after its rules are in place', async () => {
      // GIVEN a default set outside the stack
      const previous = await outsideOne();
      await bed().client.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: previous }));

      // WHEN
      const mark = bed().mark();
      const physicalId = await deployed({ sms: { countries: { RU: 'BLOCK' } }, accountDefault: true });

      // THEN
      expect(await accountDefault(bed().client)).toBe(idOf(physicalId));
      expect((await readTags(bed().client, physicalId))[PREVIOUS_DEFAULT_TAG]).toBe(previous);
      expect(bed().mutatingCallsSince(mark)).toEqual(['CreateProtectConfiguration', 'UpdateProtectConfigurationCountryRuleSet', 'TagResource',
        'SetAccountDefaultProtectConfiguration']);
    });

    test('turning it off restores the default it replaced; with none before, DeleteAccountDefaultProtectConfiguration', async () => {
      // GIVEN
      const previous = await outsideOne();
      await bed().client.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: previous }));
      const physicalId = await deployed({ accountDefault: true });
      const alone = await createDefault(otherStack('Alone'));
      expect(await accountDefault(bed().client)).toBe(idOf(alone));

      // WHEN the later one (which replaced the first) is turned off
      const off = await bed().run(otherStack('Alone').update(alone, protectConfigurationProperties({}), protectConfigurationProperties({ accountDefault: true })));

      // THEN the first is the default again
      expect(off.status).toBe('SUCCESS');
      expect(await accountDefault(bed().client)).toBe(idOf(physicalId));

      // WHEN the first is turned off
      const mark = bed().mark();
      expect((await update(physicalId, {}, { accountDefault: true })).status).toBe('SUCCESS');

      // THEN the one set outside the stack is the default again
      expect(await accountDefault(bed().client)).toBe(previous);
      expect(bed().mutatingCallsSince(mark)).toEqual(['SetAccountDefaultProtectConfiguration']);
    });

    test('turning it off with no default before it leaves the account with none', async () => {
      const physicalId = await deployed({ accountDefault: true });
      const mark = bed().mark();
      expect((await update(physicalId, {}, { accountDefault: true })).status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['DeleteAccountDefaultProtectConfiguration']);
      expect(await accountDefault(bed().client)).toBeUndefined();
    });

    test('a remembered default that no longer exists is not restored: the account has none', async () => {
      const previous = await outsideOne();
      await bed().client.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: previous }));
      const physicalId = await deployed({ accountDefault: true });
      await bed().client.send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId: previous }));

      expect((await update(physicalId, {}, { accountDefault: true })).status).toBe('SUCCESS');

      expect(await accountDefault(bed().client)).toBeUndefined();
    });

    test('a default that another protect configuration took over is left alone when this one is turned off or deleted', async () => {
      // GIVEN
      const physicalId = await deployed({ accountDefault: true });
      const other = await outsideOne();
      await bed().client.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: other }));

      // WHEN
      const mark = bed().mark();
      const off = await update(physicalId, {}, { accountDefault: true });
      const deleted = await remove(physicalId, {});

      // THEN
      expect([off.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS']);
      expect(bed().mutatingCallsSince(mark)).toEqual(['DeleteProtectConfiguration']);
      expect(await accountDefault(bed().client)).toBe(other);
    });

    test('deleting the default restores the previous one first, then deletes it', async () => {
      // GIVEN
      const previous = await outsideOne();
      await bed().client.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: previous }));
      const physicalId = await deployed({ accountDefault: true });

      // WHEN
      const mark = bed().mark();
      const result = await remove(physicalId, { accountDefault: true });

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['SetAccountDefaultProtectConfiguration', 'DeleteProtectConfiguration']);
      expect(callsOf(mark, 'SetAccountDefaultProtectConfiguration')).toEqual([{ ProtectConfigurationId: previous }]);
      expect(await accountDefault(bed().client)).toBe(previous);
      expect(await read(physicalId)).toBeUndefined();
    });

    test('replacing a default protect configuration with a new one never leaves the account without a default', async () => {
      // GIVEN the app's default protect configuration
      const oldStack = otherStack('Old');
      const oldId = await createDefault(oldStack, { sms: { countries: { US: 'ALLOW' }, others: 'BLOCK' } });

      // WHEN the app replaces it: CloudFormation creates the new one, then deletes the removed one in cleanup
      const mark = bed().mark();
      const newId = await createDefault(otherStack('New'), { sms: { countries: { US: 'ALLOW', CA: 'ALLOW' }, others: 'BLOCK' } });
      const cleanup = await bed().run(oldStack.delete(oldId, protectConfigurationProperties({ accountDefault: true })));

      // THEN at every call the account had a default, and it was never one without its rules
      expect(cleanup.status).toBe('SUCCESS');
      const calls = bed().callsSince(mark).filter(call => call.ok && !/^(Describe|Get|List)/.test(call.action));
      expect(calls.map(call => call.action)).toEqual(['CreateProtectConfiguration', 'UpdateProtectConfigurationCountryRuleSet', 'TagResource',
        'SetAccountDefaultProtectConfiguration', 'DeleteProtectConfiguration']);
      expect(calls.some(call => call.action === 'DeleteAccountDefaultProtectConfiguration')).toBe(false);
      expect(calls[3].input).toEqual({ ProtectConfigurationId: idOf(newId) });
      expect(calls[4].input).toEqual({ ProtectConfigurationId: idOf(oldId) });
      expect(await accountDefault(bed().client)).toBe(idOf(newId));
      expect((await readTags(bed().client, newId))[PREVIOUS_DEFAULT_TAG]).toBe(idOf(oldId));
    });

    test('the same replacement with the old one turned off instead: the new one is the default throughout', async () => {
      const oldStack = otherStack('Old');
      const oldId = await createDefault(oldStack);
      const mark = bed().mark();
      const newId = await createDefault(otherStack('New'));
      const turnOff = oldStack.update(oldId, protectConfigurationProperties({}), protectConfigurationProperties({ accountDefault: true }));
      const off = await bed().run(turnOff);

      expect(off.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['CreateProtectConfiguration', 'TagResource', 'SetAccountDefaultProtectConfiguration']);
      expect(await accountDefault(bed().client)).toBe(idOf(newId));
    });

    test('Delete of a default the stack did not make the default fails clearly, and changes nothing', async () => {
      const physicalId = await deployed({});
      await bed().client.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: idOf(physicalId) }));

      const mark = bed().mark();
      const result = await remove(physicalId, {});

      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain(`ConflictException PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT: protect configuration '${idOf(physicalId)}' is the account's default`
        + ' protect configuration, and this stack did not make it so (accountDefault is false); make another protect configuration the account default first');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(await accountDefault(bed().client)).toBe(idOf(physicalId));
    });
  });

  describe('Delete', () => {
    shared.testSecondDelete(c, FULL);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['an ARN of another resource type', 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/otp']],
      options: {},
    });

    // D3 (testDeleteAfterReplacement) does not apply: nothing is create-only, so there is never a replacement (see U2).

    shared.testProtectedDelete(c, {
      title: 'a protected protect configuration fails to delete with a message naming deletionProtection, and is never unprotected',
      options: { deletionProtection: true },
      reason: physicalId => new RegExp(`^ConflictException DELETION_PROTECTION_ENABLED: protect configuration '${idOf(physicalId)}' has deletion`
        + ' protection enabled; set deletionProtection to false and deploy'),
    });

    test('D5 a protect configuration still associated with a configuration set is retried, and deleted once it is free', async () => {
      // GIVEN
      const physicalId = await deployed({});
      await bed().client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'otp' }));
      await bed().client.send(new AssociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: idOf(physicalId) }));
      const event = events.delete(physicalId, protectConfigurationProperties({}));

      // WHEN
      const response = await bed().handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: physicalId };
      const first = await bed().handlers.isComplete(pollEvent);
      await bed().client.send(new DisassociateProtectConfigurationCommand({ ConfigurationSetName: 'otp', ProtectConfigurationId: idOf(physicalId) }));
      const second = await bed().handlers.isComplete(pollEvent);

      // THEN
      expect([first.IsComplete, second.IsComplete]).toEqual([false, true]);
      expect(bed().logs.find(log => log.decision === 'not removable yet: retrying')).toMatchObject({
        reason: `protect configuration '${idOf(physicalId)}' is still associated with a configuration set, and DeleteProtectConfiguration fails while it is;`
          + ' give the configuration set another protect configuration (or none) first',
      });
      expect(await read(physicalId)).toBeUndefined();
    });

    shared.testDeleteOfNeverCreated(c, {
      what: 'protect configuration ARN that was never created',
      physicalId: `${PROTECT_ARN_PREFIX}protect-0123456789abcdef0123456789abcdef`,
      options: {},
    });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, {
      created: FULL,
      updated: { sms: { countries: { RU: 'BLOCK' } }, overrides: [{ number: N2, action: 'ALLOW' }] },
      deleted: { sms: { countries: { RU: 'BLOCK' } }, overrides: [{ number: N2, action: 'ALLOW' }] },
      createAction: 'CreateProtectConfiguration',
    });

    shared.testOutsideTagSurvives(c, { from: { tags: { team: 'fraud' } }, to: {} });

    test('X4 string booleans are decoded: "false" deletion protection and account default make no call', async () => {
      const physicalId = await deployed({ deletionProtection: true });
      const mark = bed().mark();
      const result = await update(physicalId, { deletionProtection: true }, { deletionProtection: true });
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(ID.test(idOf(physicalId))).toBe(true);
      await update(physicalId, {}, { deletionProtection: true });
    });
  });
});
