import * as fs from 'fs';
import * as path from 'path';
import { DescribeOptedOutNumbersCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RunningEmulator, startEmulator } from '../emulator';
import { seededRandom } from '../emulator/seeded-random';
import {
  APP_VERSIONS, exampleApps, isSmsResource, LocalApp, named, OperationResult, SmsResource, smsClient, smsInventory, StackTemplate, synthesizeApp,
} from '../local-deploy';
import { serviceState } from './service-state';
import { DEMO_ACCOUNT_LIMITS } from '../local-deploy/demo-account';

/**
 * The soak: every example app and the 50-resource benchmark app, through create → update → a
 * failed update and its rollback → update → destroy, deployed as CloudFormation does (in parallel,
 * each event in a handler process of its own), with every event delivered 1 to 3 times, against
 * an emulator at its realistic quotas that also throttles every 3rd call, fails 5% of them with a
 * 500 and answers after a random delay. After every phase, what the service holds is what the
 * stacks declare: nothing missing, nothing duplicated or orphaned, no end-user opt-out lost, and
 * after the destroy only what the removal policies retain. What each declared resource holds, its
 * settings, tags and child items, equals what a twin of the app holds: the same operations run
 * one event at a time, each delivered once, against a calm emulator of its own (the stack and
 * handler tests prove that such a deployment matches its template).
 *
 * Between two deployments, 31 days pass on the emulator's clock: the service removes an opted-out
 * number at most once every 30 days, and deployments minutes apart that add, remove and add one
 * again would meet that rule rather than the faults (its own tests cover it).
 *
 * Seeds: SOAK_SEEDS (comma-separated), else one seed from the clock; each run prints its seed, and
 * SOAK_SEEDS=<seed> repeats it.
 */
const SEEDS = (process.env.SOAK_SEEDS ?? String(Date.now() % 100_000)).split(',').map(Number);
const APPS = [...exampleApps(), { name: 'fifty-resources', entry: path.resolve(__dirname, '..', '..', 'bench', 'apps', 'fifty-resources.ts') }];
const POLL_INTERVAL_MS = 200;
/** A property no handler knows: the resource's update fails in the handler's own validation, as a mistake would. */
const BREAKING_PROPERTY = 'SoakBreaksThisUpdate';

jest.setTimeout(30 * 60_000);

function resourceIn(version: readonly StackTemplate[], stackName: string, logicalId: string) {
  return version.find(stack => stack.stackName === stackName)?.template.Resources[logicalId];
}

/**
 * v2 with the last SMS resource that v2 changes broken, and the stack it is in: from v1, the update
 * fails part-way, once other resources were updated. Undefined when v2 changes no SMS resource.
 */
function breakingUpdate(v1: readonly StackTemplate[], v2: readonly StackTemplate[]): { templates: StackTemplate[]; stackName: string } | undefined {
  const changed = v2.flatMap(stack => Object.entries(stack.template.Resources)
    .filter(([logicalId, resource]) => isSmsResource(resource.Type)
      && JSON.stringify(resource.Properties) !== JSON.stringify(resourceIn(v1, stack.stackName, logicalId)?.Properties)
      && v1.some(s => s.stackName === stack.stackName && logicalId in s.template.Resources))
    .map(([logicalId]) => ({ stackName: stack.stackName, logicalId })));
  const target = changed[changed.length - 1];
  if (!target) return undefined;
  const templates = v2.map(stack => stack.stackName !== target.stackName ? stack : {
    ...stack,
    template: {
      ...stack.template,
      Resources: {
        ...stack.template.Resources,
        [target.logicalId]: {
          ...stack.template.Resources[target.logicalId],
          Properties: { ...stack.template.Resources[target.logicalId].Properties, [BREAKING_PROPERTY]: 'x' },
        },
      },
    },
  });
  return { templates, stackName: target.stackName };
}

interface EndUserOptOut {
  readonly list: string;
  readonly number: string;
}

