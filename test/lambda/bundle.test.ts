import { execFile } from 'child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { CreateOptOutListCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { build } from 'esbuild';
import { readBack } from './support/configuration-sets';
import { configurationSetProperties, CustomResourceEvents } from './support/events';
import { optedOutNumbersProperties, optOutListArn, optOutListProperties, readOptOutList } from './support/opt-out-lists';
import { useTestBed } from './support/test-bed';
import { OPT_OUT_LIST } from '../../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../../src/wire/opted-out-numbers-properties';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'assets', 'sms-provider', 'index.js');
/** The handler bundle's size budget, as `npx projen bench` checks it (the README's Development section). */
const MAX_BUNDLE_BYTES = 400 * 1024;

/**
 * Runs in a plain Node process, as Lambda would: requires the bundle, creates a configuration set
 * (onEvent, then isComplete until complete) and deletes it, then prints what it got.
 */
const DRIVER = `
const handler = require(process.argv[1]);
const [create, remove] = JSON.parse(process.argv[2]);
(async () => {
  const created = await handler.onEvent(create);
  let complete = { IsComplete: false };
  const context = { getRemainingTimeInMillis: () => 900000 };
  for (let poll = 0; poll < 5 && !complete.IsComplete; poll++) complete = await handler.isComplete({ ...create, ...created }, context);
  const deleting = { ...remove, PhysicalResourceId: created.PhysicalResourceId };
  const deleted = await handler.onEvent(deleting);
  let removed = { IsComplete: false };
  for (let poll = 0; poll < 5 && !removed.IsComplete; poll++) removed = await handler.isComplete({ ...deleting, ...deleted }, context);
  console.log('RESULT ' + JSON.stringify({ exports: Object.keys(handler).sort(), created, complete, deleted, removed }));
})().catch(error => { console.error(error); process.exit(1); });
`;

/** The build writes the bundle before the tests in CI; here it is rebuilt when missing or older than its sources. */
async function freshBundle(): Promise<void> {
  const sources = [...sourceFiles(path.join(ROOT, 'lambda')), ...sourceFiles(path.join(ROOT, 'src'))];
  const newest = Math.max(...sources.map(file => statSync(file).mtimeMs));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newest) return;
  await build({
    entryPoints: [path.join(ROOT, 'lambda', 'sms-provider', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    minify: true,
    mainFields: ['module', 'main'],
    // as .projenrc.ts bundles it: credentials from the environment only
    alias: { '@aws-sdk/credential-provider-node': path.join(ROOT, 'lambda', 'sms-provider', 'env-credentials.ts') },
    outfile: BUNDLE,
    logLevel: 'silent',
  });
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.ts'))
    .map(file => path.join(directory, file));
}

/** Runs the driver on the bundle in a plain Node process pointed at `endpointEnv`; its RESULT and its log lines. */
interface DriverResult {
  readonly exports: string[];
  readonly created: unknown;
  readonly complete: unknown;
  readonly deleted: unknown;
  readonly removed: unknown;
}

interface DriverRun {
  readonly result: DriverResult;
  readonly logLines: string[];
  readonly stdout: string;
}

async function runBundle(create: object, remove: object, endpointEnv: { [name: string]: string }): Promise<DriverRun> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', DRIVER, BUNDLE, JSON.stringify([create, remove])], {
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'not-a-secret',
      AWS_CONFIG_FILE: path.join(ROOT, 'no-such-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(ROOT, 'no-such-aws-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      ...endpointEnv,
    },
    timeout: 30_000,
  });
  const lines = stdout.trim().split('\n');
  return {
    result: JSON.parse(lines.find(line => line.startsWith('RESULT '))!.slice('RESULT '.length)),
    logLines: lines.filter(line => !line.startsWith('RESULT ')),
    stdout,
  };
}

