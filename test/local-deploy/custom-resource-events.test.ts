import { asDelivered, CustomResourceEvents } from './custom-resource-events';
import { newStackIdentity } from './stack-identity';

describe('asDelivered', () => {
  test('turns every number and boolean into a string, keeping lists and objects', () => {
    expect(asDelivered({ Enabled: true, Days: 14, Off: false, Name: 'x', List: [1, { Deep: true }], Empty: null }))
      .toEqual({ Enabled: 'true', Days: '14', Off: 'false', Name: 'x', List: ['1', { Deep: 'true' }], Empty: null });
  });
});

describe('CustomResourceEvents', () => {
  const stack = newStackIdentity('Shop', 'eu-west-1', '111122223333');
  const events = new CustomResourceEvents(stack);
  const target = {
    logicalId: 'Transactional735D50ED',
    type: 'Custom::SmsVoiceConfigurationSet',
    properties: { ServiceToken: 'arn:aws:lambda:eu-west-1:111122223333:function:framework-onEvent', MessageFeedbackEnabled: true },
  };

  test('sends what CloudFormation sends on Create', () => {
    const event = events.create(target);
    expect(event).toEqual({
      RequestType: 'Create',
      ServiceToken: 'arn:aws:lambda:eu-west-1:111122223333:function:framework-onEvent',
      ResponseURL: expect.stringMatching(/^https:\/\/cloudformation-custom-resource-response-euwest1\.s3\.eu-west-1\.amazonaws\.com\/.+X-Amz-Signature=[0-9a-f]{64}$/),
      StackId: expect.stringMatching(/^arn:aws:cloudformation:eu-west-1:111122223333:stack\/Shop\/[0-9a-f-]{36}$/),
      RequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      LogicalResourceId: 'Transactional735D50ED',
      ResourceType: 'Custom::SmsVoiceConfigurationSet',
      ResourceProperties: { ServiceToken: 'arn:aws:lambda:eu-west-1:111122223333:function:framework-onEvent', MessageFeedbackEnabled: 'true' },
    });
    expect(event.StackId).toBe(stack.stackId);
    expect(event.ResponseURL).toContain(encodeURIComponent(`${stack.stackId}|Transactional735D50ED|${event.RequestId}`));
  });

  test('gives every event a fresh RequestId', () => {
    expect(events.create(target).RequestId).not.toBe(events.create(target).RequestId);
  });

  test('adds the physical id and the old properties, as delivered, to an Update', () => {
    const event = events.update(target, 'arn:old', { MessageFeedbackEnabled: false });
    expect(event).toMatchObject({ RequestType: 'Update', PhysicalResourceId: 'arn:old', OldResourceProperties: { MessageFeedbackEnabled: 'false' } });
  });

  test('adds the physical id to a Delete, without old properties', () => {
    const event = events.delete(target, 'arn:gone');
    expect(event).toMatchObject({ RequestType: 'Delete', PhysicalResourceId: 'arn:gone' });
    expect(event).not.toHaveProperty('OldResourceProperties');
  });
});
