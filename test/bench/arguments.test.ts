import { parseArguments } from '../../bench/arguments';

const SECTIONS = ['reconcile', 'deploys', 'bundle'];

describe('parseArguments', () => {
  test('defaults to 3 runs of every section', () => {
    expect(parseArguments([], SECTIONS)).toEqual({ runs: 3, only: SECTIONS });
  });

  test('takes --runs and --only, in the registry\'s order whatever the order given', () => {
    expect(parseArguments(['--only', 'bundle,reconcile', '--runs', '5'], SECTIONS)).toEqual({ runs: 5, only: ['reconcile', 'bundle'] });
  });

  test.each([
    [['--runs', '0'], "--runs must be a whole number of at least 1, not '0'"],
    [['--runs', '2.5'], "--runs must be a whole number of at least 1, not '2.5'"],
    [['--runs'], '--runs needs a value'],
    [['--only', 'bundle,synth'], "--only takes section names among reconcile, deploys, bundle, not 'bundle,synth'"],
    [['--only', ','], "--only takes section names among reconcile, deploys, bundle, not ','"],
    [['--fast'], "unknown argument '--fast': use --runs N and --only reconcile,deploys,bundle"],
  ])('fails on %j', (argv, message) => {
    expect(() => parseArguments(argv, SECTIONS)).toThrow(message);
  });
});
