/**
 * The demo: every example app, deployed locally against the SMS v2 emulator through the bundled
 * handler and the Provider framework's own runtime. For each app: synthesize v1 and v2, deploy v1,
 * show what the service holds, update to v2, show it again, destroy, and check that nothing is
 * left but what the stack retains. Exits non-zero when any of it fails. Each resource read back is
 * one line; `--verbose` shows it in full, as the SDK describes it, with its children and tags.
 *
 *   npx ts-node --transpile-only test/local-deploy/demo.ts [--verbose] [examples/<app>.ts ...]
 */
import * as path from 'path';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RunningEmulator, startEmulator } from '../emulator';
import { DEMO_ACCOUNT_LIMITS } from './demo-account';
import { isSmsResource } from './deployed-resource';
import { errorDetails } from './error-details';
import { APP_VERSIONS, ExampleApp, exampleApps } from './examples';
import { LocalApp } from './local-app';
import { OperationResult } from './operation';
import { seconds } from './progress';
import { describeInFull, named, SmsResource, smsClient, smsInventory } from './sms-inventory';
import { summaryLine } from './summary-line';
import { synthesizeApp } from './synthesize';

/** The waiter's interval, shortened from SmsProvider's 10 s: the emulator needs no patience. */
const POLL_INTERVAL_MS = 200;
const ROOT = path.resolve(__dirname, '..', '..');

const write = (text = '') => process.stdout.write(`${text}\n`);

const VERBOSE = '--verbose';

async function main(args: readonly string[]): Promise<boolean> {
  const verbose = args.includes(VERBOSE);
  const entries = args.filter(arg => arg !== VERBOSE);
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const apps = entries.length > 0
    ? entries.map(entry => ({ name: path.basename(entry, '.ts'), entry: path.resolve(entry) }))
    : exampleApps();
  const emulator = await startEmulator({ limits: DEMO_ACCOUNT_LIMITS });
  const client = smsClient(emulator.endpoint);
  try {
    write(`SMS v2 emulator listening on ${emulator.endpoint}; ${apps.length} example app(s): ${apps.map(app => app.name).join(', ')}`);
    const verdicts: string[] = [];
    for (const app of apps) {
      const problems = await demo(app, emulator, client, verbose);
      verdicts.push(`${problems.length === 0 ? 'ok    ' : 'FAILED'} ${app.name}${problems.map(p => `\n         ${p}`).join('')}`);
    }
    heading('Result');
    verdicts.forEach(verdict => write(verdict));
    return verdicts.every(verdict => verdict.startsWith('ok'));
  } finally {
    client.destroy();
    await emulator.stop();
  }
}

/** One app's lifecycle; returns what went wrong. */
async function demo(app: ExampleApp, emulator: RunningEmulator, client: PinpointSMSVoiceV2Client, verbose: boolean): Promise<string[]> {
  heading(`${app.name} (${path.relative(ROOT, app.entry)})`);
  const problems: string[] = [];
  const check = (stepName: string, results: readonly OperationResult[]) => {
    for (const result of results.filter(r => !r.succeeded)) problems.push(`${stepName}: ${result.stackName} ${result.status}`);
    return results.every(result => result.succeeded);
  };

  const started = Date.now();
  const [v1, v2] = await Promise.all([APP_VERSIONS.v1, APP_VERSIONS.v2].map(context => synthesizeApp(app.entry, { context })));
  write(`synthesized v1 and v2 in ${seconds(Date.now() - started)}: ${v1.map(stack => stack.stackName).join(', ')}`);

  const before = await smsInventory(client);
  const localApp = new LocalApp({ sms: emulator, pollIntervalMs: POLL_INTERVAL_MS });
  const retained: OperationResult['retained'][number][] = [];
  try {
    step('deploy v1');
    if (check('deploy v1', await localApp.deploy(v1))) {
      await showState(localApp, client, problems, verbose);
      step('update to v2 (-c version=v2)');
      if (check('update to v2', await localApp.deploy(v2))) await showState(localApp, client, problems, verbose);
    }
  } finally {
    step('destroy');
    const results = await localApp.destroy();
    check('destroy', results);
    retained.push(...results.flatMap(result => result.retained));
  }

  const retainedSms = retained.filter(resource => isSmsResource(resource.type));
  const leftovers = (await smsInventory(client))
    .filter(resource => !before.some(b => b.arn === resource.arn))
    .filter(resource => !retainedSms.some(r => named([resource], r.physicalId)));
  write(`\nleft in the service: ${leftovers.length === 0 ? 'nothing' : leftovers.map(r => `${r.kind} ${r.id}`).join(', ')}`
    + `${retainedSms.length > 0 ? ` (besides what the stack retains: ${retainedSms.map(r => r.physicalId).join(', ')})` : ''}`);
  if (leftovers.length > 0) problems.push(`left behind: ${leftovers.map(r => r.arn).join(', ')}`);
  return problems;
}

/** Every SMS resource of the app, as the service describes it through the SDK: one line each, or in full. */
async function showState(localApp: LocalApp, client: PinpointSMSVoiceV2Client, problems: string[], verbose: boolean): Promise<void> {
  write(`\nstate read back through the SDK${verbose ? '' : ` (in full with ${VERBOSE})`}:`);
  const inventory = await smsInventory(client);
  for (const stack of localApp.deployedStacks) {
    for (const resource of stack.resources().filter(r => isSmsResource(r.type))) {
      const found: SmsResource | undefined = named(inventory, resource.physicalId);
      const label = `  ${stack.stackName}/${resource.logicalId} (${resource.type}) -> `;
      if (!found) {
        write(`${label}NOT FOUND`);
        problems.push(`${resource.logicalId}: ${resource.physicalId} is not in the service`);
        continue;
      }
      const description = await describeInFull(client, found);
      if (verbose) write(`${label}${found.kind} ${found.id}\n${indent(JSON.stringify(description, undefined, 2), '    ')}`);
      else write(`${label}${found.kind} ${found.id}: ${summaryLine(description)}`);
    }
  }
}

function heading(text: string): void {
  write(`\n=== ${text} ${'='.repeat(Math.max(0, 90 - text.length))}`);
}

function step(text: string): void {
  write(`\n--- ${text}`);
}

function indent(text: string, prefix: string): string {
  return text.split('\n').map(line => `${prefix}${line}`).join('\n');
}

main(process.argv.slice(2)).then(
  ok => { process.exitCode = ok ? 0 : 1; },
  error => {
    process.stderr.write(`demo failed: ${errorDetails(error).stack}\n`);
    process.exitCode = 1;
  },
);
