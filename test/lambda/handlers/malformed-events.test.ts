import { RESOURCE_TYPES } from '../../../lambda/sms-provider/dispatch';
import { RawProperties } from '../../../lambda/sms-provider/events';
import { expectSmallResponse } from '../support/contract';
import { CustomResourceEvents } from '../support/events';
import { runProvider } from '../support/provider';
import { handlersFor, useTestBed } from '../support/test-bed';
import { VALID_PROPERTIES } from '../support/valid-properties';

/** Every top-level property of valid properties, SchemaVersion aside, given a value of the wrong JSON type. */
function wrongTypes(properties: RawProperties): RawProperties {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, key === 'SchemaVersion' ? value : typeof value === 'string' ? { value } : 'text']));
}

/**
 * Hand-written malformed events: what a hand-edited template, a stale stack or another tool might
 * send. (Oversized values, 10 KB in every string, are response-limits.test.ts's.)
 */
const MALFORMED: readonly [string, (valid: RawProperties) => RawProperties | undefined, RegExp][] = [
  ['no properties at all', () => undefined, /properties: the event's ResourceProperties must be an object, but are undefined/],
  ['an unknown SchemaVersion', valid => ({ ...valid, SchemaVersion: '99' }), /SchemaVersion "99" is not one this handler knows \(1/],
  ['a SchemaVersion that is not a number', valid => ({ ...valid, SchemaVersion: { version: 1 } as never }), /SchemaVersion \{"version":1\} is not one this handler knows/],
  ['every property of the wrong type', wrongTypes, /properties: \w+(\.\w+)* must be an? (string|number|list|object|boolean)/],
  ['an unknown property', valid => ({ ...valid, Unknown: 'x' }), /properties: unknown property Unknown \(allowed: /],
  ['required properties left out', () => ({ SchemaVersion: '1' }), /is required|at least one of/],
];

describe("the handler's own validation of malformed events, against the emulator", () => {
  const bed = useTestBed();

  const cases = RESOURCE_TYPES.flatMap(type => MALFORMED.map(([title, make, reason]) => [type, title, make, reason] as const));
  test.each(cases)('%s, %s: fails with a clear reason, a small response and no call that changes anything', async (type, _title, make, reason) => {
    const mark = bed().mark();
    const event = new CustomResourceEvents('Malformed1A2B3C4D', type).create({});
    const result = await runProvider(handlersFor(bed().client), { ...event, ResourceProperties: make(VALID_PROPERTIES[type]) as never });
    expect(result.status).toBe('FAILED');
    expect(result.reason).toMatch(reason);
    expectSmallResponse(result);
    expect(bed().mutatingCallsSince(mark)).toEqual([]);
  });
});
