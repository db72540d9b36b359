import * as fs from 'fs';
import * as path from 'path';

export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'examples');

/** The context of each version of an example app: v2 is the update that follows v1. */
export const APP_VERSIONS = {
  v1: {},
  v2: { version: 'v2' },
} as const;

export interface ExampleApp {
  /** The file name without `.ts`. */
  readonly name: string;
  readonly entry: string;
}

/** Every app in `examples/` (each `*.ts` file is one), sorted by name: new ones are picked up as they land. */
export function exampleApps(directory: string = EXAMPLES_DIR): ExampleApp[] {
  return fs.readdirSync(directory)
    .filter(file => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()
    .map(file => ({ name: file.slice(0, -'.ts'.length), entry: path.join(directory, file) }));
}
