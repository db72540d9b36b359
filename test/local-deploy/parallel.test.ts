import * as path from 'path';
import { threadId } from 'worker_threads';
import { LocalStackOptions } from './local-stack';
import { OperationResult } from './operation';
import { ProviderExchange } from './provider-framework';
import { smsInventory } from './sms-inventory';
import { useEmulator } from './support/use-emulator';
import { configurationSet, template, topic } from '../stacks/support/templates';

const COUNTING_HANDLER = path.join(__dirname, 'fixtures', 'counting-handler.js');
/** Each call takes this long, so that events that run together overlap by far more than a worker takes to start. */
const CALL_LATENCY_MS = 150;

/** The most exchanges whose [start, end] intervals overlap at one moment. */
function mostAtOnce(exchanges: readonly ProviderExchange[]): number {
  const edges = exchanges.flatMap(e => [[e.startedAt, 1], [e.startedAt + e.durationMs, -1]] as const)
    .sort(([a, da], [b, db]) => a - b || da - db);
  let current = 0;
  let most = 0;
  for (const [, delta] of edges) most = Math.max(most, current += delta);
  return most;
}

/** Independent configuration sets, one per name (its logical id too). */
function configurationSets(names: readonly string[]) {
  return template(Object.fromEntries(names.map(name => [name, configurationSet({ name })])));
}

function exchangeOf(result: OperationResult, logicalId: string, requestType = 'Create'): ProviderExchange {
  return result.exchanges.find(e => e.request.LogicalResourceId === logicalId && e.request.RequestType === requestType)!;
}

function overlap(a: ProviderExchange, b: ProviderExchange): boolean {
  return a.startedAt < b.startedAt + b.durationMs && b.startedAt < a.startedAt + a.durationMs;
}

function finishedBefore(a: ProviderExchange, b: ProviderExchange): boolean {
  return a.startedAt + a.durationMs <= b.startedAt;
}

