import { senderIdOfArn, smsResourceId } from '../../lambda/sms-provider/arn';

describe('smsResourceId', () => {
  test.each([
    ['arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders', 'orders'],
    ['arn:aws-cn:sms-voice:cn-north-1:123456789012:configuration-set/orders_2-b', 'orders_2-b'],
    ['arn:aws:sms-voice:us-east-1:123456789012:pool/pool-123', undefined],
    ['arn:aws:sns:us-east-1:123456789012:configuration-set/orders', undefined],
    ['arn:aws:sms-voice:us-east-1:123456789012:configuration-set/', undefined],
    ['arn:aws:sms-voice:us-east-1:123456789012:configuration-set/a/b', undefined],
    ['AWSCDK::CustomResourceProviderFramework::CREATE_FAILED', undefined],
    ['sms-app-OrdersConfigurationSet-1A2B3C4D5E6F', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(smsResourceId(value, 'configuration-set')).toBe(expected);
  });
});

describe('senderIdOfArn', () => {
  test.each([
    ['arn:aws:sms-voice:us-east-1:123456789012:sender-id/ORDERS/GB', { senderId: 'ORDERS', isoCountryCode: 'GB' }],
    ['arn:aws:sms-voice:eu-west-1:123456789012:sender-id/my_sender-1/IE', { senderId: 'my_sender-1', isoCountryCode: 'IE' }],
    ['arn:aws:sms-voice:us-east-1:123456789012:sender-id/ORDERS', undefined],
    ['arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1/GB', undefined],
    ['AWSCDK::CustomResourceProviderFramework::CREATE_FAILED', undefined],
    [undefined, undefined],
  ])('%s → %j', (value, expected) => {
    expect(senderIdOfArn(value)).toEqual(expected);
  });

  test('smsResourceId never takes a two-part id for a one-part one', () => {
    expect(smsResourceId('arn:aws:sms-voice:us-east-1:123456789012:sender-id/ORDERS/GB', 'sender-id')).toBeUndefined();
  });
});
