import { smsResourceId } from '../../lambda/sms-provider/arn';

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