describe('LocalStack in parallel mode', () => {
  const bed = useEmulator();
  const stack = (options: Partial<LocalStackOptions> = {}) => bed().stack('Shop', { parallel: true, ...options });

  test('runs independent resources at the same time, and a dependent one after what it depends on', async () => {
    bed().emulator.configure({ faults: { latencyMs: CALL_LATENCY_MS } });
    const result = await stack().deploy(template({
      First: configurationSet({ name: 'first' }),
      Second: configurationSet({ name: 'second' }),
      Third: configurationSet({ name: 'third' }, { DependsOn: 'First' }),
    }));

    expect(result.status).toBe('CREATE_COMPLETE');
    expect(overlap(exchangeOf(result, 'First'), exchangeOf(result, 'Second'))).toBe(true);
    expect(finishedBefore(exchangeOf(result, 'First'), exchangeOf(result, 'Third'))).toBe(true);
    expect(bed().output.lines).toContainEqual(expect.stringMatching(/\| CREATE_COMPLETE +\| Custom::SmsVoiceConfigurationSet \| Third \(/));
  });

  test('never has more than maxConcurrency events in flight', async () => {
    bed().emulator.configure({ faults: { latencyMs: CALL_LATENCY_MS } });
    const result = await stack({ parallel: { maxConcurrency: 2 } }).deploy(configurationSets(['a', 'b', 'c', 'd', 'e']));

    expect(result.status).toBe('CREATE_COMPLETE');
    expect(result.exchanges).toHaveLength(5);
    expect(mostAtOnce(result.exchanges)).toBe(2);
  });

  test('gives each event a handler instance of its own, in a thread of its own', async () => {
    const resources = configurationSets(['first', 'second', 'third']);
    const instances = (operation: OperationResult) => operation.exchanges
      .map(e => JSON.parse(e.logs.split('\n').find(line => line.includes('"handlerInstance"'))!).handlerInstance);

    const result = await stack({ handlerBundle: COUNTING_HANDLER }).deploy(resources);

    expect(result.status).toBe('CREATE_COMPLETE');
    expect(instances(result).map(instance => instance.onEventCalls)).toEqual([1, 1, 1]);
    expect(new Set(instances(result).map(instance => instance.threadId)).size).toBe(3);
    expect(instances(result).map(instance => instance.threadId)).not.toContain(threadId);
  });

  test('hands the next event to an idle worker of the same handler, warm, as Lambda reuses an execution environment', async () => {
    const instanceOf = (exchange: ProviderExchange) =>
      JSON.parse(exchange.logs.split('\n').find(line => line.includes('"handlerInstance"'))!).handlerInstance;
    const subject = stack({ handlerBundle: COUNTING_HANDLER });

    const created = await subject.deploy(configurationSets(['first', 'second']));

    const updated = await subject.deploy(template({ first: configurationSet({ name: 'first', feedback: true }), second: configurationSet({ name: 'second' }) }));

    expect(updated.status).toBe('UPDATE_COMPLETE');
    const before = created.exchanges.map(instanceOf);
    const after = instanceOf(exchangeOf(updated, 'first', 'Update'));
    expect(new Set(before.map(instance => instance.threadId)).size).toBe(2);
    expect(before.map(instance => instance.threadId)).toContain(after.threadId);
    expect(after.onEventCalls).toBe(2);
  });

  test.each([
    ['a failed create', {}],
    ['a failed update', { Changed: configurationSet({ name: 'changed', feedback: true }) }],
  ])('rolls back %s to the state the sequential mode leaves', async (_title, before) => {
    const failing = template({
      Alerts: topic,
      Changed: configurationSet({ name: 'changed', senderId: 'SHOP' }),
      Other: configurationSet({ name: 'other' }),
      Broken: configurationSet({ name: 'not a valid name!' }),
    });
    const endState = async (options: Partial<LocalStackOptions>) => {
      bed().emulator.reset();
      const subject = bed().stack('Shop', options);
      if (Object.keys(before).length > 0) await subject.deploy(template(before));
      const result = await subject.deploy(failing);
      const inventory = await smsInventory(bed().client);
      return {
        status: result.status,
        failures: result.failures.map(f => f.logicalId),
        rolledBack: { updated: [...result.rollback!.updated].sort(), deleted: [...result.rollback!.deleted].sort() },
        resources: subject.resources().map(r => [r.logicalId, r.physicalId, r.properties]).sort(),
        service: inventory.map(r => [r.kind, r.id]),
      };
    };

    const sequential = await endState({});
    const parallel = await endState({ parallel: true });

    expect(parallel).toEqual(sequential);
    expect(parallel.status).toMatch(/^(ROLLBACK_COMPLETE|UPDATE_ROLLBACK_COMPLETE)$/);
    expect(parallel.failures).toEqual(['Broken']);
  });

  test('deletes everything but what DeletionPolicy Retain keeps, each resource after those that depend on it', async () => {
    const subject = stack();
    await subject.deploy(template({
      Alerts: topic,
      Orders: configurationSet({ name: 'orders', snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED']] } }),
      Kept: configurationSet({ name: 'kept' }, { DeletionPolicy: 'Retain' }),
      Other: configurationSet({ name: 'other' }),
    }));

    const result = await subject.destroy();

    expect(result.status).toBe('DELETE_COMPLETE');
    expect([...result.deleted].sort()).toEqual(['Alerts', 'Orders', 'Other']);
    expect(result.deleted.indexOf('Orders')).toBeLessThan(result.deleted.indexOf('Alerts'));
    expect(result.retained.map(r => r.logicalId)).toEqual(['Kept']);
    expect(subject.resources()).toEqual([]);
    expect((await smsInventory(bed().client)).filter(r => r.kind === 'configuration-set').map(r => r.id)).toEqual(['kept']);
  });

  test('counts the calls the emulator throttled, by action, when two events meet one quota at once', async () => {
    bed().emulator.configure({ quotas: { CreateConfigurationSet: 0.5 } });
    const result = await stack().deploy(template({ First: configurationSet({ name: 'first' }), Second: configurationSet({ name: 'second' }) }));

    expect(result.status).toBe('CREATE_COMPLETE');
    expect(result.throttledCalls).toEqual({ CreateConfigurationSet: expect.any(Number) });
    expect(result.throttledCalls.CreateConfigurationSet).toBeGreaterThanOrEqual(1);
    expect(result.apiCalls.CreateConfigurationSet).toBe(2 + result.throttledCalls.CreateConfigurationSet);
    expect(bed().output.lines).toContainEqual(`  throttled: CreateConfigurationSet ${result.throttledCalls.CreateConfigurationSet}`);
  });
});