describe('the bundled handler, assets/sms-provider/index.js', () => {
  const bed = useTestBed();
  beforeAll(freshBundle, 60_000);

  test('stays within the size budget', () => {
    expect(statSync(BUNDLE).size).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
  });

  test('takes its credentials from the environment only: no SSO or web-identity provider, and no STS or SSO client', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    for (const trace of ['AWS_WEB_IDENTITY_TOKEN_FILE', 'AssumeRoleWithWebIdentity', 'GetRoleCredentials']) expect(code).not.toContain(trace);
    expect(code).toContain('AWS_ACCESS_KEY_ID');
  });

  test.each([
    ['AWS_ENDPOINT_URL', (endpoint: string) => ({ AWS_ENDPOINT_URL: endpoint })],
    // A closed port for the generic variable: the service-specific one must win.
    ['AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2', (endpoint: string) => ({
      AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: endpoint,
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    })],
  ])('exports onEvent and isComplete, and creates and deletes through %s', async (_variable, endpointEnv) => {
    // GIVEN
    const events = new CustomResourceEvents();
    const properties = configurationSetProperties({ name: 'bundled', eventDestinations: [{ name: 'audit', eventTypes: ['ALL'] }], tags: { team: 'x' } });
    const create = events.create(properties);
    const remove = events.delete('set-by-driver', properties);

    // WHEN
    const { result, logLines, stdout } = await runBundle(create, remove, endpointEnv(bed().emulator.endpoint));

    // THEN
    const arn = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/bundled';
    expect(result).toEqual({
      exports: ['isComplete', 'onEvent'],
      created: { PhysicalResourceId: arn },
      complete: { IsComplete: true, Data: { ConfigurationSetName: 'bundled', ConfigurationSetArn: arn } },
      deleted: { PhysicalResourceId: arn, Data: { RemovalStartedAt: expect.stringMatching(/^\d+$/) } },
      removed: { IsComplete: true },
    });
    const [createCall] = bed().emulator.calls().filter(call => call.action === 'CreateConfigurationSet');
    expect(createCall.input.ClientToken).toMatch(/^[0-9a-f]{64}$/);
    expect(bed().emulator.calls().map(call => call.action)).toContain('CreateEventDestination');
    expect(await readBack(bed().client, 'bundled')).toBeUndefined();
    // Every other line is one JSON log record, and none holds the ResponseURL.
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(JSON.parse(line)).toHaveProperty('decision');
    expect(stdout).not.toContain(create.ResponseURL);
  });

  test('handles the other resource types too: an opt-out list, and the numbers declared on it', async () => {
    // GIVEN
    const endpoint = { AWS_ENDPOINT_URL: bed().emulator.endpoint };
    const listEvents = new CustomResourceEvents('BundledList', OPT_OUT_LIST.resourceType);
    const list = optOutListProperties({ name: 'bundled' });
    const numberEvents = new CustomResourceEvents('BundledListOptedOutNumbers', OPTED_OUT_NUMBERS.resourceType);
    const numbers = optedOutNumbersProperties({ list: 'kept', numbers: ['+12065550100'] });
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'kept' }));

    // WHEN a list is created and deleted, and numbers are put on another list and their resource deleted
    const listed = await runBundle(listEvents.create(list), listEvents.delete('set-by-driver', list), endpoint);
    const numbered = await runBundle(numberEvents.create(numbers), numberEvents.delete('set-by-driver', numbers), endpoint);

    // THEN
    expect(listed.result.complete).toEqual({ IsComplete: true, Data: { OptOutListName: 'bundled', OptOutListArn: optOutListArn('bundled') } });
    expect(await readOptOutList(bed().client, 'bundled')).toBeUndefined();
    expect(numbered.result.complete).toEqual({ IsComplete: true, Data: {} });
    expect(numbered.result.removed).toEqual({ IsComplete: true });
    expect((await readOptOutList(bed().client, 'kept'))!.numbers).toEqual({ '+12065550100': 'api' });
  });

});
