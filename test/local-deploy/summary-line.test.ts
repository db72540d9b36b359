import { summaryLine } from './summary-line';

describe('summaryLine', () => {
  test('shows the scalar fields, then each list or map by its size, without ids, ARNs and timestamps', () => {
    expect(summaryLine({
      PhoneNumberArn: 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1',
      PhoneNumberId: 'phone-1',
      Status: 'ACTIVE',
      MessageType: 'TRANSACTIONAL',
      TwoWayEnabled: false,
      MonthlyLeasingPrice: '2.00',
      CreatedTimestamp: new Date(0),
      Keywords: [{ Keyword: 'HELP' }, { Keyword: 'STOP' }, { Keyword: 'INFO' }],
      Tags: { team: 'messaging' },
      TwoWayChannelArn: undefined,
    })).toBe('Status ACTIVE, MessageType TRANSACTIONAL, TwoWayEnabled false, MonthlyLeasingPrice 2.00, Keywords 3, Tags 1');
  });

  test('is empty for a description with nothing to show', () => {
    expect(summaryLine({ PoolId: 'pool-1', PoolArn: 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1' })).toBe('');
  });
});
