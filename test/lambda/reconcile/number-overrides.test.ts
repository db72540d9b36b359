import { expiredOverrides, NumberOverrides, NumberOverrideState, planNumberOverrides } from '../../../lambda/sms-provider/reconcile/number-overrides';

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

describe('planNumberOverrides', () => {
  test.each<[string, { [number: string]: NumberOverrideState }, { [number: string]: NumberOverrideState }, string[], unknown[]]>([
    ['nothing declared, nothing there', {}, {}, [], []],
    ['puts every missing override', { [A]: { action: 'BLOCK' }, [B]: { action: 'ALLOW', expiresAt: LATER } }, {}, [],
      [put(A, 'BLOCK'), put(B, 'ALLOW', LATER)]],
    ['an override already so makes no call (expiry compared to the second)', { [A]: { action: 'BLOCK', expiresAt: LATER + 400 } },
      { [A]: { action: 'BLOCK', expiresAt: LATER } }, [A], []],
    ['a changed action or expiry is put again', { [A]: { action: 'ALLOW' }, [B]: { action: 'BLOCK', expiresAt: LATER } },
      { [A]: { action: 'BLOCK' }, [B]: { action: 'BLOCK' } }, [A, B], [put(A, 'ALLOW'), put(B, 'BLOCK', LATER)]],
    ['removes an override declared before and no longer', {}, { [A]: { action: 'BLOCK' } }, [A], [remove(A)]],
    ['never removes an override the stack did not declare', {}, { [C]: { action: 'ALLOW' } }, [A], []],
    ['puts come before removals', { [B]: { action: 'BLOCK' } }, { [A]: { action: 'BLOCK' } }, [A], [put(B, 'BLOCK'), remove(A)]],
    ['a declared override that has expired is neither put back nor removed', { [A]: { action: 'BLOCK', expiresAt: NOW } },
      { [A]: { action: 'BLOCK', expiresAt: NOW } }, [A], []],
  ])('%s', (_title, desired, actual, before, expected) => {
    expect(planNumberOverrides(ID, overrides(desired), overrides(actual), new Set(before), NOW, token)).toEqual(expected);
  });
});

test('expiredOverrides lists the declared overrides whose expiry is not after now', () => {
  expect(expiredOverrides(overrides({ [A]: { action: 'BLOCK', expiresAt: NOW }, [B]: { action: 'BLOCK', expiresAt: LATER }, [C]: { action: 'ALLOW' } }), NOW))
    .toEqual([A]);
});
