import {
  expiredOverrides,
  numberOverrideChange,
  NumberOverrides,
  NumberOverrideState,
  overrideChangeSize,
  planNumberOverrides,
} from '../../../lambda/sms-provider/reconcile/number-overrides';

const ID = 'protect-1';
const [A, B, C] = ['+12065550100', '+12065550101', '+447700900123'];
const NOW = Date.UTC(2030, 0, 1);
const LATER = NOW + 3600_000;
const overrides = (o: { [number: string]: NumberOverrideState }): NumberOverrides => new Map(Object.entries(o));
const token = (_operation: string, key?: string) => `token-${key}`;
const put = (n: string, action: string, expiresAt?: number) => ({
  action: 'PutProtectConfigurationRuleSetNumberOverride',
  input: {
    ProtectConfigurationId: ID,
    DestinationPhoneNumber: n,
    Action: action,
    ...expiresAt === undefined ? {} : { ExpirationTimestamp: new Date(expiresAt) },
    ClientToken: `token-${n}|${action}|${expiresAt ?? ''}`,
  },
});
const remove = (n: string) => ({ action: 'DeleteProtectConfigurationRuleSetNumberOverride', input: { ProtectConfigurationId: ID, DestinationPhoneNumber: n } });

describe('numberOverrideChange', () => {
  test.each<[string, { [number: string]: NumberOverrideState }, { [number: string]: NumberOverrideState }, string[], string[]]>([
    ['nothing declared either time', {}, {}, [], []],
    ['nothing declared before: every declared override is a put, nothing is removed', { [B]: { action: 'BLOCK' }, [A]: { action: 'ALLOW' } }, {},
      [A, B], []],
    ['an override declared the same both times is no part of the change (expiry compared to the second)',
      { [A]: { action: 'BLOCK', expiresAt: LATER + 400 } }, { [A]: { action: 'BLOCK', expiresAt: LATER } }, [], []],
    ['a changed action or expiry is a put', { [A]: { action: 'ALLOW' }, [B]: { action: 'BLOCK', expiresAt: LATER } },
      { [A]: { action: 'BLOCK' }, [B]: { action: 'BLOCK' } }, [A, B], []],
    ['an override declared before and no longer is a removal, in order of number', { [B]: { action: 'BLOCK' } },
      { [C]: { action: 'BLOCK' }, [A]: { action: 'BLOCK' }, [B]: { action: 'BLOCK' } }, [], [A, C]],
  ])('%s', (_title, desired, before, puts, removals) => {
    const change = numberOverrideChange(overrides(desired), overrides(before));
    expect({ puts: change.puts.map(([number]) => number), removals: change.removals }).toEqual({ puts, removals });
    expect(overrideChangeSize(change)).toBe(puts.length + removals.length);
  });
});

describe('planNumberOverrides', () => {
  const change = numberOverrideChange(overrides({ [A]: { action: 'BLOCK' }, [B]: { action: 'ALLOW', expiresAt: LATER } }),
    overrides({ [C]: { action: 'ALLOW' } }));

  test('a put for each override to put, then a delete for each removal, each step with the items done once it is made', () => {
    expect(planNumberOverrides(ID, change, 0, NOW, token)).toEqual([
      { call: put(A, 'BLOCK'), done: 1 },
      { call: put(B, 'ALLOW', LATER), done: 2 },
      { call: remove(C), done: 3 },
    ]);
  });

  test.each([[1, [put(B, 'ALLOW', LATER), remove(C)]], [2, [remove(C)]], [3, []]])('from item %d on, only the items not yet done', (done, calls) => {
    expect(planNumberOverrides(ID, change, done, NOW, token).map(step => step.call)).toEqual(calls);
  });

  test('a declared override that has expired is not put back, and still counts as an item of the change', () => {
    const withExpired = numberOverrideChange(overrides({ [A]: { action: 'BLOCK', expiresAt: NOW }, [B]: { action: 'BLOCK' } }), overrides({}));
    expect(planNumberOverrides(ID, withExpired, 0, NOW, token)).toEqual([{ call: put(B, 'BLOCK'), done: 2 }]);
  });
});

test('expiredOverrides lists the declared overrides whose expiry is not after now', () => {
  expect(expiredOverrides(overrides({ [A]: { action: 'BLOCK', expiresAt: NOW }, [B]: { action: 'BLOCK', expiresAt: LATER }, [C]: { action: 'ALLOW' } }), NOW))
    .toEqual([A]);
});