/** What is wrong with the service after a phase, against what the app's stacks declare and retain. */
async function violations(
  client: PinpointSMSVoiceV2Client, app: LocalApp, before: readonly SmsResource[], retained: readonly string[], optOuts: readonly EndUserOptOut[],
): Promise<string[]> {
  const inventory = (await smsInventory(client)).filter(resource => !before.some(b => b.arn === resource.arn));
  const declared = app.deployedStacks.flatMap(stack => stack.resources().filter(resource => isSmsResource(resource.type)));
  const problems: string[] = [];
  const everything = [...before, ...inventory];
  for (const resource of declared) {
    if (!named(everything, resource.physicalId)) problems.push(`missing: ${resource.logicalId} (${resource.physicalId})`);
  }
  for (const physicalId of retained) if (!named(everything, physicalId)) problems.push(`retained, but gone: ${physicalId}`);
  const referenced = [...declared.map(resource => resource.physicalId), ...retained];
  for (const resource of inventory) {
    if (!referenced.some(physicalId => named([resource], physicalId))) problems.push(`orphaned or duplicated: ${resource.kind} ${resource.arn}`);
  }
  for (const { list, number } of optOuts) {
    if (!inventory.some(resource => resource.kind === 'opt-out-list' && resource.id === list)) continue;
    const found = await client.send(new DescribeOptedOutNumbersCommand({ OptOutListName: list, OptedOutNumbers: [number] })).catch(() => undefined);
    if (found?.OptedOutNumbers?.[0]?.EndUserOptedOut !== true) problems.push(`end-user opt-out lost: ${number} on ${list}`);
  }
  return problems;
}

const OPT_OUT_LIST = 'Custom::SmsVoiceOptOutList';

/** The service the stacks meet: its realistic quotas, every 3rd call throttled, 5% failing with a 500, a random delay on each. */
const hostile = (seed: number) => ({
  quotas: 'realistic' as const,
  faults: { throttleEveryNth: 3, internalErrorRate: 0.05, latencyMs: 5, latencyJitterMs: 40, seed },
});

/** What the checks read, they read from a calm service: the faults are the stacks' to meet. */
async function calmly<T>(emulator: RunningEmulator, seed: number, read: () => Promise<T>): Promise<T> {
  emulator.configure({ quotas: 'off', faults: {} });
  try {
    return await read();
  } finally {
    emulator.configure(hostile(seed));
  }
}

/**
 * Refusals by design, which leave the stack as it was (UPDATE_ROLLBACK_COMPLETE, or DELETE_FAILED
 * with the resource kept): they are what the phases meet, not failures of the soak.
 */
const DESIGNED_REFUSALS = [
  // Deleting an opt-out list would delete the opt-outs its recipients sent; the soak sends some.
  /holds numbers whose recipients opted out themselves/,
  // A submitted registration is the service's until its review ends: going back to v1 cannot change it.
  /is under review \(.*\), and nothing about it can change/,
];

function unexpectedOutcome(result: OperationResult, failingStack: string | undefined): boolean {
  if (result.stackName === failingStack) return result.status !== 'UPDATE_ROLLBACK_COMPLETE';
  if (result.succeeded) return false;
  const byDesign = (reason: string) => DESIGNED_REFUSALS.some(refusal => refusal.test(reason));
  const refusedByDesign = result.failures.length > 0 && result.failures.every(failure => byDesign(failure.reason));
  return !(refusedByDesign && (result.status === 'UPDATE_ROLLBACK_COMPLETE' || result.status === 'DELETE_FAILED'));
}

/** The runner's progress lines: to the file SOAK_LOG names, else nowhere. */
function soakLog(): { write(text: string): unknown } {
  const file = process.env.SOAK_LOG;
  return { write: (text: string) => file ? fs.appendFileSync(file, text) : undefined };
}

const DAYS_BETWEEN_DEPLOYMENTS_MS = 31 * 24 * 3600 * 1000;

