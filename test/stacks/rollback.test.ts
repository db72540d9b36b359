import { describeInFull, named, smsInventory } from '../local-deploy/sms-inventory';
import { configurationSet, template, topic } from './support/templates';
import { useEmulator } from '../local-deploy/support/use-emulator';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/';

const V1 = template({
  Alerts: topic,
  A: configurationSet({ name: 'rollback-a', senderId: 'SHOPA', snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED']] }, tags: { team: 'a' } }),
  B: configurationSet({ name: 'rollback-b', senderId: 'SHOPB', snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED']] } }, { DependsOn: 'A' }),
});

/** A is changed in every way; B changes its sender id, then meets the service's quota on its second new destination. */
const V2 = template({
  Alerts: topic,
  A: configurationSet({
    name: 'rollback-a',
    senderId: 'SHOPA2',
    feedback: true,
    snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED', 'TEXT_SPAM']], Archive: ['Alerts', ['TEXT_ALL']] },
    tags: { team: 'a2', cost: 'sms' },
  }),
  B: configurationSet({
    name: 'rollback-b',
    senderId: 'SHOPB2',
    snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED']], Spam: ['Alerts', ['TEXT_SPAM']], Expired: ['Alerts', ['TEXT_TTL_EXPIRED']] },
  }, { DependsOn: 'A' }),
});

describe('an update that fails halfway', () => {
  const bed = useEmulator();

  test('is rolled back: every updated resource, the failed one included, gets its old properties back', async () => {
    bed().emulator.configure({ limits: { eventDestinationsPerConfigurationSet: 2 } });
    const stack = bed().stack('Shop');
    await stack.deploy(V1);
    const read = async () => {
      const inventory = await smsInventory(bed().client);
      return Promise.all(['rollback-a', 'rollback-b'].map(name => describeInFull(bed().client, named(inventory, `${ARN_PREFIX}${name}`)!)));
    };
    const afterV1 = await read();
    const v1Properties = Object.fromEntries(stack.resources().map(resource => [resource.logicalId, resource.properties]));

    const result = await stack.deploy(V2);

    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(result.failures).toEqual([{
      logicalId: 'B',
      type: 'Custom::SmsVoiceConfigurationSet',
      requestType: 'Update',
      reason: expect.stringMatching(/^Received response status \[FAILED\] from custom resource\. Message returned: ServiceQuotaExceeded/),
    }]);
    // B had changed its sender id and added a destination before the quota stopped it.
    const forward = bed().emulator.calls().filter(call => call.ok && ['SetDefaultSenderId', 'CreateEventDestination'].includes(call.action));
    expect(forward.map(call => [call.action, call.input.ConfigurationSetName])).toEqual(expect.arrayContaining([
      ['SetDefaultSenderId', 'rollback-b'],
      ['CreateEventDestination', 'rollback-b'],
    ]));
    // The rollback: B first, then A, each an Update with the properties swapped.
    const rollbackUpdates = result.exchanges.slice(-2).map(e => e.request);
    expect(rollbackUpdates.map(event => [event.RequestType, event.LogicalResourceId])).toEqual([['Update', 'B'], ['Update', 'A']]);
    expect(rollbackUpdates[1]).toMatchObject({
      PhysicalResourceId: `${ARN_PREFIX}rollback-a`,
      ResourceProperties: { DefaultSenderId: 'SHOPA', MessageFeedbackEnabled: 'false' },
      OldResourceProperties: { DefaultSenderId: 'SHOPA2', MessageFeedbackEnabled: 'true' },
    });
    expect(result.rollback).toEqual({ updated: ['B', 'A'], deleted: [] });
    expect(bed().output.lines).toContainEqual(expect.stringMatching(/\| UPDATE_ROLLBACK_IN_PROGRESS +\| AWS::CloudFormation::Stack/));

    expect(await read()).toEqual(afterV1);
    expect(Object.fromEntries(stack.resources().map(resource => [resource.logicalId, resource.properties]))).toEqual(v1Properties);
  });
});
