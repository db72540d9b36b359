import { MAX_RESPONSE_BYTES, readResponse } from './custom-resource-response';

const body = (fields: object) => JSON.stringify({ StackId: 'arn:stack', RequestId: 'r', LogicalResourceId: 'L', ...fields });

describe('readResponse', () => {
  test('a SUCCESS gives the physical id and the Data', () => {
    expect(readResponse(body({ Status: 'SUCCESS', Reason: 'SUCCESS', PhysicalResourceId: 'arn:x', Data: { Name: 'x' } })))
      .toEqual({ status: 'SUCCESS', physicalResourceId: 'arn:x', data: { Name: 'x' } });
  });

  test('a FAILED shows its Reason as the stack events do, with the physical id it carried', () => {
    expect(readResponse(body({ Status: 'FAILED', Reason: 'boom', PhysicalResourceId: 'arn:x' }))).toEqual({
      status: 'FAILED',
      physicalResourceId: 'arn:x',
      reason: 'Received response status [FAILED] from custom resource. Message returned: boom',
    });
  });

  test(`a body over ${MAX_RESPONSE_BYTES} bytes fails, even a SUCCESS`, () => {
    const data = { Big: 'x'.repeat(MAX_RESPONSE_BYTES) };
    expect(readResponse(body({ Status: 'SUCCESS', PhysicalResourceId: 'arn:x', Data: data }))).toEqual({ status: 'FAILED', reason: 'Response object is too long.' });
  });

  test.each([
    ['no physical id', body({ Status: 'SUCCESS' }), 'Invalid PhysicalResourceId'],
    ['a physical id over 1 KB', body({ Status: 'SUCCESS', PhysicalResourceId: 'x'.repeat(1025) }), 'PhysicalResourceId is longer than 1024 bytes'],
    ['a body that is not JSON', 'not json', 'Invalid response object: the body is not JSON'],
    ['an unknown status', body({ Status: 'MAYBE', PhysicalResourceId: 'x' }), 'Invalid response status "MAYBE"'],
    ['no body at all', undefined, 'No response from the custom resource provider: CloudFormation would wait until the ServiceTimeout (3600 s)'],
  ])('fails on %s', (_case, response, reason) => {
    expect(readResponse(response)).toMatchObject({ status: 'FAILED', reason });
  });
});
