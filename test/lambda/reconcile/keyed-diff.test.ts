import { diffKeyed } from '../../../lambda/sms-provider/reconcile/keyed-diff';

const map = (entries: { [key: string]: number }) => new Map(Object.entries(entries));
const same = (a: number, b: number) => a === b;

describe('diffKeyed', () => {
  test.each([
    ['nothing desired, nothing there', {}, {}, [], { create: [], update: [], delete: [] }],
    ['creates what is missing', { a: 1, b: 2 }, {}, [], { create: ['a', 'b'], update: [], delete: [] }],
    ['updates what differs', { a: 1, b: 2 }, { a: 1, b: 3 }, ['a', 'b'], { create: [], update: ['b'], delete: [] }],
    ['leaves equal values alone', { a: 1 }, { a: 1 }, ['a'], { create: [], update: [], delete: [] }],
    ['deletes what was declared and no longer is', {}, { a: 1 }, ['a'], { create: [], update: [], delete: ['a'] }],
    ['never deletes what was never declared', {}, { a: 1, b: 2 }, ['a'], { create: [], update: [], delete: ['a'] }],
    ['keeps a declared key that is still desired', { a: 2 }, { a: 1 }, ['a'], { create: [], update: ['a'], delete: [] }],
    ['ignores declared keys that are already gone', { b: 1 }, {}, ['a'], { create: ['b'], update: [], delete: [] }],
    ['does all three at once', { a: 1, c: 3 }, { a: 9, b: 2, x: 0 }, ['a', 'b'], { create: ['c'], update: ['a'], delete: ['b'] }],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(diffKeyed(map(desired), map(actual), new Set(declared), same)).toEqual(expected);
  });

  test('compares with the given equality', () => {
    const desired = new Map([['a', ['x', 'y']]]);
    const actual = new Map([['a', ['y', 'x']]]);
    const asSets = (l: string[], r: string[]) => l.length === r.length && l.every(item => r.includes(item));
    expect(diffKeyed(desired, actual, new Set(), asSets).update).toEqual([]);
    expect(diffKeyed(desired, actual, new Set(), (l, r) => l.join() === r.join()).update).toEqual(['a']);
  });
});
