import * as http from 'http';
import type { AddressInfo } from 'net';
import {
  AccessDeniedException,
  CarrierLookupCommand,
  ConflictException,
  CreateConfigurationSetCommand,
  DescribeConfigurationSetsCommand,
  InternalServerException,
  PinpointSMSVoiceV2ServiceException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  accessDenied, alreadyExists, internalError, notFound, quotaExceeded, ServiceError, throttled, unknownOperation, validationError,
} from './errors';
import { actionOf, regionOf } from './protocol';
import { clientFor, errorOf, rawCall, useEmulator } from './support';

const env = useEmulator({ region: 'ap-southeast-2', accountId: '111122223333' });

describe('requests', () => {
  test('takes the region from the SigV4 credential scope', async () => {
    const sms = clientFor(env.emulator.endpoint, { region: 'eu-central-1' });
    try {
      const created = await sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
      expect(created.ConfigurationSetArn).toBe('arn:aws:sms-voice:eu-central-1:111122223333:configuration-set/orders');
    } finally {
      sms.destroy();
    }
  });

  test('falls back to the region option for an unsigned request, and answers JSON with epoch-second timestamps', async () => {
    const before = Date.now() / 1000;
    const { status, body } = await rawCall(env.emulator.endpoint, 'PinpointSMSVoiceV2.CreateConfigurationSet', '{"ConfigurationSetName":"orders"}');
    expect(status).toBe(200);
    expect(body.ConfigurationSetArn).toBe('arn:aws:sms-voice:ap-southeast-2:111122223333:configuration-set/orders');
    expect(typeof body.CreatedTimestamp).toBe('number');
    expect(body.CreatedTimestamp).toBeGreaterThanOrEqual(before - 0.01);
    expect(body.CreatedTimestamp).toBeLessThanOrEqual(Date.now() / 1000 + 0.01);
  });

  test('answers with the awsJson1_0 content type and a request id', async () => {
    const response = await fetch(env.emulator.endpoint, {
      method: 'POST',
      headers: { 'x-amz-target': 'PinpointSMSVoiceV2.DescribeConfigurationSets', 'content-type': 'application/x-amz-json-1.0' },
      body: '{}',
    });
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ ConfigurationSets: [] });
  });

  test('an unknown action fails with UnknownOperationException', async () => {
    const { status, body } = await rawCall(env.emulator.endpoint, 'PinpointSMSVoiceV2.LaunchRocket', '{}');
    expect(status).toBe(400);
    expect(body).toMatchObject({ __type: 'UnknownOperationException', message: expect.stringContaining('LaunchRocket') });
    const otherService = await rawCall(env.emulator.endpoint, 'DynamoDB_20120810.ListTables', '{}');
    expect(otherService.body.__type).toBe('UnknownOperationException');
    expect(env.emulator.calls().map(c => c.errorName)).toEqual(['UnknownOperationException', 'UnknownOperationException']);
  });

  test('an action of the API that is not implemented yet fails fast with a 501 the SDK does not retry', async () => {
    const sms = clientFor(env.emulator.endpoint);
    try {
      const error = await errorOf(sms.send(new CarrierLookupCommand({ PhoneNumber: '+12065550100' })));
      expect(error).toBeInstanceOf(PinpointSMSVoiceV2ServiceException);
      expect(error.name).toBe('NotImplementedException');
      expect(env.emulator.calls()).toHaveLength(1);
    } finally {
      sms.destroy();
    }
  });
});

describe('regionOf and actionOf', () => {
  test('read the credential scope and the target', () => {
    expect(regionOf('AWS4-HMAC-SHA256 Credential=x/20240101/us-west-2/sms-voice/aws4_request, SignedHeaders=host, Signature=abc')).toBe('us-west-2');
    expect(regionOf('Bearer token')).toBeUndefined();
    expect(regionOf(undefined)).toBeUndefined();
    expect(actionOf('PinpointSMSVoiceV2.CreatePool')).toBe('CreatePool');
    expect(actionOf('Other.CreatePool')).toBeUndefined();
  });
});

describe('every error deserializes into the SDK exception of the same name', () => {
  let server: http.Server;
  let endpoint: string;
  let next: ServiceError;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      request.resume().on('end', () => {
        response.writeHead(next.status, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify(next.body));
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

  test.each([
    ['ValidationException', ValidationException, validationError('INVALID_PARAMETER', [{ Name: 'A.B', Message: 'bad' }]), { Reason: 'INVALID_PARAMETER', Fields: [{ Name: 'A.B', Message: 'bad' }] }],
    ['ConflictException', ConflictException, alreadyExists('pool', 'pool-1'), { Reason: 'RESOURCE_ALREADY_EXISTS', ResourceType: 'pool', ResourceId: 'pool-1' }],
    ['ResourceNotFoundException', ResourceNotFoundException, notFound('event-destination', 'd'), { ResourceType: 'event-destination', ResourceId: 'd' }],
    ['ServiceQuotaExceededException', ServiceQuotaExceededException, quotaExceeded('TAGS_PER_RESOURCE', 200), { Reason: 'TAGS_PER_RESOURCE' }],
    ['ThrottlingException', ThrottlingException, throttled(), {}],
    ['AccessDeniedException', AccessDeniedException, accessDenied('ACCOUNT_DISABLED', 'no'), { Reason: 'ACCOUNT_DISABLED' }],
    ['InternalServerException', InternalServerException, internalError('req-1'), { RequestId: 'req-1' }],
  ] as const)('%s', async (_name, type, error, fields) => {
    next = error;
    const sms = clientFor(endpoint, { maxAttempts: 1 });
    try {
      const thrown = await errorOf(sms.send(new DescribeConfigurationSetsCommand({})));
      expect(thrown).toBeInstanceOf(type);
      expect(thrown.message).toBe(error.message);
      expect(thrown).toMatchObject(fields);
      expect(thrown.$metadata).toMatchObject({ httpStatusCode: error.status });
    } finally {
      sms.destroy();
    }
  });

  test('an unknown operation is the generic service exception', async () => {
    next = unknownOperation('PinpointSMSVoiceV2.X');
    const sms = clientFor(endpoint, { maxAttempts: 1 });
    try {
      const thrown = await errorOf(sms.send(new DescribeConfigurationSetsCommand({})));
      expect(thrown).toBeInstanceOf(PinpointSMSVoiceV2ServiceException);
      expect(thrown.name).toBe('UnknownOperationException');
    } finally {
      sms.destroy();
    }
  });
});
