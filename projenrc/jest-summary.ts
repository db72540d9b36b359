/**
 * Prints "N passed, N failed" from Jest's `--json` results. A suite that failed to run (a compile
 * error, say) counts as one failure. Exits 1 when the results are missing or anything failed.
 */
import * as fs from 'fs';

interface JestResults {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numRuntimeErrorTestSuites: number;
}

const file = process.argv[2] ?? 'test-reports/jest-results.json';
if (!fs.existsSync(file)) {
  console.log(`no Jest results at ${file}: the build failed before the tests ran`);
  process.exit(1);
}

const results: JestResults = JSON.parse(fs.readFileSync(file, 'utf8'));
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
const skipped = results.numPendingTests > 0 ? `, ${results.numPendingTests} skipped` : '';
console.log(`${results.numPassedTests} passed, ${failed} failed${skipped}`);
process.exit(failed > 0 ? 1 : 0);
