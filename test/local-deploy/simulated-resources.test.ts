import { simulatedAttribute, simulatedReplacement, simulateResource } from './simulated-resources';
import { newStackIdentity } from './stack-identity';

const stack = newStackIdentity('ConfigurationSetWithLogs', 'us-east-1', '123456789012');

describe('simulateResource', () => {
  test.each([
    ['AWS::SNS::Topic', 'Alerts', {}, /^arn:aws:sns:us-east-1:123456789012:ConfigurationSetWithLogs-Alerts-[0-9A-F]{12}$/, 'TopicArn', /^arn:aws:sns:/],
    ['AWS::Logs::LogGroup', 'Events', {}, /^ConfigurationSetWithLogs-Events-[0-9A-F]{12}$/, 'Arn',
      /^arn:aws:logs:us-east-1:123456789012:log-group:ConfigurationSetWithLogs-Events-[0-9A-F]{12}:\*$/],
    ['AWS::IAM::Role', 'Role', { Path: '/service/' }, /^ConfigurationSetWithLogs-Role-[0-9A-F]{12}$/, 'Arn',
      /^arn:aws:iam::123456789012:role\/service\/ConfigurationSetWithLogs-Role-[0-9A-F]{12}$/],
    ['AWS::Lambda::Function', 'Sender', { FunctionName: 'send-sms' }, /^send-sms$/, 'Arn', /^arn:aws:lambda:us-east-1:123456789012:function:send-sms$/],
    ['AWS::StepFunctions::StateMachine', 'Waiter', {}, /^arn:aws:states:us-east-1:123456789012:stateMachine:ConfigurationSetWithLogs-Waiter-/, 'Name',
      /^ConfigurationSetWithLogs-Waiter-/],
    ['AWS::S3::Bucket', 'Archive', {}, /^configurationsetwithlogs-archive-[0-9a-f]{12}$/, 'Arn', /^arn:aws:s3:::configurationsetwithlogs-archive-/],
  ])('gives %s a plausible Ref and attribute', (type, logicalId, properties, ref, attribute, value) => {
    const resource = simulateResource(type, logicalId, properties, stack);
    expect(resource.physicalId).toMatch(ref);
    expect(simulatedAttribute(type, resource, attribute, stack)).toMatch(value);
  });

  test('generates the same name for the same stack and logical id, within the length the service allows', () => {
    const longId = `Very${'Long'.repeat(30)}LogicalId`;
    const first = simulateResource('AWS::IAM::Role', longId, {}, stack).physicalId;
    expect(simulateResource('AWS::IAM::Role', longId, {}, stack).physicalId).toBe(first);
    expect(first.length).toBeLessThanOrEqual(64);
    expect(simulateResource('AWS::IAM::Role', longId, {}, newStackIdentity('ConfigurationSetWithLogs', 'us-east-1', '123456789012')).physicalId).not.toBe(first);
  });

  test('builds attributes it has no rule for from the type and physical id', () => {
    const resource = simulateResource('AWS::KinesisVideo::Stream', 'Video', {}, stack);
    expect(simulatedAttribute('AWS::KinesisVideo::Stream', resource, 'Arn', stack))
      .toBe(`arn:aws:kinesisvideo:us-east-1:123456789012:stream/${resource.physicalId}`);
    expect(simulatedAttribute('AWS::KinesisVideo::Stream', resource, 'Endpoint', stack)).toBe(`${resource.physicalId}.Endpoint`);
  });
});

describe('simulatedReplacement', () => {
  test('replaces a resource whose name property changed, and only then', () => {
    expect(simulatedReplacement('AWS::SNS::Topic', { TopicName: 'a' }, { TopicName: 'b' })).toBe(true);
    expect(simulatedReplacement('AWS::SNS::Topic', { TopicName: 'a', DisplayName: 'x' }, { TopicName: 'a', DisplayName: 'y' })).toBe(false);
    expect(simulatedReplacement('AWS::IAM::Policy', { PolicyName: 'a' }, { PolicyName: 'b' })).toBe(false);
  });
});
