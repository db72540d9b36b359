import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as sdk from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** The handler bundle as `npx projen bundle` writes it. */
export const HANDLER_BUNDLE = 'assets/sms-provider/index.js';

const HANDLER_ENTRY = 'lambda/sms-provider/index.ts';
const HANDLER_SOURCES = 'lambda/sms-provider';
const SDK_CLIENT = '@aws-sdk/client-pinpoint-sms-voice-v2';
const BUNDLE_TASK = `bundle:${HANDLER_ENTRY.replace(/\.ts$/, '')}`;

/**
 * What a bundle of the SDK client alone holds: the whole package (every command and shape it
 * exports), or only the client and the commands the handler's sources name.
 */
export type SdkOnlyScope = 'package' | 'handler-commands';

/**
 * A bundle of the SDK client alone, in a new temporary folder, built by esbuild with the arguments
 * of the handler's own bundle task (.projen/tasks.json), but for the entry and the output file.
 */
export function buildSdkOnlyBundle(scope: SdkOnlyScope): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-only-bundle-'));
  const entry = path.join(dir, 'entry.ts');
  const outfile = path.join(dir, 'index.js');
  fs.writeFileSync(entry, scope === 'package' ? `export * from '${SDK_CLIENT}';\n` : handlerCommandsEntry());
  const args = handlerBundleArguments().map(arg => arg === HANDLER_ENTRY ? entry : arg.startsWith('--outfile=') ? `--outfile=${outfile}` : arg);
  const [command, ...rest] = args;
  execFileSync(path.resolve('node_modules/.bin', command), rest, {
    // The entry sits outside the repository: it finds the SDK client in the repository's node_modules.
    env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    stdio: 'ignore',
  });
  return outfile;
}

/** An entry that creates the client and references every command the handler's sources name. */
function handlerCommandsEntry(): string {
  const commands = handlerCommands();
  return [
    `import { PinpointSMSVoiceV2Client, ${commands.join(', ')} } from '${SDK_CLIENT}';`,
    'export const client = new PinpointSMSVoiceV2Client({});',
    `export const commands = [${commands.join(', ')}];`,
    '',
  ].join('\n');
}

/** The esbuild command line of the handler's bundle task. */
function handlerBundleArguments(): string[] {
  const tasks = JSON.parse(fs.readFileSync('.projen/tasks.json', 'utf8')) as { tasks: { [name: string]: { steps: { execArgs?: string[] }[] } } };
  const step = tasks.tasks[BUNDLE_TASK]?.steps.find(s => s.execArgs);
  if (!step?.execArgs) throw new Error(`.projen/tasks.json has no task ${BUNDLE_TASK} with execArgs`);
  return step.execArgs;
}

/** The SDK client's commands that the handler's sources name (mutating ones in commands.ts, reads where they are made). */
function handlerCommands(): string[] {
  const names = new Set<string>();
  for (const file of fs.readdirSync(HANDLER_SOURCES, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const [name] of fs.readFileSync(path.join(HANDLER_SOURCES, file), 'utf8').matchAll(/\b[A-Z]\w+Command\b/g)) {
      if (typeof (sdk as { [name: string]: unknown })[name] === 'function') names.add(name);
    }
  }
  return [...names].sort();
}
