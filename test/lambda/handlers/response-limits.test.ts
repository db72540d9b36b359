import { ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RESOURCE_TYPES } from '../../../lambda/sms-provider/dispatch';
import { MAX_MESSAGE_BYTES } from '../../../lambda/sms-provider/errors';
import { RawProperties } from '../../../lambda/sms-provider/events';
import { interceptingClient } from '../support/clients';
import { expectSmallResponse } from '../support/contract';
import { CustomResourceEvents } from '../support/events';
import { runProvider } from '../support/provider';
import { handlersFor, useTestBed } from '../support/test-bed';
import { VALID_PROPERTIES } from '../support/valid-properties';


const TYPES = [...RESOURCE_TYPES].sort();
const TEN_KB = 10 * 1024;

/** Every string the properties hold, SchemaVersion and the flags aside, made 10 KB long (numbers, of digits). */
function oversized(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    if (key === 'SchemaVersion' || value === 'true' || value === 'false') return value;
    return /^\d+$/.test(value) ? '9'.repeat(TEN_KB) : value.padEnd(TEN_KB, 'x');
  }
  if (Array.isArray(value)) return value.map(item => oversized(item));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oversized(v, k)]));
  return value;
}

/** A service that refuses every call with a 20 KB message and fifty 1 KB fields. */
const hugeRefusal = () => Promise.reject(new ValidationException({
  message: 'm'.repeat(20 * 1024),
  $metadata: { httpStatusCode: 400 },
  Reason: 'INVALID_PARAMETER',
  Fields: Array.from({ length: 50 }, (_, i) => ({ Name: `Field${i}`, Message: 'f'.repeat(1024) })),
}));

/**
 * CloudFormation refuses a response of 4096 bytes or more, and a physical id over 1 KB: the stack
 * then waits for a response that never comes. Whatever the input and whatever the service says,
 * the handler's answer fits. (Each type's largest success, a full create with every attribute in
 * Data, is checked by its C1 case: `testCreateAndDelete`.)
 */
describe('every response fits CloudFormation, against the emulator', () => {
  const bed = useTestBed();

  test('the table covers every resource type the provider handles', () => {
    expect(Object.keys(VALID_PROPERTIES).sort()).toEqual(TYPES);
  });

  test.each(TYPES)('%s: 10 KB in every string property fails with a reason cut to fit, and a small response', async resourceType => {
    const properties = oversized(VALID_PROPERTIES[resourceType]) as RawProperties;
    const result = await runProvider(handlersFor(bed().client), new CustomResourceEvents('Oversized1A2B3C4D', resourceType).create(properties));
    expect(result.status).toBe('FAILED');
    expect(Buffer.byteLength(result.reason.split('\n')[0])).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expectSmallResponse(result);
    expect(bed().mutatingCallsSince(0)).toEqual([]);
  });

  test.each(TYPES)('%s: a service that answers every call with 40 KB of error fails with a small response', async resourceType => {
    const client = interceptingClient(bed().client, hugeRefusal);
    const events = new CustomResourceEvents('Refused1A2B3C4D', resourceType);
    const result = await runProvider(handlersFor(client), events.create(VALID_PROPERTIES[resourceType]));
    expect(result.status).toBe('FAILED');
    expect(result.reason).toMatch(/^ValidationException INVALID_PARAMETER: /);
    expect(Buffer.byteLength(result.reason.split('\n')[0])).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expectSmallResponse(result);
  });
});
