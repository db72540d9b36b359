import { Setting, settingsToChange } from '../../../lambda/sms-provider/reconcile/settings';

const setting = (desired: string | undefined, actual: string, wasDeclared: boolean, same?: Setting<string>['same']): Setting<string> =>
  ({ desired, actual, wasDeclared, serviceDefault: 'default', same });

describe('settingsToChange', () => {
  test.each<[string, Setting<string>, { list?: string }]>([
    ['a declared value that differs is set', setting('a', 'b', false), { list: 'a' }],
    ['a declared value that is there makes no change', setting('a', 'a', true), {}],
    ['a value declared before and no longer returns to the service default', setting(undefined, 'b', true), { list: 'default' }],
    ['a value never declared is left as it is', setting(undefined, 'b', false), {}],
    ['a value declared before that is already the default makes no change', setting(undefined, 'default', true), {}],
    ['values compare with the setting\'s own equality', setting('A', 'a', false, (t, a) => t.toLowerCase() === a.toLowerCase()), {}],
  ])('%s', (_title, list, expected) => {
    expect(settingsToChange<{ list: string }>({ list })).toEqual(expected);
  });
});
