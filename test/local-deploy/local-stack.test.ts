import { MAX_RESPONSE_BYTES } from './custom-resource-response';
import { useEmulator } from './support/use-emulator';
import { CONTROL_PLANE_INTERVAL_MS } from '../../lambda/sms-provider/pacing';
import { configurationSet, SERVICE_TOKEN, template, topic } from '../stacks/support/templates';

const CREATE_FAILED_MARKER = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';
const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/';

describe('LocalStack', () => {
  const bed = useEmulator();

  test('sends each custom resource the event CloudFormation sends, with its properties as strings', async () => {
    const stack = bed().stack('Shop');
    const result = await stack.deploy(template({ Orders: configurationSet({ name: 'orders', feedback: true }) }));

    expect(result.status).toBe('CREATE_COMPLETE');
    const [exchange] = result.exchanges;
    expect(exchange.request).toEqual({
      RequestType: 'Create',
      ServiceToken: SERVICE_TOKEN,
      ResponseURL: expect.stringMatching(/^https:\/\/cloudformation-custom-resource-response-useast1\./),
      StackId: expect.stringMatching(/^arn:aws:cloudformation:us-east-1:123456789012:stack\/Shop\/[0-9a-f-]{36}$/),
      RequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      LogicalResourceId: 'Orders',
      ResourceType: 'Custom::SmsVoiceConfigurationSet',
      ResourceProperties: { ServiceToken: SERVICE_TOKEN, SchemaVersion: '1', ConfigurationSetName: 'orders', MessageFeedbackEnabled: 'true' },
    });
    expect(exchange.request.StackId).toBe(stack.stackId);
    expect(JSON.parse(exchange.responseBody!)).toEqual({
      Status: 'SUCCESS',
      Reason: 'SUCCESS',
      StackId: stack.stackId,
      RequestId: exchange.request.RequestId,
      PhysicalResourceId: `${ARN_PREFIX}orders`,
      LogicalResourceId: 'Orders',
      Data: { ConfigurationSetName: 'orders', ConfigurationSetArn: `${ARN_PREFIX}orders` },
    });
  });

  test('resolves references in dependency order: Fn::GetAtt on a custom resource reads its Data, Ref gives its physical id', async () => {
    const stack = bed().stack('Shop');
    const result = await stack.deploy({
      Resources: {
        Sender: {
          Type: 'AWS::Lambda::Function',
          Properties: { Environment: { Variables: { NAME: { 'Fn::GetAtt': ['Orders', 'ConfigurationSetName'] }, ARN: { Ref: 'Orders' } } } },
        },
        Orders: configurationSet({ name: 'orders', snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED']] } }),
        Alerts: topic,
      },
      Outputs: { SetArn: { Value: { 'Fn::Sub': '${Orders.ConfigurationSetArn}' } } },
    });

    expect(result.created).toEqual(['Alerts', 'Orders', 'Sender']);
    const resources = Object.fromEntries(stack.resources().map(r => [r.logicalId, r]));
    expect(resources.Sender.properties).toEqual({ Environment: { Variables: { NAME: 'orders', ARN: `${ARN_PREFIX}orders` } } });
    expect(result.outputs).toEqual({ SetArn: `${ARN_PREFIX}orders` });
    const [createDestination] = bed().emulator.calls().filter(call => call.action === 'CreateEventDestination');
    expect(createDestination.input.SnsDestination).toEqual({ TopicArn: resources.Alerts.physicalId });
    expect(resources.Alerts.physicalId).toMatch(/^arn:aws:sns:us-east-1:123456789012:Shop-Alerts-[0-9A-F]{12}$/);
  });

  test('fails a custom resource whose Data lacks an attribute the template reads, and rolls it back by its real id', async () => {
    const stack = bed().stack('Shop');
    const result = await stack.deploy({
      Resources: {
        Orders: configurationSet({ name: 'orders' }),
        Sender: { Type: 'AWS::Lambda::Function', Properties: { Env: { 'Fn::GetAtt': ['Orders', 'NoSuchAttribute'] } } },
      },
    });

    expect(result.status).toBe('ROLLBACK_COMPLETE');
    expect(result.failures).toEqual([{
      logicalId: 'Orders',
      type: 'Custom::SmsVoiceConfigurationSet',
      requestType: 'Create',
      reason: expect.stringMatching(/^CustomResource attribute error: Vendor response doesn't contain NoSuchAttribute key in object arn:aws:cloudformation:/),
    }]);
    expect(result.exchanges.map(e => [e.request.RequestType, e.request.PhysicalResourceId])).toEqual([
      ['Create', undefined],
      ['Delete', `${ARN_PREFIX}orders`],
    ]);
    expect(bed().emulator.calls().map(call => call.action)).toContain('DeleteConfigurationSet');
  });

  test('rolls back a failed create: the framework answers for the failed resource itself, and what was created is deleted in reverse', async () => {
    const stack = bed().stack('Shop');
    const result = await stack.deploy(template({
      Alerts: topic,
      First: configurationSet({ name: 'first' }),
      Broken: configurationSet({ name: 'not a valid name!' }, { DependsOn: 'First' }),
    }));

    expect(result.status).toBe('ROLLBACK_COMPLETE');
    expect(result.succeeded).toBe(false);
    const [, failedCreate, markerDelete, firstDelete] = result.exchanges;
    expect(JSON.parse(failedCreate.responseBody!)).toMatchObject({ Status: 'FAILED', PhysicalResourceId: CREATE_FAILED_MARKER, LogicalResourceId: 'Broken' });
    expect(markerDelete.request).toMatchObject({ RequestType: 'Delete', LogicalResourceId: 'Broken', PhysicalResourceId: CREATE_FAILED_MARKER });
    expect(JSON.parse(markerDelete.responseBody!)).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: CREATE_FAILED_MARKER });
    expect(markerDelete.onEventInvocations).toBe(0);
    expect(firstDelete.request).toMatchObject({ RequestType: 'Delete', LogicalResourceId: 'First', PhysicalResourceId: `${ARN_PREFIX}first` });
    expect(result.rollback).toEqual({ updated: [], deleted: ['Broken', 'First', 'Alerts'] });
    expect(result.failures[0].reason).toMatch(/^Received response status \[FAILED\] from custom resource\. Message returned: .*not a valid name!/);
    expect(stack.resources()).toEqual([]);
    expect(bed().emulator.calls().filter(call => call.action === 'CreateConfigurationSet').map(call => call.input.ConfigurationSetName)).toEqual(['first']);
  });

  test('records only bodies that follow the framework rules: Data on SUCCESS, the marker after a failed create, all under 4096 bytes', async () => {
    const stack = bed().stack('Shop');
    const results = [
      await stack.deploy(template({ Orders: configurationSet({ name: 'orders', tags: { team: 'shop' } }) })),
      await stack.deploy(template({ Orders: configurationSet({ name: 'orders', tags: { team: 'checkout' } }), Bad: configurationSet({ name: '!' }) })),
      await stack.destroy(),
    ];

    const bodies = results.flatMap(result => result.exchanges).map(exchange => ({ exchange, body: JSON.parse(exchange.responseBody!) }));
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    for (const { exchange, body } of bodies) {
      expect(Buffer.byteLength(exchange.responseBody!)).toBeLessThan(MAX_RESPONSE_BYTES);
      expect(body.StackId).toBe(exchange.request.StackId);
      expect(body.RequestId).toBe(exchange.request.RequestId);
      if (body.Status === 'SUCCESS' && exchange.request.RequestType !== 'Delete') {
        expect(body.Data).toEqual({ ConfigurationSetName: 'orders', ConfigurationSetArn: `${ARN_PREFIX}orders` });
      }
    }
    const failedCreate = bodies.find(({ body }) => body.Status === 'FAILED');
    expect(failedCreate?.body).toMatchObject({ LogicalResourceId: 'Bad', PhysicalResourceId: CREATE_FAILED_MARKER });
  });

  test('skips an update whose resolved properties are unchanged: no event, no API call', async () => {
    const stack = bed().stack('Shop');
    const resources = { Alerts: topic, Orders: configurationSet({ name: 'orders', snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED']] } }) };
    await stack.deploy(template(resources));

    const result = await stack.deploy(template(resources));

    expect(result).toMatchObject({ status: 'UPDATE_COMPLETE', created: [], updated: [], replaced: [], deleted: [], exchanges: [], apiCalls: {} });
  });

  test('creates added resources, updates changed ones with their old properties, and deletes removed ones in the cleanup', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(template({ Old: configurationSet({ name: 'old' }), Orders: configurationSet({ name: 'orders' }) }));

    const result = await stack.deploy(template({ Orders: configurationSet({ name: 'orders', feedback: true }), New: configurationSet({ name: 'new' }) }));

    expect(result).toMatchObject({ status: 'UPDATE_COMPLETE', created: ['New'], updated: ['Orders'], deleted: ['Old'] });
    expect(result.exchanges.map(e => [e.request.RequestType, e.request.LogicalResourceId])).toEqual([
      ['Update', 'Orders'],
      ['Create', 'New'],
      ['Delete', 'Old'],
    ]);
    expect(result.exchanges[0].request).toMatchObject({
      PhysicalResourceId: `${ARN_PREFIX}orders`,
      ResourceProperties: { MessageFeedbackEnabled: 'true' },
      OldResourceProperties: { MessageFeedbackEnabled: 'false', ServiceToken: SERVICE_TOKEN },
    });
    expect(bed().output.lines).toContainEqual(expect.stringMatching(/\| UPDATE_COMPLETE_CLEANUP_IN_PROGRESS \| AWS::CloudFormation::Stack/));
  });

  test('deletes in reverse dependency order', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(template({ Orders: configurationSet({ name: 'orders', snsDestinations: { Alerts: ['Alerts', ['TEXT_BLOCKED']] } }), Alerts: topic }));

    const result = await stack.destroy();

    expect(result).toMatchObject({ status: 'DELETE_COMPLETE', deleted: ['Orders', 'Alerts'], retained: [] });
    expect(stack.resources()).toEqual([]);
  });

  test('prints progress lines and a summary with the API calls by action; a failure shows the handler\'s reason', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(template({ Orders: configurationSet({ name: 'orders', senderId: 'SHOP' }) }));
    await stack.deploy(template({ Orders: configurationSet({ name: 'orders', senderId: 'not valid!' }) }));

    const lines = bed().output.lines;
    expect(lines).toContainEqual(expect.stringMatching(
      /^Shop \| 1\/1 \| \d\d:\d\d:\d\d \| CREATE_COMPLETE +\| Custom::SmsVoiceConfigurationSet \| Orders \(arn:aws:sms-voice:us-east-1:123456789012:configuration-set\/orders\) \d+\.\ds$/,
    ));
    expect(lines).toContainEqual(expect.stringMatching(/^done: Shop CREATE_COMPLETE in \d+\.\ds$/));
    expect(lines).toContainEqual('  resources: 1 created, 0 updated, 0 replaced, 0 deleted, 0 retained');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}API calls: \d+ \(2 mutating\): CreateConfigurationSet 1, DescribeConfigurationSets \d+, .*SetDefaultSenderId 1$/));
    expect(lines).toContainEqual(expect.stringMatching(
      /^Shop \| \d+\/1 \| \d\d:\d\d:\d\d \| UPDATE_FAILED +\| Custom::SmsVoiceConfigurationSet \| Orders \(arn:[^)]+\) Received response status \[FAILED\] from custom resource\. Message returned: .*not valid!/,
    ));
    expect(lines).toContainEqual(expect.stringMatching(/^FAILED: Shop UPDATE_ROLLBACK_COMPLETE in /));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}failed Update of Orders: Received response status \[FAILED\]/));
  });

  test('refuses an update that changes a resource type, before touching anything', async () => {
    const stack = bed().stack('Shop');
    await stack.deploy(template({ Orders: configurationSet({ name: 'orders' }) }));

    await expect(stack.deploy(template({ Orders: topic }))).rejects.toThrow('Update of resource type is not permitted');
    expect(stack.stackStatus).toBe('CREATE_COMPLETE');
  });

  test.each([
    ['paces calls of one action to the service quotas by default', undefined, (gapMs: number) => expect(gapMs).toBeGreaterThanOrEqual(CONTROL_PLANE_INTERVAL_MS - 2)],
    ['does not pace them with pacingIntervalMs 0', 0, (gapMs: number) => expect(gapMs).toBeLessThan(CONTROL_PLANE_INTERVAL_MS)],
  ])('the bundled handler %s', async (_title, pacingIntervalMs, expectGap) => {
    const stack = bed().stack('Shop', { pacingIntervalMs });
    const result = await stack.deploy(template({
      Orders: configurationSet({ name: 'orders', snsDestinations: { First: ['Alerts', ['TEXT_BLOCKED']], Second: ['Alerts', ['TEXT_DELIVERED']] } }),
      Alerts: topic,
    }));

    expect(result.status).toBe('CREATE_COMPLETE');
    const creates = bed().emulator.calls().filter(call => call.action === 'CreateEventDestination');
    expect(creates).toHaveLength(2);
    expectGap(creates[1].at - (creates[0].at + creates[0].durationMs));
  });
});
