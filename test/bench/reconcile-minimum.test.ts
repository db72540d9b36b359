import { casesOf, SCENARIOS } from '../../bench/reconcile-cases';
import { childCounts, countCalls, isAbove, Minimum, readMinimum, verdict } from '../../bench/reconcile-minimum';
import { dispatch } from '../../lambda/sms-provider/dispatch';
import { OnEventRequest } from '../../lambda/sms-provider/events';
import { MUTATING } from '../emulator';

const ONE_READ: Minimum = { mutating: 2, reads: [{ count: 1, reason: 'a status wait' }] };

describe('the minimum table', () => {
  test.each([
    [5, [1, 5]],
    [28, [1, 10, 28]],
    [249, [1, 10, 100, 249]],
    [1000, [1, 10, 100, 1000]],
    [Infinity, [1, 10, 100, 1000]],
  ])('a set of at most %d children is measured at %j', (max, counts) => {
    expect(childCounts(max)).toEqual(counts);
  });

  test('counts calls by kind and by action', () => {
    expect(countCalls(['DescribePools', 'CreatePool', 'DescribePools'], MUTATING))
      .toEqual({ mutating: 1, reads: 2, actions: ['DescribePools ×2', 'CreatePool ×1'] });
  });

  test.each([
    [{ mutating: 2, reads: 1 }, false, 'at the minimum'],
    [{ mutating: 1, reads: 0 }, false, 'at the minimum'],
    [{ mutating: 3, reads: 1 }, true, 'above: +1 mutating'],
    [{ mutating: 2, reads: 4 }, true, 'above: +3 reads'],
    [{ mutating: 4, reads: 2 }, true, 'above: +2 mutating, +1 reads'],
  ])('%j against 2 mutating and 1 read', (measured, above, said) => {
    const calls = { ...measured, actions: [] };
    expect(isAbove(calls, ONE_READ)).toBe(above);
    expect(verdict(calls, ONE_READ)).toBe(said);
  });

  test('sums the reads a minimum keeps', () => {
    expect(readMinimum({ mutating: 0, reads: [{ count: 1, reason: 'a' }, { count: 3, reason: 'b' }] })).toBe(4);
  });

  test('every resource type the handler dispatches has a scenario', async () => {
    // dispatch names every type it handles when it meets one it does not.
    const unknown = { RequestType: 'Create', ResourceType: 'Custom::Unknown' } as OnEventRequest;
    const error = await dispatch(unknown, { send: jest.fn() }, { log: () => undefined }).onEvent().catch((e: Error) => e);
    const dispatched = (error as Error).message.replace(/^.*this provider handles /, '').split(', ');
    expect(SCENARIOS.map(s => s.resourceType).sort()).toEqual(dispatched.sort());
  });

  test('each scenario has a create, a no-op update, its k-child changes and a delete, each read with a reason', () => {
    const cases = casesOf(SCENARIOS.find(s => s.type === 'OptedOutNumbers')!);
    expect(cases.map(c => c.name)).toEqual([
      'create', 'no-op update',
      ...[1, 10, 100, 1000].map(k => `opted-out numbers: ${k} added`),
      ...[1, 10, 100, 1000].map(k => `opted-out numbers: ${k} removed`),
      'delete',
    ]);
    expect(cases.find(c => c.name === 'opted-out numbers: 1000 added')!.minimum.mutating).toBe(1000);
    expect(readMinimum(cases.find(c => c.name === 'opted-out numbers: 1000 removed')!.minimum)).toBe(1 + 1000 / 5);
    expect(SCENARIOS.flatMap(casesOf).flatMap(c => c.minimum.reads).filter(read => read.reason === '' || read.count < 1)).toEqual([]);
  });

  test('a change of country rules is one call, whatever k; a change of overrides one call each', () => {
    const cases = casesOf(SCENARIOS.find(s => s.type === 'ProtectConfiguration')!);
    expect(cases.find(c => c.name === 'SMS country rules: 100 added')!.minimum.mutating).toBe(1);
    expect(cases.find(c => c.name === 'number overrides: 100 added')!.minimum.mutating).toBe(100);
  });
});
