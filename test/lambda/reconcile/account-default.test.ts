import { AccountDefaultState, planAccountDefault, restoreAccountDefault } from '../../../lambda/sms-provider/reconcile/account-default';
import { PREVIOUS_DEFAULT_TAG } from '../../../src/wire/protect-configuration-properties';

const ID = 'protect-new';
const ARN = `arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/${ID}`;
const remember = (value: string) => ({ action: 'TagResource', input: { ResourceArn: ARN, Tags: [{ Key: PREVIOUS_DEFAULT_TAG, Value: value }] } });
const set = (id: string) => ({ action: 'SetAccountDefaultProtectConfiguration', input: { ProtectConfigurationId: id } });
const none = { action: 'DeleteAccountDefaultProtectConfiguration', input: {} };

describe('planAccountDefault', () => {
  test.each<[string, boolean, boolean, AccountDefaultState, unknown[]]>([
    ['declared, with another default: remember it, then take over', true, false, { isDefault: false, current: 'protect-old' },
      [remember('protect-old'), set(ID)]],
    ['declared, with no default: remember none, then take over', true, false, { isDefault: false }, [remember('none'), set(ID)]],
    ['declared and already the default: nothing', true, true, { isDefault: true }, []],
    ['declared before and no longer: restore the one it replaced', false, true, { isDefault: true, restore: 'protect-old' }, [set('protect-old')]],
    ['declared before and no longer, with none to restore: no default', false, true, { isDefault: true }, [none]],
    ['declared before, but another took over: left alone', false, true, { isDefault: false }, []],
    ['never declared, though the default (set outside the stack): left alone', false, false, { isDefault: true }, []],
    ['never declared, not the default: nothing', false, false, { isDefault: false }, []],
  ])('%s', (_title, desired, before, state, expected) => {
    expect(planAccountDefault(ID, ARN, desired, before, state)).toEqual(expected);
  });
});

test('restoreAccountDefault makes the previous default the default again, or leaves none', () => {
  expect([restoreAccountDefault('protect-old'), restoreAccountDefault(undefined)]).toEqual([[set('protect-old')], [none]]);
});