describe.each(SEEDS)('soak, seed %i', seed => {
  let emulator: RunningEmulator;
  let client: PinpointSMSVoiceV2Client;
  let twinEmulator: RunningEmulator;
  let twinClient: PinpointSMSVoiceV2Client;
  let daysPassedMs = 0;
  beforeAll(async () => {
    process.stdout.write(`soak seed ${seed} (repeat with SOAK_SEEDS=${seed})\n`);
    const clock = () => Date.now() + daysPassedMs;
    emulator = await startEmulator({ ...hostile(seed), limits: DEMO_ACCOUNT_LIMITS, clock });
    client = smsClient(emulator.endpoint);
    twinEmulator = await startEmulator({ quotas: 'off', limits: DEMO_ACCOUNT_LIMITS, clock });
    twinClient = smsClient(twinEmulator.endpoint);
  });
  afterAll(async () => {
    client.destroy();
    twinClient.destroy();
    await Promise.all([emulator.stop(), twinEmulator.stop()]);
  });

  test.each(APPS)('$name: create, update, a failed update rolled back, update, destroy; the service matches after each', async ({ entry }) => {
    const random = seededRandom(seed);
    const [v1, v2] = await Promise.all([APP_VERSIONS.v1, APP_VERSIONS.v2].map(context => synthesizeApp(entry, { context })));
    const broken = breakingUpdate(v1, v2);
    const before = await calmly(emulator, seed, () => smsInventory(client));
    const app = new LocalApp({
      sms: emulator, parallel: true, pollIntervalMs: POLL_INTERVAL_MS, deliveries: () => 1 + Math.floor(random() * 3), output: soakLog(),
    });
    const twin = new LocalApp({ sms: twinEmulator, pollIntervalMs: POLL_INTERVAL_MS, output: soakLog() });
    const optOuts: EndUserOptOut[] = [];
    const retained: string[] = [];
    const phase = async (name: string, operation: (on: LocalApp) => Promise<OperationResult[]>, failingStack?: string) => {
      daysPassedMs += DAYS_BETWEEN_DEPLOYMENTS_MS;
      await operation(twin);
      const outcome = await operation(app);
      retained.push(...outcome.flatMap(result => result.retained.filter(r => isSmsResource(r.type)).map(r => r.physicalId)));
      const unexpected = outcome.filter(result => unexpectedOutcome(result, failingStack));
      expect({ name, unexpected: unexpected.map(result => `${result.stackName} ${result.status}: ${JSON.stringify(result.failures)}`) })
        .toEqual({ name, unexpected: [] });
      const problems = await calmly(emulator, seed, () => violations(client, app, before, retained, optOuts));
      expect({ name, problems }).toEqual({ name, problems: [] });
      const [state, twinState] = await Promise.all([calmly(emulator, seed, () => serviceState(client, app)), serviceState(twinClient, twin)]);
      expect({ name, state }).toEqual({ name, state: twinState });
    };

    await phase('create', on => on.deploy(v1));
    const [inventory, twinInventory] = await Promise.all([calmly(emulator, seed, () => smsInventory(client)), smsInventory(twinClient)]);
    for (const [stackIndex, stack] of app.deployedStacks.entries()) {
      for (const list of stack.resources().filter(resource => resource.type === OPT_OUT_LIST)) {
        const number = `+1206555${String(Math.floor(random() * 10_000)).padStart(4, '0')}`;
        const listName = named(inventory, list.physicalId)!.id;
        emulator.simulateEndUserOptOut(listName, number);
        const twinList = twin.deployedStacks[stackIndex].resources().find(resource => resource.logicalId === list.logicalId)!;
        twinEmulator.simulateEndUserOptOut(named(twinInventory, twinList.physicalId)!.id, number);
        optOuts.push({ list: listName, number });
      }
    }
    await phase('update', on => on.deploy(v2));
    await phase('back to v1', on => on.deploy(v1));
    if (broken) await phase('a failed update, rolled back', on => on.deploy(broken.templates), broken.stackName);
    await phase('update again', on => on.deploy(v2));
    await phase('destroy', on => on.destroy());
  });
});
