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

/**
 * The handler bundle against a bundle of the SDK client alone built the same way: sizes, and the
 * cold require of each, alternating in one run so that both meet the same load.
 */
export const bundleBenchmark = async (options: BenchOptions): Promise<BenchSection> => {
  if (!fs.existsSync(HANDLER_BUNDLE)) throw new Error(`${HANDLER_BUNDLE} is missing: run \`npx projen bundle\` first`);
  const sdkOnly = buildSdkOnlyBundle();
  try {
    const requires = REQUIRES_PER_RUN * options.runs;
    options.log(`bundle: ${requires} cold requires of each bundle, alternating`);
    const timings = { ours: [] as number[], sdk: [] as number[] };
    for (let i = 0; i < requires; i++) {
      timings.ours.push(coldRequireMs(HANDLER_BUNDLE));
      timings.sdk.push(coldRequireMs(sdkOnly));
    }
    const ours = { ...sizes(HANDLER_BUNDLE), coldRequireMs: median(timings.ours) };
    const sdk = { ...sizes(sdkOnly), coldRequireMs: median(timings.sdk) };
    return {
      title: 'Handler bundle',
      reproduce: 'npm run bench -- --only bundle',
      markdown: markdown(ours, sdk, requires),
      missed: missed(ours, sdk),
    };
  } finally {
    fs.rmSync(path.dirname(sdkOnly), { recursive: true, force: true });
  }
};

function sizes(file: string): Omit<BundleFigures, 'coldRequireMs'> {
  const code = fs.readFileSync(file);
  return { rawKb: code.length / 1024, gzipKb: zlib.gzipSync(code).length / 1024 };
}

function markdown(ours: BundleFigures, sdk: BundleFigures, requires: number): string {
  const row = (label: string, key: keyof BundleFigures, unit: string, budget: string) =>
    `| ${label} | ${ours[key].toFixed(1)} ${unit} | ${sdk[key].toFixed(1)} ${unit} | ${(ours[key] / sdk[key]).toFixed(2)}× | ${budget} |`;
  return [
    `The handler's bundle (\`${HANDLER_BUNDLE}\`, from \`npx projen bundle\`) against a bundle of the SDK client alone: an entry`
      + ' that creates a `PinpointSMSVoiceV2Client` and references every command the handler names, built by esbuild with'
      + ' the handler bundle\'s own arguments. Cold require: the time a fresh Node.js process takes to `require` the bundle,'
      + ` the median of ${requires} processes for each, the two bundles alternating.`,
    '',
    '| | handler | SDK client alone | ratio | budget |',
    '|---|---|---|---|---|',
    row('raw', 'rawKb', 'KB', `≤ ${MAX_RAW_KB} KB, ≤ ${MAX_RATIO}×`),
    row('gzipped', 'gzipKb', 'KB', `≤ ${MAX_RATIO}×`),
    row('cold require', 'coldRequireMs', 'ms', `≤ ${MAX_COLD_REQUIRE_MS} ms, ≤ ${MAX_RATIO}×`),
  ].join('\n');
}

function missed(ours: BundleFigures, sdk: BundleFigures): string[] {
  const entries: string[] = [];
  if (ours.rawKb > MAX_RAW_KB) entries.push(`the bundle is ${ours.rawKb.toFixed(0)} KB raw, over DESIGN.md's ${MAX_RAW_KB} KB`);
  if (ours.coldRequireMs > MAX_COLD_REQUIRE_MS) {
    entries.push(`its cold require takes ${ours.coldRequireMs.toFixed(0)} ms, over DESIGN.md's ${MAX_COLD_REQUIRE_MS} ms`);
  }
  const labels: { readonly [key in keyof BundleFigures]: string } = { rawKb: 'raw size', gzipKb: 'gzipped size', coldRequireMs: 'cold require' };
  for (const key of Object.keys(labels) as (keyof BundleFigures)[]) {
    const ratio = ours[key] / sdk[key];
    if (ratio > MAX_RATIO) entries.push(`its ${labels[key]} is ${ratio.toFixed(2)}× the SDK client's alone, over the issue's ${MAX_RATIO}×`);
  }
  return entries;
}
