import * as path from 'path';
import { GetResourcePolicyCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { APP_VERSIONS, EXAMPLES_DIR } from '../local-deploy/examples';
import { LocalApp } from '../local-deploy/local-app';
import { TEST_PACING_INTERVAL_MS, TEST_POLL_INTERVAL_MS, useEmulator } from '../local-deploy/support/use-emulator';
import { synthesizeApp } from '../local-deploy/synthesize';
import { StackTemplate } from '../local-deploy/template';

const DEFAULT_LIST = 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default';

/** Who may do what, by principal, in the policy the service has for `arn` (none when it has none). */
type Grants = { [principal: string]: string[] };

describe('the shared-pool example, through the lifecycle runner', () => {
  const bed = useEmulator();
  let v1: StackTemplate[];
  let v2: StackTemplate[];
  beforeAll(async () => {
    const entry = path.join(EXAMPLES_DIR, 'shared-pool.ts');
    [v1, v2] = await Promise.all([APP_VERSIONS.v1, APP_VERSIONS.v2].map(context => synthesizeApp(entry, { context })));
  });

  async function grants(arn: string): Promise<Grants> {
    const { Policy } = await bed().client.send(new GetResourcePolicyCommand({ ResourceArn: arn }));
    type Statement = { Principal: { AWS: string | string[] }; Action: string | string[] };
    const statements = (JSON.parse(Policy!) as { Statement?: Statement[] }).Statement ?? [];
    const result: Grants = {};
    for (const statement of statements) {
      for (const principal of [statement.Principal.AWS].flat()) result[principal] = [...result[principal] ?? [], ...[statement.Action].flat()].sort();
    }
    return result;
  }

  test('shares the pool and the imported Default list, updates the pool\'s policy in place, and removes both policies on destroy', async () => {
    const app = new LocalApp({
      sms: bed().emulator, pollIntervalMs: TEST_POLL_INTERVAL_MS, pacingIntervalMs: TEST_PACING_INTERVAL_MS, output: bed().output,
    });

    // WHEN v1
    expect((await app.deploy(v1)).map(result => result.status)).toEqual(['CREATE_COMPLETE']);
    const resources = app.deployedStacks[0].resources();
    const poolArn = resources.find(resource => resource.type === 'Custom::SmsVoicePool')!.physicalId;
    const policies = resources.filter(resource => resource.type === 'Custom::SmsVoiceResourcePolicy');

    // THEN each policy's physical id is the ARN of its resource
    expect(policies.map(resource => resource.physicalId).sort()).toEqual([DEFAULT_LIST, poolArn].sort());
    expect(await grants(poolArn)).toEqual({ 'arn:aws:iam::210987654321:root': ['sms-voice:SendTextMessage'] });
    expect(await grants(DEFAULT_LIST)).toEqual({ 'arn:aws:iam::210987654321:root': ['sms-voice:DescribeOptedOutNumbers', 'sms-voice:PutOptedOutNumber'] });

    // WHEN v2
    const mark = bed().emulator.calls().length;
    expect((await app.deploy(v2)).map(result => result.status)).toEqual(['UPDATE_COMPLETE']);

    // THEN one PutResourcePolicy, on the pool, and the same physical ids
    expect(bed().emulator.calls().slice(mark).filter(call => call.action.endsWith('ResourcePolicy') && call.action !== 'GetResourcePolicy')
      .map(call => [call.action, call.input.ResourceArn])).toEqual([['PutResourcePolicy', poolArn]]);
    expect(await grants(poolArn)).toEqual({
      'arn:aws:iam::210987654321:root': ['sms-voice:SendMediaMessage', 'sms-voice:SendTextMessage'],
      'arn:aws:iam::111122223333:root': ['sms-voice:SendMediaMessage', 'sms-voice:SendTextMessage'],
    });

    // WHEN
    expect((await app.destroy()).map(result => result.status)).toEqual(['DELETE_COMPLETE']);

    // THEN the Default list, which the stack imported, is left without the policy the stack wrote
    expect(await grants(DEFAULT_LIST)).toEqual({});
    expect(bed().emulator.calls().filter(call => call.action === 'DeleteResourcePolicy' && call.ok).map(call => call.input.ResourceArn).sort())
      .toEqual([DEFAULT_LIST, poolArn].sort());
  });
});
