import { createHash } from 'crypto';
import { clientToken, clientTokensFor } from '../../lambda/sms-provider/idempotency';

const request = {
  StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/sms-app/0b7f2a10-1111-2222-3333-444455556666',
  LogicalResourceId: 'OrdersConfigurationSet4F7A2B1C',
  RequestId: 'a1b2c3d4-0000-1111-2222-333344445555',
};

describe('clientToken', () => {
  test('is hex(sha256(StackId|LogicalResourceId|RequestId|operation|childKey)), 64 characters', () => {
    const expected = createHash('sha256')
      .update(`${request.StackId}|${request.LogicalResourceId}|${request.RequestId}|CreateEventDestination|audit`)
      .digest('hex');
    expect(clientToken(request, 'CreateEventDestination', 'audit')).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  test('leaves the child key out when there is none', () => {
    const expected = createHash('sha256').update(`${request.StackId}|${request.LogicalResourceId}|${request.RequestId}|CreateConfigurationSet`).digest('hex');
    expect(clientToken(request, 'CreateConfigurationSet')).toBe(expected);
  });

  test('is the same for a re-delivered request', () => {
    expect(clientToken({ ...request }, 'CreateConfigurationSet')).toBe(clientToken(request, 'CreateConfigurationSet'));
  });

  test.each([
    ['another request', { ...request, RequestId: 'ffffffff-0000-1111-2222-333344445555' }, 'CreateConfigurationSet', undefined],
    ['another resource', { ...request, LogicalResourceId: 'Other' }, 'CreateConfigurationSet', undefined],
    ['another stack', { ...request, StackId: `${request.StackId}x` }, 'CreateConfigurationSet', undefined],
    ['another operation', request, 'CreatePool', undefined],
    ['another child', request, 'CreateConfigurationSet', 'child'],
  ])('differs for %s', (_title, other, operation, childKey) => {
    expect(clientToken(other, operation, childKey)).not.toBe(clientToken(request, 'CreateConfigurationSet'));
  });

  test('clientTokensFor binds the request', () => {
    expect(clientTokensFor(request)('CreateEventDestination', 'a')).toBe(clientToken(request, 'CreateEventDestination', 'a'));
  });
});
