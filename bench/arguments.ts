/** What `npm run bench -- --runs N --only a,b` asks for. */
export interface BenchArguments {
  readonly runs: number;
  /** The sections to run, in the registry's order. */
  readonly only: readonly string[];
}

const DEFAULT_RUNS = 3;

/**
 * The arguments after `--`: `--runs N` (a whole number of at least 1; 3 by default) and `--only
 * a,b` (names of `sections`; every section by default). Anything else throws, saying what is allowed.
 */
export function parseArguments(argv: readonly string[], sections: readonly string[]): BenchArguments {
  let runs = DEFAULT_RUNS;
  let only = [...sections];
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined && (flag === '--runs' || flag === '--only')) throw new Error(`${flag} needs a value`);
    if (flag === '--runs') {
      if (!/^[1-9]\d*$/.test(value)) throw new Error(`--runs must be a whole number of at least 1, not '${value}'`);
      runs = Number(value);
    } else if (flag === '--only') {
      const names = value.split(',').filter(name => name !== '');
      const unknown = names.filter(name => !sections.includes(name));
      if (unknown.length > 0 || names.length === 0) {
        throw new Error(`--only takes section names among ${sections.join(', ')}, not '${value}'`);
      }
      only = sections.filter(name => names.includes(name));
    } else {
      throw new Error(`unknown argument '${flag}': use --runs N and --only ${sections.join(',')}`);
    }
  }
  return { runs, only };
}
