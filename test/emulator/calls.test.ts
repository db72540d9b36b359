import {
  CreateConfigurationSetCommand,
  DeleteConfigurationSetCommand,
  DescribeConfigurationSetsCommand,
  ListTagsForResourceCommand,
  SetDefaultSenderIdCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { MUTATING } from './index';
import { errorOf, useEmulator } from './support';

const env = useEmulator();

test('records every call in order, with its input, outcome, time and duration', async () => {
  const before = Date.now();
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ClientToken: 'token-1' }));
  await errorOf(env.sms.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'missing' })));
  await env.sms.send(new DescribeConfigurationSetsCommand({}));
  const calls = env.emulator.calls();
  expect(calls).toEqual([
    { action: 'CreateConfigurationSet', input: { ConfigurationSetName: 'orders', ClientToken: 'token-1' }, ok: true, at: expect.any(Number), durationMs: expect.any(Number) },
    { action: 'DeleteConfigurationSet', input: { ConfigurationSetName: 'missing' }, ok: false, errorName: 'ResourceNotFoundException', at: expect.any(Number), durationMs: expect.any(Number) },
    { action: 'DescribeConfigurationSets', input: {}, ok: true, at: expect.any(Number), durationMs: expect.any(Number) },
  ]);
  expect(calls[0].at).toBeGreaterThanOrEqual(before);
  expect(calls[2].at).toBeGreaterThanOrEqual(calls[0].at);
  expect(calls[2].at).toBeLessThanOrEqual(Date.now());
});

test('calls() returns a copy', async () => {
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
  const calls = env.emulator.calls();
  (calls[0].input as Record<string, unknown>).ConfigurationSetName = 'changed';
  calls.pop();
  expect(env.emulator.calls()).toHaveLength(1);
  expect(env.emulator.calls()[0].input.ConfigurationSetName).toBe('orders');
});

test('reset() clears the resources, the ClientTokens and the call log', async () => {
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ClientToken: 'token-1' }));
  env.emulator.reset();
  expect(env.emulator.calls()).toEqual([]);
  const { ConfigurationSets } = await env.sms.send(new DescribeConfigurationSetsCommand({}));
  expect(ConfigurationSets).toEqual([]);
  const recreated = await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'other', ClientToken: 'token-1' }));
  expect(recreated.ConfigurationSetName).toBe('other');
});

test('MUTATING tells writes from reads, so tests can count mutating calls', async () => {
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
  await env.sms.send(new DescribeConfigurationSetsCommand({}));
  await env.sms.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders' }));
  await env.sms.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: 'orders', SenderId: 'Shop' }));
  expect(env.emulator.calls().filter(c => MUTATING(c.action)).map(c => c.action)).toEqual(['CreateConfigurationSet', 'SetDefaultSenderId']);
  expect(['GetResourcePolicy', 'CarrierLookup', 'DescribePools'].some(MUTATING)).toBe(false);
  expect(['TagResource', 'PutKeyword', 'DeleteRegistration', 'SendTextMessage'].every(MUTATING)).toBe(true);
});
