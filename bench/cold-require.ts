import { execFileSync } from 'child_process';
import * as fs from 'fs';

/** Milliseconds a fresh Node.js process takes to `require` the file, measured inside that process. */
export function coldRequireMs(file: string): number {
  const probe = `const t = process.hrtime.bigint(); require(${JSON.stringify(fs.realpathSync(file))});`
    + ' console.log(Number(process.hrtime.bigint() - t) / 1e6);';
  // stderr is kept from the console (the SDK's notice about the Node.js version) and reported if the require fails.
  return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}
