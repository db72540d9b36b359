import { DescribePoolsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { useEmulator } from '../local-deploy/support/use-emulator';
import { Template } from '../local-deploy/template';
import { SERVICE_TOKEN, template } from './support/templates';

/** A sender ID and a pool made of it, as the SenderId and Pool constructs write them. */
function app(messageType: string): Template {
  return template({
    Brand: {
      Type: 'Custom::SmsVoiceSenderId',
      Properties: {
        ServiceToken: SERVICE_TOKEN,
        SchemaVersion: '1',
        SenderId: 'MYBRAND',
        IsoCountryCode: 'US',
        DeletionProtectionEnabled: false,
        ReleaseOnDelete: true,
      },
    },
    Pool: {
      Type: 'Custom::SmsVoicePool',
      Properties: {
        ServiceToken: SERVICE_TOKEN,
        SchemaVersion: '1',
        OriginationIdentities: [{ 'Fn::GetAtt': ['Brand', 'SenderIdArn'] }],
        IsoCountryCode: 'US',
        MessageType: messageType,
        DeletionProtectionEnabled: false,
      },
    },
  });
}

describe('a pool whose message type changes', () => {
  const bed = useEmulator();

  test('is replaced: the new pool is created before the old one is deleted, and only the new one is left', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(app('TRANSACTIONAL'));
    const oldPool = stack.resources().find(resource => resource.logicalId === 'Pool')!.physicalId;
    const mark = bed().emulator.calls().length;

    const result = await stack.deploy(app('PROMOTIONAL'));

    expect(result.status).toBe('UPDATE_COMPLETE');
    const newPool = stack.resources().find(resource => resource.logicalId === 'Pool')!.physicalId;
    expect(result.replaced).toEqual([{ logicalId: 'Pool', oldPhysicalId: oldPool, newPhysicalId: newPool }]);
    expect(newPool).not.toBe(oldPool);
    const calls = bed().emulator.calls().slice(mark);
    const created = calls.findIndex(call => call.action === 'CreatePool' && call.ok);
    const deleted = calls.findIndex(call => call.action === 'DeletePool' && call.ok);
    expect(created).toBeGreaterThanOrEqual(0);
    expect(deleted).toBeGreaterThan(created);
    expect(calls[deleted].input.PoolId).toBe(oldPool.split('/').pop());

    const pools = await bed().client.send(new DescribePoolsCommand({}));
    expect(pools.Pools?.map(pool => [pool.PoolArn, pool.MessageType])).toEqual([[newPool, 'PROMOTIONAL']]);
  });
});
