import { MAX_RESPONSE_BYTES } from '../local-deploy/custom-resource-response';
import { isSmsResource } from '../local-deploy/deployed-resource';
import { APP_VERSIONS, exampleApps } from '../local-deploy/examples';
import { LocalApp } from '../local-deploy/local-app';
import { OperationResult } from '../local-deploy/operation';
import { named, smsInventory } from '../local-deploy/sms-inventory';
import { TEST_PACING_INTERVAL_MS, TEST_POLL_INTERVAL_MS, useEmulator } from '../local-deploy/support/use-emulator';
import { synthesizeApp } from '../local-deploy/synthesize';
import { StackTemplate } from '../local-deploy/template';

/** The logical ids, by stack, that a DeletionPolicy keeps when v1 is updated to v2 and v2 is destroyed. */
function expectedRetained(v1: readonly StackTemplate[], v2: readonly StackTemplate[]): string[] {
  const retains = (stack: StackTemplate | undefined, logicalId: string) =>
    ['Retain', 'RetainExceptOnCreate'].includes(stack?.template.Resources[logicalId]?.DeletionPolicy ?? '');
  const ids = (stack: StackTemplate | undefined) => Object.keys(stack?.template.Resources ?? {});
  const stackNames = new Set([...v1, ...v2].map(stack => stack.stackName));
  return [...stackNames].flatMap(stackName => {
    const [before, after] = [v1, v2].map(version => version.find(stack => stack.stackName === stackName));
    const keptByV2 = ids(after).filter(id => retains(after, id));
    const removedButKept = ids(before).filter(id => !ids(after).includes(id) && retains(before, id));
    return [...keptByV2, ...removedButKept].map(id => `${stackName}/${id}`);
  }).sort();
}

function expectSucceeded(results: readonly OperationResult[]): void {
  expect(results.map(result => ({ stack: result.stackName, status: result.status, failures: result.failures })))
    .toEqual(results.map(result => ({ stack: result.stackName, status: expect.stringMatching(/_COMPLETE$/), failures: [] })));
  expect(results.every(result => result.succeeded)).toBe(true);
  for (const exchange of results.flatMap(result => result.exchanges)) {
    expect(Buffer.byteLength(exchange.responseBody ?? '')).toBeLessThan(MAX_RESPONSE_BYTES);
  }
}

describe.each(exampleApps())('the example app $name', app => {
  const bed = useEmulator();
  let v1: StackTemplate[];
  let v2: StackTemplate[];
  beforeAll(async () => {
    [v1, v2] = await Promise.all([APP_VERSIONS.v1, APP_VERSIONS.v2].map(context => synthesizeApp(app.entry, { context })));
  });

  /** Every SMS resource of the app is in the service, under its physical id. */
  async function expectInService(localApp: LocalApp): Promise<void> {
    const inventory = await smsInventory(bed().client);
    const smsResources = localApp.deployedStacks.flatMap(stack => stack.resources()).filter(resource => isSmsResource(resource.type));
    expect(smsResources.length).toBeGreaterThan(0);
    expect(smsResources.filter(resource => !named(inventory, resource.physicalId)).map(r => `${r.logicalId}: ${r.physicalId}`)).toEqual([]);
  }

  test('deploys v1, updates to v2 and destroys, leaving nothing in the service but what it retains', async () => {
    const before = await smsInventory(bed().client);
    const localApp = new LocalApp({
      sms: bed().emulator, pollIntervalMs: TEST_POLL_INTERVAL_MS, pacingIntervalMs: TEST_PACING_INTERVAL_MS, output: bed().output,
    });

    expectSucceeded(await localApp.deploy(v1));
    await expectInService(localApp);
    const update = await localApp.deploy(v2);
    expectSucceeded(update);
    await expectInService(localApp);
    const destroy = await localApp.destroy();
    expectSucceeded(destroy);

    const retained = [...update, ...destroy].flatMap(result => result.retained.map(r => ({ ...r, stackName: result.stackName })));
    expect(retained.map(r => `${r.stackName}/${r.logicalId}`).sort()).toEqual(expectedRetained(v1, v2));
    const retainedSms = retained.filter(r => isSmsResource(r.type));
    const leftovers = (await smsInventory(bed().client)).filter(resource => !before.some(b => b.arn === resource.arn));
    expect(leftovers.map(resource => resource.arn).sort())
      .toEqual(retainedSms.map(r => named(leftovers, r.physicalId)?.arn ?? `missing retained ${r.physicalId}`).sort());
  });
});
