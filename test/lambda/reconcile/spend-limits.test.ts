import { planOverrideRemoval, planSpendLimits, SpendLimitOverrides } from '../../../lambda/sms-provider/reconcile/spend-limits';
import { SpendLimitKey } from '../../../src/wire/spend-limits';

const TEXT = 'TextMessageMonthlySpendLimit';
const VOICE = 'VoiceMessageMonthlySpendLimit';
const MEDIA = 'MediaMessageMonthlySpendLimit';

const setText = (MonthlyLimit: number) => ({ action: 'SetTextMessageSpendLimitOverride', input: { MonthlyLimit } });
const setVoice = (MonthlyLimit: number) => ({ action: 'SetVoiceMessageSpendLimitOverride', input: { MonthlyLimit } });
const setMedia = (MonthlyLimit: number) => ({ action: 'SetMediaMessageSpendLimitOverride', input: { MonthlyLimit } });
const deleteText = { action: 'DeleteTextMessageSpendLimitOverride', input: {} };
const deleteVoice = { action: 'DeleteVoiceMessageSpendLimitOverride', input: {} };
const deleteMedia = { action: 'DeleteMediaMessageSpendLimitOverride', input: {} };

describe('planSpendLimits', () => {
  test.each<[string, SpendLimitOverrides, SpendLimitOverrides, SpendLimitKey[], unknown[]]>([
    ['nothing declared, nothing overridden', {}, {}, [], []],
    ['sets a declared limit that has no override', { [TEXT]: 5 }, {}, [], [setText(5)]],
    ['changes a declared limit whose override differs', { [TEXT]: 5 }, { [TEXT]: 8 }, [TEXT], [setText(5)]],
    ['leaves a declared limit whose override is the same', { [TEXT]: 5 }, { [TEXT]: 5 }, [TEXT], []],
    ['sets 0, which is a limit like any other', { [VOICE]: 0 }, {}, [], [setVoice(0)]],
    ['deletes the override of a limit declared before and no longer', {}, { [MEDIA]: 3 }, [MEDIA], [deleteMedia]],
    ['deletes exactly the one limit no longer declared', { [TEXT]: 5, [VOICE]: 2 }, { [TEXT]: 5, [VOICE]: 2, [MEDIA]: 3 }, [TEXT, VOICE, MEDIA],
      [deleteMedia]],
    ['keeps an override it never declared', { [TEXT]: 5 }, { [TEXT]: 5, [VOICE]: 7 }, [TEXT], []],
    ['makes no call for a limit declared before whose override is already gone', {}, {}, [TEXT, VOICE, MEDIA], []],
    ['changes everything at once, text, voice, then media', { [MEDIA]: 1, [TEXT]: 2 }, { [TEXT]: 3, [VOICE]: 4 }, [VOICE],
      [setText(2), deleteVoice, setMedia(1)]],
  ])('%s', (_title, desired, actual, declaredBefore, expected) => {
    expect(planSpendLimits(desired, actual, new Set(declaredBefore))).toEqual(expected);
  });
});

describe('planOverrideRemoval', () => {
  test.each<[string, SpendLimitKey[], SpendLimitOverrides, unknown[]]>([
    ['deletes every declared override', [TEXT, VOICE], { [TEXT]: 5, [VOICE]: 2 }, [deleteText, deleteVoice]],
    ['never an override it did not declare', [TEXT], { [TEXT]: 5, [VOICE]: 2, [MEDIA]: 1 }, [deleteText]],
    ['nothing when the declared overrides are gone', [TEXT, MEDIA], {}, []],
  ])('%s', (_title, declared, actual, expected) => {
    expect(planOverrideRemoval(new Set(declared), actual)).toEqual(expected);
  });
});
