import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import * as vm from 'vm';

/** The custom-resource handler as the library ships it: built from lambda/ by `npx projen bundle`. */
export const BUNDLED_HANDLER = path.resolve(__dirname, '..', '..', 'assets', 'sms-provider', 'index.js');

export type HandlerModule = { readonly [exportName: string]: unknown };

/**
 * Loads a fresh instance of the bundle, with its own module-level state (SDK clients, pacing), as a
 * new Lambda execution environment would. The SDK clients it builds read the environment (endpoint,
 * region, credentials) when they first send, so the caller sets it around each invocation.
 *
 * The bundle is compiled as Node compiles a CommonJS module, with the default loader for its
 * dynamic `import()`s (the SDK's `import("node:http")`), which Jest's sandbox would refuse. It is
 * handed this realm's `process` and `console`, so that it reads the environment the runner sets
 * and logs where the runner captures, under Jest as in plain Node.
 */
export function loadBundledHandler(file: string = BUNDLED_HANDLER): HandlerModule {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build it with \`npx projen bundle\``);
  const source = `(function (exports, require, module, __filename, __dirname, process, console) {\n${fs.readFileSync(file, 'utf8')}\n})`;
  const wrapper = new vm.Script(source, { filename: file, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext();
  const module = { exports: {} as HandlerModule };
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file), process, console);
  return module.exports;
}
