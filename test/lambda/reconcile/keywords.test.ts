import { Keyword, keywordKey, keywordsByKey, planKeywords } from '../../../lambda/sms-provider/reconcile/keywords';

const POOL = 'pool-0123456789abcdef0123456789abcdef';
const k = (keyword: string, message = `${keyword} reply`, action = 'AUTOMATIC_RESPONSE'): Keyword => ({ keyword, message, action });
const put = ({ keyword, message, action }: Keyword) => ({
  action: 'PutKeyword', input: { OriginationIdentity: POOL, Keyword: keyword, KeywordMessage: message, KeywordAction: action },
});
const putMessage = ({ keyword, message }: Keyword) => ({ action: 'PutKeyword', input: { OriginationIdentity: POOL, Keyword: keyword, KeywordMessage: message } });
const remove = (keyword: string) => ({ action: 'DeleteKeyword', input: { OriginationIdentity: POOL, Keyword: keyword } });

/** What a new number or pool has. */
const HELP = k('HELP', 'Reply STOP to unsubscribe.');
const STOP = k('STOP', 'You are unsubscribed.', 'OPT_OUT');
const fresh = [HELP, STOP];

describe('planKeywords', () => {
  test.each<[string, Keyword[], Keyword[], string[], unknown[]]>([
    ['nothing declared on a fresh pool', [], fresh, [], []],
    ['puts a new keyword with its action', [k('PROMO')], fresh, [], [put(k('PROMO'))]],
    ['changing one keyword\'s message is one PutKeyword', [k('PROMO', 'new'), k('INFO')], [...fresh, k('PROMO', 'old'), k('INFO')], ['PROMO', 'INFO'],
      [put(k('PROMO', 'new'))]],
    ['changing an action is one PutKeyword', [k('JOIN', 'hi', 'OPT_IN')], [...fresh, k('JOIN', 'hi')], ['JOIN'], [put(k('JOIN', 'hi', 'OPT_IN'))]],
    ['keywords are case-insensitive: promo is PROMO', [k('promo', 'same')], [...fresh, k('PROMO', 'same')], ['PROMO'], []],
    ['a new spelling of a keyword with a new message keeps the declared spelling', [k('Promo', 'new')], [...fresh, k('PROMO', 'old')], [],
      [put(k('Promo', 'new'))]],
    ['deletes a keyword declared before', [], [...fresh, k('PROMO')], ['PROMO'], [remove('PROMO')]],
    ['never deletes a keyword it never declared', [], [...fresh, k('THEIRS')], ['PROMO'], []],
    ['never deletes HELP or STOP, even when declared before', [], [k('HELP', 'custom'), k('STOP', 'custom', 'OPT_OUT')], ['HELP', 'STOP'], []],
    ['sets the message of HELP, without an action (the service keeps its own)', [k('help', 'Call us')], fresh, ['HELP'], [putMessage(k('help', 'Call us'))]],
    ['a declared HELP with another action but the same message makes no call', [k('HELP', HELP.message, 'OPT_IN')], fresh, [], []],
    ['sets the message of STOP', [k('STOP', 'Bye', 'AUTOMATIC_RESPONSE')], fresh, [], [putMessage(k('STOP', 'Bye'))]],
    ['deletes before it puts', [k('NEW')], [...fresh, k('OLD')], ['OLD'], [remove('OLD'), put(k('NEW'))]],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(planKeywords(POOL, keywordsByKey(desired), keywordsByKey(actual), new Set(declared))).toEqual(expected);
  });

  test('keys are upper case', () => {
    expect(keywordKey('Stop')).toBe('STOP');
    expect([...keywordsByKey([k('promo'), k('Info')]).keys()]).toEqual(['PROMO', 'INFO']);
  });
});
