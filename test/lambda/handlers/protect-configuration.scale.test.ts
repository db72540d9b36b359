import { PutProtectConfigurationRuleSetNumberOverrideCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { NUMBER_OVERRIDE_PROGRESS_TAG, PROTECT_CONFIGURATION } from '../../../src/wire/protect-configuration-properties';
import { RecordedCall } from '../../emulator';
import { CustomResourceEvents } from '../support/events';
import { idOf } from '../support/phone-numbers';
import {
  accountDefault,
  expectedProtectConfiguration,
  OverrideOptions,
  protectConfigurationProperties,
  readProtectConfiguration,
} from '../support/protect-configurations';
import { runProvider } from '../support/provider';
import { handlersWithBudget, LogRecord, useTestBed } from '../support/test-bed';

/** The i-th of many overrides, in the order the handler puts them. */
const NUMBER = (i: number) => `+1206${String(5_000_000 + i)}`;
const blocked = (count: number): OverrideOptions[] => Array.from({ length: count }, (_, i) => ({ number: NUMBER(i), action: 'BLOCK' }));
/** 40 overrides: with 20 ms a call and 400 ms a poll, a dozen or so puts a poll. */
const MANY = blocked(40);
const POLL_MS = 400;

describe('protect configuration number overrides at scale: work proportional to the change', () => {
  const bed = useTestBed();
  let events: CustomResourceEvents;
  let logs: LogRecord[];
  beforeEach(() => {
    events = new CustomResourceEvents('OtpProtectConfiguration5E6F7A8B', PROTECT_CONFIGURATION.resourceType);
    logs = [];
  });

  const withPollsOf = (budgetMs: number) => {
    bed().emulator.configure({ faults: { latencyMs: 20 } });
    return handlersWithBudget(bed().client, budgetMs, logs);
  };
  const numbersOf = (calls: readonly RecordedCall[], action: string) => calls.filter(call => call.action === action)
    .map(call => call.input.DestinationPhoneNumber as string);
  const puts = (calls: readonly RecordedCall[]) => numbersOf(calls, 'PutProtectConfigurationRuleSetNumberOverride');
  const deletes = (calls: readonly RecordedCall[]) => numbersOf(calls, 'DeleteProtectConfigurationRuleSetNumberOverride');

  test('a one-override change on a protect configuration with 5,000 overrides takes one read and one put, and nothing else', async () => {
    // GIVEN 5,000 declared overrides, put outside the handler, 100 at a time, to keep the test short
    const declared = blocked(5_000);
    const created = await bed().run(events.create(protectConfigurationProperties({})));
    expect(created.status).toBe('SUCCESS');
    const physicalId = created.physicalResourceId;
    for (let i = 0; i < declared.length; i += 100) {
      await Promise.all(declared.slice(i, i + 100).map(o => bed().client.send(new PutProtectConfigurationRuleSetNumberOverrideCommand({
        ProtectConfigurationId: idOf(physicalId), DestinationPhoneNumber: o.number, Action: o.action,
      }))));
    }

    // WHEN the stack allows one number instead of blocking it
    const changed: OverrideOptions[] = declared.map(o => o.number === NUMBER(2_500) ? { ...o, action: 'ALLOW' } : o);
    const mark = bed().mark();
    const result = await bed().run(events.update(physicalId, protectConfigurationProperties({ overrides: changed }),
      protectConfigurationProperties({ overrides: declared })));

    // THEN
    expect(result).toMatchObject({ status: 'SUCCESS', polls: 1 });
    expect(bed().callsSince(mark).map(call => [call.action, call.input.DestinationPhoneNumber])).toEqual([
      ['DescribeProtectConfigurations', undefined],
      ['PutProtectConfigurationRuleSetNumberOverride', NUMBER(2_500)],
    ]);
    expect((await readProtectConfiguration(bed().client, physicalId))!.overrides)
      .toEqual(expectedProtectConfiguration({ overrides: changed }).overrides);
  });

  test('a change larger than one poll resumes where the last poll stopped: every override put once, in order, and the progress tag removed', async () => {
    // WHEN
    const result = await runProvider(withPollsOf(POLL_MS), events.create(protectConfigurationProperties({ overrides: [...MANY].reverse() })), 30);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(result.polls).toBeGreaterThan(2);
    const calls = bed().emulator.calls();
    expect(puts(calls)).toEqual(MANY.map(o => o.number));
    expect(calls.filter(call => call.action === 'TagResource').map(call => (call.input.Tags as { Key: string }[])[0].Key))
      .toEqual(Array(result.polls - 1).fill(NUMBER_OVERRIDE_PROGRESS_TAG));
    expect(calls.filter(call => call.action === 'UntagResource').map(call => call.input.TagKeys)).toEqual([[NUMBER_OVERRIDE_PROGRESS_TAG]]);
    expect(calls.filter(call => call.action === 'ListProtectConfigurationRuleSetNumberOverrides')).toEqual([]);
    expect(logs.filter(log => log.decision === 'resuming where an earlier poll of this event stopped')).toHaveLength(result.polls - 1);
    expect(await readProtectConfiguration(bed().client, result.physicalResourceId)).toEqual(expectedProtectConfiguration({ overrides: MANY }));
  });

  test('removals larger than one poll resume too: every override no longer declared deleted once, and one put outside the stack kept', async () => {
    // GIVEN the 40 overrides, and one put outside the stack
    const created = await bed().run(events.create(protectConfigurationProperties({ overrides: MANY })));
    expect(created.status).toBe('SUCCESS');
    const physicalId = created.physicalResourceId;
    await bed().client.send(new PutProtectConfigurationRuleSetNumberOverrideCommand({
      ProtectConfigurationId: idOf(physicalId), DestinationPhoneNumber: NUMBER(100), Action: 'ALLOW',
    }));
    const mark = bed().mark();

    // WHEN
    const result = await runProvider(withPollsOf(POLL_MS), events.update(physicalId, protectConfigurationProperties({}),
      protectConfigurationProperties({ overrides: MANY })), 30);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(result.polls).toBeGreaterThan(2);
    expect(deletes(bed().callsSince(mark))).toEqual(MANY.map(o => o.number));
    expect(await readProtectConfiguration(bed().client, physicalId)).toEqual(expectedProtectConfiguration({
      overrides: [{ number: NUMBER(100), action: 'ALLOW' }],
    }));
  });

  test('the account default is taken only in the last poll, once every override is in place', async () => {
    // WHEN
    const properties = protectConfigurationProperties({ overrides: MANY, accountDefault: true });
    const result = await runProvider(withPollsOf(POLL_MS), events.create(properties), 30);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(result.polls).toBeGreaterThan(2);
    const actions = bed().emulator.calls().map(call => call.action);
    expect(actions.filter(action => action === 'SetAccountDefaultProtectConfiguration')).toHaveLength(1);
    expect(actions.indexOf('SetAccountDefaultProtectConfiguration')).toBeGreaterThan(actions.lastIndexOf('PutProtectConfigurationRuleSetNumberOverride'));
    expect(await accountDefault(bed().client)).toBe(idOf(result.physicalResourceId));
    expect(await readProtectConfiguration(bed().client, result.physicalResourceId))
      .toEqual(expectedProtectConfiguration({ overrides: MANY, accountDefault: true }));
  });
});
