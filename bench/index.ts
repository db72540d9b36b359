/**
 * The benchmark suite: runs the sections `--only` names (all by default), each figure a median
 * of `--runs` runs, and writes BENCHMARKS.md. Exits 0 when a figure is over budget: the report
 * lists it under Budgets.
 *
 *   npm run bench -- --runs 3 --only bundle,reconcile
 */
import * as fs from 'fs';
import { parseArguments } from './arguments';
import { bundleBenchmark } from './bundle';
import { deployBenchmark } from './deploys';
import { describeMachine } from './machine';
import { queryIntervalBenchmark } from './query-interval';
import { reconcileBenchmark } from './reconcile';
import { mergeSections, NamedSection, parseReport, renderReport } from './report';
import { Benchmark } from './section';
import { synthBenchmark } from './synth';
import { wallTimeBenchmark } from './wall-time';

const REPORT = 'BENCHMARKS.md';

/** Every section, in the order of the report. */
const SECTIONS: { readonly [name: string]: Benchmark } = {
  'reconcile': reconcileBenchmark,
  'deploys': deployBenchmark,
  'query-interval': queryIntervalBenchmark,
  'bundle': bundleBenchmark,
  'synth': synthBenchmark,
  'wall-time': wallTimeBenchmark,
};

async function main(): Promise<void> {
  const names = Object.keys(SECTIONS);
  const { runs, only } = parseArguments(process.argv.slice(2), names);
  const log = (line: string) => console.error(line);
  const measured: NamedSection[] = [];
  for (const name of only) {
    log(`${name}: measuring (${runs} runs)`);
    measured.push({ name, section: await SECTIONS[name]({ runs, log }) });
  }
  const previous = fs.existsSync(REPORT) ? parseReport(fs.readFileSync(REPORT, 'utf8')) : new Map();
  const sections = mergeSections(names, measured, previous);
  fs.writeFileSync(REPORT, renderReport(describeMachine(), sections));
  const missed = sections.flatMap(({ section }) => section.missed);
  log(`${REPORT} written: ${missed.length === 0 ? 'every figure within budget' : `${missed.length} figures over budget`}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
