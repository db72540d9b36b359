import {
  changeSize,
  keptEndUserOptOuts,
  OptedOutEntry,
  optedOutNumberChange,
  planOptedOutNumbers,
  removalsFrom,
} from '../../../lambda/sms-provider/reconcile/opted-out-numbers';

const LIST = 'orders';
const A = '+12065550100';
const B = '+12065550101';
const C = '+12065550102';
const D = '+12065550103';
const put = (n: string) => ({ action: 'PutOptedOutNumber', input: { OptOutListName: LIST, OptedOutNumber: n } });
const remove = (n: string) => ({ action: 'DeleteOptedOutNumber', input: { OptOutListName: LIST, OptedOutNumber: n } });
const byApi: OptedOutEntry = { endUserOptedOut: false };
const byRecipient: OptedOutEntry = { endUserOptedOut: true };
const entries = (e: { [number: string]: OptedOutEntry }) => new Map(Object.entries(e));

describe('optedOutNumberChange', () => {
  test.each<[string, string[] | undefined, string[] | undefined, string[], string[]]>([
    ['nothing declared either time', undefined, undefined, [], []],
    ['nothing declared before: every declared number is an addition', [B, A], undefined, [A, B], []],
    ['numbers declared both times are no part of the change', [A, B], [B, A], [], []],
    ['additions and removals, each sorted', [D, B, A], [C, A], [B, D], [C]],
    ['nothing declared now: every number declared before is a removal', undefined, [B, A], [], [A, B]],
  ])('%s', (_title, desired, before, additions, removals) => {
    expect(optedOutNumberChange(desired, before)).toEqual({ additions, removals });
  });

  test('is the same for the same properties in any order, so every poll of an event sees the same items', () => {
    expect(optedOutNumberChange([C, A, D], [B])).toEqual(optedOutNumberChange([D, C, A], [B]));
  });
});

describe('removalsFrom', () => {
  const change = { additions: [A, B], removals: [C, D] };
  test.each<[number, string[]]>([[0, [C, D]], [2, [C, D]], [3, [D]], [4, []]])('from item %d: %j', (done, expected) => {
    expect(removalsFrom(change, done)).toEqual(expected);
  });

  test('counts the items of a change', () => {
    expect(changeSize(change)).toBe(4);
  });
});

describe('planOptedOutNumbers', () => {
  test.each<[string, { additions: string[]; removals: string[] }, number, { [number: string]: OptedOutEntry }, [unknown, number][]]>([
    ['no change, no call', { additions: [], removals: [] }, 0, {}, []],
    ['puts every addition, without a read', { additions: [A, B], removals: [] }, 0, {}, [[put(A), 1], [put(B), 2]]],
    ['removes a removal that is on the list', { additions: [], removals: [A] }, 0, { [A]: byApi }, [[remove(A), 1]]],
    ['never removes a number its recipient opted out', { additions: [], removals: [A] }, 0, { [A]: byRecipient }, []],
    ['a removal already gone needs no call', { additions: [], removals: [A] }, 0, {}, []],
    ['puts before it removes; a kept removal is still an item', { additions: [C], removals: [A, B] }, 0, { [A]: byRecipient, [B]: byApi },
      [[put(C), 1], [remove(B), 3]]],
    ['resumes at an addition', { additions: [A, B, C], removals: [D] }, 2, { [D]: byApi }, [[put(C), 3], [remove(D), 4]]],
    ['resumes at a removal', { additions: [A], removals: [B, C] }, 2, { [C]: byApi }, [[remove(C), 3]]],
    ['nothing left once every item is done', { additions: [A], removals: [B] }, 2, {}, []],
  ])('%s', (_title, change, done, found, expected) => {
    expect(planOptedOutNumbers(LIST, change, done, entries(found)).map(step => [step.call, step.done])).toEqual(expected);
  });
});

describe('keptEndUserOptOuts', () => {
  test('lists the removals kept because their recipients opted out', () => {
    expect(keptEndUserOptOuts(entries({ [A]: byApi, [B]: byRecipient }))).toEqual([B]);
  });
});
