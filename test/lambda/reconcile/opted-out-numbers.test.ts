import { keptEndUserOptOuts, OptedOutEntry, planOptedOutNumbers } from '../../../lambda/sms-provider/reconcile/opted-out-numbers';

const LIST = 'orders';
const A = '+12065550100';
const B = '+12065550101';
const C = '+12065550102';
const put = (n: string) => ({ action: 'PutOptedOutNumber', input: { OptOutListName: LIST, OptedOutNumber: n } });
const remove = (n: string) => ({ action: 'DeleteOptedOutNumber', input: { OptOutListName: LIST, OptedOutNumber: n } });
const byApi: OptedOutEntry = { endUserOptedOut: false };
const byRecipient: OptedOutEntry = { endUserOptedOut: true };
const entries = (e: { [number: string]: OptedOutEntry }) => new Map(Object.entries(e));

describe('planOptedOutNumbers', () => {
  test.each<[string, string[], { [number: string]: OptedOutEntry }, string[], unknown[]]>([
    ['nothing declared, nothing there', [], {}, [], []],
    ['puts every missing number', [A, B], {}, [], [put(A), put(B)]],
    ['a number already there makes no call', [A], { [A]: byApi }, [A], []],
    ['a number the recipient opted out is already there', [A], { [A]: byRecipient }, [], []],
    ['removes a number declared before', [], { [A]: byApi }, [A], [remove(A)]],
    ['never removes a number the recipient opted out, though declared before', [], { [A]: byRecipient }, [A], []],
    ['never removes a number it never declared', [], { [A]: byApi, [B]: byRecipient }, [], []],
    ['a number declared before and already gone needs no call', [], {}, [A], []],
    ['puts before it removes', [C], { [A]: byApi, [B]: byRecipient }, [A, B], [put(C), remove(A)]],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(planOptedOutNumbers(LIST, new Set(desired), entries(actual), new Set(declared))).toEqual(expected);
  });
});

describe('keptEndUserOptOuts', () => {
  test('lists the undeclared numbers kept because their recipients opted out', () => {
    expect(keptEndUserOptOuts(new Set([C]), entries({ [A]: byApi, [B]: byRecipient, [C]: byRecipient }), new Set([A, B, C]))).toEqual([B]);
  });
});
