/** How a benchmark run is set up: `npm run bench -- --runs 5 --only bundle,synth`. */
export interface BenchOptions {
  /** How many times each figure is measured; every figure reported is the median. */
  readonly runs: number;
  /** Progress lines, while a section runs (BENCHMARKS.md gets only the sections). */
  readonly log: (line: string) => void;
}

/** One part of BENCHMARKS.md. */
export interface BenchSection {
  /** The section's heading. */
  readonly title: string;
  /** The command that reproduces the section's figures alone. */
  readonly reproduce: string;
  /** What the section shows, in Markdown: its tables and notes. */
  readonly markdown: string;
  /** The figures that miss DESIGN.md's budgets or the targets, each with why: empty when none. */
  readonly missed: readonly string[];
}

/** A section of the benchmark suite, by its name for `--only`. */
export type Benchmark = (options: BenchOptions) => Promise<BenchSection>;

/** The median of `values` (the lower middle one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
