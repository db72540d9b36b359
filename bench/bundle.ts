import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { coldRequireMs } from './cold-require';
import { buildSdkOnlyBundle, HANDLER_BUNDLE } from './sdk-only-bundle';
import { BenchOptions, BenchSection, median } from './section';

/** DESIGN.md: the handler bundle ≤ 400 KB raw, its cold require ≤ 100 ms. */
const MAX_RAW_KB = 400;
const MAX_COLD_REQUIRE_MS = 100;
/** Issue 10: the bundle within 1.3× of a bundle of the SDK client alone. */
const MAX_RATIO = 1.3;
/** Cold requires per run: a fresh process is noisy, so each median takes many. */
const REQUIRES_PER_RUN = 15;

interface BundleFigures {
  readonly rawKb: number;
  readonly gzipKb: number;
  readonly coldRequireMs: number;
}

const LABELS: { readonly [key in keyof BundleFigures]: string } = { rawKb: 'raw size', gzipKb: 'gzipped size', coldRequireMs: 'cold require' };

/**
 * The handler bundle against two bundles of the SDK client alone built the same way: the whole
 * client package (the measure), and the client with only the commands the handler uses
 * (what the handler adds of its own). Sizes, and the cold require of each, alternating in one run
 * so that all three meet the same load.
 */
export const bundleBenchmark = async (options: BenchOptions): Promise<BenchSection> => {
  if (!fs.existsSync(HANDLER_BUNDLE)) throw new Error(`${HANDLER_BUNDLE} is missing: run \`npx projen bundle\` first`);
  const sdkPackage = buildSdkOnlyBundle('package');
  const sdkCommands = buildSdkOnlyBundle('handler-commands');
  try {
    const requires = REQUIRES_PER_RUN * options.runs;
    options.log(`bundle: ${requires} cold requires of each bundle, alternating`);
    const timings = { ours: [] as number[], sdkPackage: [] as number[], sdkCommands: [] as number[] };
    for (let i = 0; i < requires; i++) {
      timings.ours.push(coldRequireMs(HANDLER_BUNDLE));
      timings.sdkPackage.push(coldRequireMs(sdkPackage));
      timings.sdkCommands.push(coldRequireMs(sdkCommands));
    }
    const ours = { ...sizes(HANDLER_BUNDLE), coldRequireMs: median(timings.ours) };
    const packageOnly = { ...sizes(sdkPackage), coldRequireMs: median(timings.sdkPackage) };
    const commandsOnly = { ...sizes(sdkCommands), coldRequireMs: median(timings.sdkCommands) };
    return {
      title: 'Handler bundle',
      reproduce: 'npm run bench -- --only bundle',
      markdown: markdown(ours, packageOnly, commandsOnly, requires),
      missed: missed(ours, packageOnly),
    };
  } finally {
    for (const bundle of [sdkPackage, sdkCommands]) fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  }
};

function sizes(file: string): Omit<BundleFigures, 'coldRequireMs'> {
  const code = fs.readFileSync(file);
  return { rawKb: code.length / 1024, gzipKb: zlib.gzipSync(code).length / 1024 };
}

function markdown(ours: BundleFigures, packageOnly: BundleFigures, commandsOnly: BundleFigures, requires: number): string {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const row = (key: keyof BundleFigures, unit: string, budget: string) => `| ${LABELS[key]} | ${ours[key].toFixed(1)} ${unit} `
    + `| ${packageOnly[key].toFixed(1)} ${unit} | ${ratio(ours[key], packageOnly[key])} `
    + `| ${commandsOnly[key].toFixed(1)} ${unit} | ${ratio(ours[key], commandsOnly[key])} | ${budget} |`;
  return [
    `The handler's bundle (\`${HANDLER_BUNDLE}\`, from \`npx projen bundle\`) against two bundles of the SDK client alone, built`
      + ' by esbuild with the handler bundle\'s own arguments (the same credential-provider alias included): the whole client'
      + ' package (`export *`: every command and shape), which is the issue\'s measure, and the client with only the commands'
      + ' the handler names, whose difference to the handler is the handler\'s own code (its reconcilers, validation and'
      + ' messages for eleven resource types). Cold require: the time a fresh Node.js process takes to `require` the bundle,'
      + ` the median of ${requires} processes for each, the bundles alternating.`,
    '',
    '| | handler | SDK client package | ratio | SDK client, the handler\'s commands | ratio | budget |',
    '|---|---|---|---|---|---|---|',
    row('rawKb', 'KB', `≤ ${MAX_RAW_KB} KB; ≤ ${MAX_RATIO}× the package`),
    row('gzipKb', 'KB', `≤ ${MAX_RATIO}× the package`),
    row('coldRequireMs', 'ms', `≤ ${MAX_COLD_REQUIRE_MS} ms; ≤ ${MAX_RATIO}× the package`),
  ].join('\n');
}

function missed(ours: BundleFigures, sdk: BundleFigures): string[] {
  const entries: string[] = [];
  if (ours.rawKb > MAX_RAW_KB) entries.push(`the bundle is ${ours.rawKb.toFixed(0)} KB raw, over DESIGN.md's ${MAX_RAW_KB} KB`);
  if (ours.coldRequireMs > MAX_COLD_REQUIRE_MS) {
    entries.push(`its cold require takes ${ours.coldRequireMs.toFixed(0)} ms, over DESIGN.md's ${MAX_COLD_REQUIRE_MS} ms`
      + ' (a figure that swings with the machine\'s load: measure on a quiet machine)');
  }
  for (const key of Object.keys(LABELS) as (keyof BundleFigures)[]) {
    const ratio = ours[key] / sdk[key];
    if (ratio > MAX_RATIO) entries.push(`its ${LABELS[key]} is ${ratio.toFixed(2)}× the SDK client package's, over the issue's ${MAX_RATIO}×`);
  }
  return entries;
}
