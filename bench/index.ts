/**
 * Measures the handler bundle against DESIGN.md's budgets: its size (≤ 400 KB raw) and the time a
 * fresh Node.js process takes to require it (≤ 100 ms). Prints the numbers; exits 1 over budget.
 *
 *   npx projen bench
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as zlib from 'zlib';

const BUNDLE = 'assets/sms-provider/index.js';
const MAX_RAW_BYTES = 400 * 1024;
const MAX_COLD_REQUIRE_MS = 100;
const RUNS = 15;

const code = fs.readFileSync(BUNDLE);
const rawKb = code.length / 1024;
const gzipKb = zlib.gzipSync(code).length / 1024;

const probe = `const t = process.hrtime.bigint(); require(${JSON.stringify(fs.realpathSync(BUNDLE))}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
const timings = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })))
  .sort((a, b) => a - b);
const median = timings[Math.floor(RUNS / 2)];

console.log(`handler bundle: ${rawKb.toFixed(0)} KB raw (budget ${MAX_RAW_BYTES / 1024} KB), ${gzipKb.toFixed(0)} KB gzipped`);
console.log(`cold require on Node.js ${process.versions.node}: median ${median.toFixed(1)} ms over ${RUNS} runs `
  + `(min ${timings[0].toFixed(1)}, max ${timings[RUNS - 1].toFixed(1)}; budget ${MAX_COLD_REQUIRE_MS} ms)`);

if (code.length > MAX_RAW_BYTES || median > MAX_COLD_REQUIRE_MS) {
  console.log('over budget');
  process.exit(1);
}
