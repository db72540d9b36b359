import { TagResourceCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { interceptingClient, onFirst } from './clients';
import { CREATE_FAILED_MARKER, CustomResourceEvents } from './events';
import { ProviderResult, runProvider } from './provider';
import { handlerClient, handlersFor, TestBed, useTestBed } from './test-bed';
import { OnEventRequest, OnEventResponse, RawProperties } from '../../../lambda/sms-provider/events';
import { MUTATING, RecordedCall } from '../../emulator';

/**
 * The contract cases every custom resource type shares, each a test its contract file declares with
 * its own properties, options and read-back. The file keeps only what is specific to its resource.
 */

/** The events of the current test's resource: a fresh stack (and so fresh ids) for every test. */
export type ContractEvents = Pick<CustomResourceEvents, 'create' | 'update' | 'delete'>;

export interface Contract<O> {
  readonly bed: () => TestBed;
  readonly events: ContractEvents;
  readonly logicalResourceId: string;
  properties(options: O): RawProperties;
  /** GIVEN a resource deployed with `options`: its physical id. */
  deployed(options: O): Promise<string>;
  update(physicalId: string, to: O, from: O): Promise<ProviderResult>;
  remove(physicalId: string, options: O): Promise<ProviderResult>;
}

/** One emulator for the file, and the events and steps of one resource type, as a contract file declares them. */
export function useContract<O>(logicalResourceId: string, resourceType: string, properties: (options: O) => RawProperties): Contract<O> {
  const bed = useTestBed();
  let current: CustomResourceEvents;
  beforeEach(() => {
    current = new CustomResourceEvents(logicalResourceId, resourceType);
  });
  const events: ContractEvents = {
    create: p => current.create(p),
    update: (id, p, old) => current.update(id, p, old),
    delete: (id, p) => current.delete(id, p),
  };
  return {
    bed,
    events,
    logicalResourceId,
    properties,
    async deployed(options) {
      const result = await bed().run(events.create(properties(options)));
      expect(result).toMatchObject({ status: 'SUCCESS' });
      return result.physicalResourceId;
    },
    update: (physicalId, to, from) => bed().run(events.update(physicalId, properties(to), properties(from))),
    remove: (physicalId, options) => bed().run(events.delete(physicalId, properties(options))),
  };
}

/** The response CloudFormation takes: under 4096 bytes, a physical id of at most 1024. */
export function expectSmallResponse(result: ProviderResult): void {
  expect(Buffer.byteLength(result.responseBody)).toBeLessThan(4096);
  expect(Buffer.byteLength(result.physicalResourceId)).toBeLessThanOrEqual(1024);
}

/** Options, or a function giving them when they depend on what a beforeEach made. */
export type Lazy<O> = O | (() => O);

function resolve<O>(options: Lazy<O>): O {
  return typeof options === 'function' ? (options as () => O)() : options;
}

const TRANSIENT = ['ThrottlingException', 'InternalServerException'];

/** C2: the same Create delivered three times, the first crashing right after onEvent, makes one resource. */
export function testRedeliveredCreate<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly options: O;
  /** The call that creates the resource; its ClientToken must be the same on every delivery. */
  readonly createAction: string;
  readonly expectedId?: string;
  readonly then: (outcome: { crashed: OnEventResponse; second: ProviderResult; third: ProviderResult; mark: number }) => Promise<void>;
}): void {
  test(`C2 ${spec.title}`, async () => {
    // GIVEN a first delivery that crashed after the create call returned
    const event = c.events.create(c.properties(spec.options));
    const crashed = await c.bed().handlers.onEvent(event);

    // WHEN CloudFormation delivers the same event twice more
    const mark = c.bed().mark();
    const second = await c.bed().run(event);
    const third = await c.bed().run(event);

    // THEN
    expect([second.status, third.status]).toEqual(['SUCCESS', 'SUCCESS']);
    const ids = new Set([crashed.PhysicalResourceId, second.physicalResourceId, third.physicalResourceId]);
    expect(ids.size).toBe(1);
    if (spec.expectedId !== undefined) expect(ids).toEqual(new Set([spec.expectedId]));
    expect(c.bed().emulator.calls().filter(call => !call.ok)).toEqual([]);
    const tokens = c.bed().emulator.calls().filter(call => call.action === spec.createAction).map(call => call.input.ClientToken);
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(1);
    await spec.then({ crashed, second, third, mark });
  });
}

/** C5: a call the service never sees is noticed by the read that follows it, and made again on the next poll. */
export function testCompleteOnlyWhenReadShows<O>(c: Contract<O>, spec: {
  readonly title: string;
  /** The command the client loses the first time. */
  readonly lost: Function;
  /** The event, after any GIVEN it needs. */
  readonly event: () => Promise<OnEventRequest>;
  readonly then: (result: ProviderResult) => Promise<void>;
}): void {
  test(`C5 ${spec.title}`, async () => {
    // GIVEN a client that loses the first such call
    const event = await spec.event();
    const real = handlerClient(c.bed().emulator.endpoint);
    const forgetful = interceptingClient(real, onFirst(spec.lost, 1, () => Promise.resolve({})));

    try {
      // WHEN
      const result = await runProvider(handlersFor(forgetful), event);

      // THEN the first poll noticed the read did not show it, the second fixed it
      expect(result.status).toBe('SUCCESS');
      expect(result.polls).toBe(2);
      await spec.then(result);
    } finally {
      real.destroy();
    }
  });
}

/** C6: throttling and 500s are retried, and the resource ends as declared. */
export function testRetriesThrottlingAnd500s<O>(c: Contract<O>, spec: {
  readonly title?: string;
  readonly options: O;
  readonly then: (result: ProviderResult) => Promise<void>;
}): void {
  test(`C6 ${spec.title ?? 'throttling and 500s are retried'}`, async () => {
    // GIVEN
    c.bed().emulator.configure({ faults: { throttleEveryNth: 2, internalErrorEveryNth: 3 } });

    // WHEN
    const result = await c.bed().run(c.events.create(c.properties(spec.options)));

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(c.bed().emulator.calls().some(call => call.errorName === 'ThrottlingException')).toBe(true);
    expect(c.bed().emulator.calls().some(call => call.errorName === 'InternalServerException')).toBe(true);
    c.bed().emulator.configure({ faults: {} });
    await spec.then(result);
  });
}

/**
 * C6: invalid properties fail before any call, with the messages the construct gives at synth time,
 * written out literally in the contract file so that a wrong rule shows.
 */
export function testInvalidFailsFast<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly options: O;
  /** Every violation the handler reports, in its order, word for word. */
  readonly violations: readonly string[];
  /** What the reason says before the violations, e.g. "Invalid pool: ". */
  readonly prefix: string;
}): void {
  test(`C6 ${spec.title}`, async () => {
    // WHEN
    const mark = c.bed().mark();
    const result = await c.bed().run(c.events.create(c.properties(spec.options)));

    // THEN the reason's first line is the prefix and these violations, no more
    expect(result.status).toBe('FAILED');
    expect(result.reason.split('\n')[0]).toBe(`${spec.prefix}${spec.violations.join('; ')}`);
    expect(c.bed().callsSince(mark)).toEqual([]);
  });
}

/** C6: a quota error fails at once, with its code name and what to do. */
export function testQuotaFailsAtOnce<O>(c: Contract<O>, spec: {
  readonly limits: { readonly [limit: string]: number };
  readonly options: O;
  readonly reason: RegExp;
  /** The create call, when it is the only call the Create makes. */
  readonly createAction?: string;
}): void {
  test('C6 a quota error fails at once, with its code name and what to do', async () => {
    // GIVEN
    c.bed().emulator.configure({ limits: spec.limits });

    // WHEN
    const mark = c.bed().mark();
    const result = await c.bed().run(c.events.create(c.properties(spec.options)));

    // THEN
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
    expect(result.reason).toMatch(spec.reason);
    if (spec.createAction) expect(c.bed().callsSince(mark).map(call => call.action)).toEqual([spec.createAction]);
  });
}

/** U3: an update of a resource removed out of band fails with not found and makes no mutating call. */
export function testUpdateOfRemovedResource<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly given?: () => void;
  readonly from: O;
  readonly to: O;
  readonly removeOutOfBand: (physicalId: string) => Promise<unknown>;
  readonly reason: (physicalId: string) => RegExp;
  readonly then?: (physicalId: string) => Promise<void>;
}): void {
  test(`U3 ${spec.title}`, async () => {
    // GIVEN
    spec.given?.();
    const physicalId = await c.deployed(spec.from);
    await spec.removeOutOfBand(physicalId);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.update(physicalId, spec.to, spec.from);

    // THEN
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toBe(physicalId);
    expect(result.reason).toMatch(spec.reason(physicalId));
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
    await spec.then?.(physicalId);
  });
}

/** U5: the same Update applied twice makes no mutating call the second time. */
export function testSameUpdateTwice<O>(c: Contract<O>, spec: {
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
  readonly then?: () => Promise<void>;
}): void {
  test('U5 the same Update applied twice makes no mutating call the second time', async () => {
    const [from, to] = [resolve(spec.from), resolve(spec.to)];
    // GIVEN
    const physicalId = await c.deployed(from);
    const event = c.events.update(physicalId, c.properties(to), c.properties(from));
    expect((await c.bed().run(event)).status).toBe('SUCCESS');

    // WHEN
    const mark = c.bed().mark();
    const again = await c.bed().run(event);

    // THEN
    expect(again.status).toBe('SUCCESS');
    expect(again.physicalResourceId).toBe(physicalId);
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
    await spec.then?.();
  });
}

/** U6: properties written before SchemaVersion existed still update and delete. */
export function testWithoutSchemaVersion<O extends { readonly withoutSchemaVersion?: boolean }>(c: Contract<O>, spec: {
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
  readonly read: (physicalId: string) => Promise<unknown>;
}): void {
  test('U6 properties written without SchemaVersion still update and delete', async () => {
    // GIVEN a resource created from the oldest shape
    const oldShape: O = { ...resolve(spec.from), withoutSchemaVersion: true };
    const physicalId = await c.deployed(oldShape);

    // WHEN
    const updated = await c.update(physicalId, resolve(spec.to), oldShape);
    const deleted = await c.remove(physicalId, oldShape);

    // THEN
    expect([updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS']);
    expect(await spec.read(physicalId)).toBeUndefined();
  });
}

/** D1: a second Delete succeeds with no mutating call. */
export function testSecondDelete<O>(c: Contract<O>, lazyOptions: Lazy<O>): void {
  test('D1 a second Delete succeeds with no mutating call', async () => {
    const options = resolve(lazyOptions);
    // GIVEN
    const physicalId = await c.deployed(options);
    expect((await c.remove(physicalId, options)).status).toBe('SUCCESS');

    // WHEN
    const mark = c.bed().mark();
    const again = await c.remove(physicalId, options);

    // THEN
    expect(again.status).toBe('SUCCESS');
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
  });
}

/**
 * D2: a Delete of an id this handler never returned (the framework's CREATE_FAILED marker, an id
 * CloudFormation invented, the empty id, and `otherIds`) succeeds with no call at all, and leaves
 * the resource the properties describe alone.
 */
export function testDeleteOfForeignIds<O>(c: Contract<O>, spec: {
  readonly otherIds: readonly (readonly [string, string])[];
  readonly options: Lazy<O>;
  /** A resource the properties describe, deployed first; none when omitted. */
  readonly deployFirst?: boolean;
  /** That resource is still there. */
  readonly stillThere?: () => Promise<void>;
}): void {
  const ids: [string, string][] = [
    ['the framework\'s CREATE_FAILED marker', CREATE_FAILED_MARKER],
    ['an id CloudFormation invented', `sms-app-${c.logicalResourceId}-1A2B3C4D5E6F`],
    ...spec.otherIds.map(([title, id]): [string, string] => [title, id]),
    ['an empty id', ''],
  ];
  test.each(ids)('D2 Delete with %s succeeds with no call at all', async (_title, physicalId) => {
    // GIVEN a resource the properties describe
    const options = resolve(spec.options);
    if (spec.deployFirst) await c.deployed(options);
    const event = c.events.delete(physicalId, c.properties(options));

    // WHEN the handler gets the event (the framework answers the marker itself; the handler must not need it to)
    const mark = c.bed().mark();
    const response = await c.bed().handlers.onEvent(event);
    const complete = await c.bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: physicalId });

    // THEN
    expect(response.PhysicalResourceId).toBe(physicalId);
    expect(complete.IsComplete).toBe(true);
    expect(c.bed().callsSince(mark)).toEqual([]);
    await spec.stillThere?.();
  });
}

/** D4: a protected resource fails to delete with a message naming deletionProtection, and protection stays on. */
export function testProtectedDelete<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly options: O;
  readonly reason: (physicalId: string) => RegExp;
  readonly read: (physicalId: string) => Promise<unknown>;
  /** What reading back still shows; deletion protection on at the least. */
  readonly stillShows?: object;
}): void {
  test(`D4 ${spec.title}`, async () => {
    // GIVEN
    const physicalId = await c.deployed(spec.options);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.remove(physicalId, spec.options);

    // THEN
    expect(result.status).toBe('FAILED');
    expect(result.reason).toMatch(spec.reason(physicalId));
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
    expect(await spec.read(physicalId)).toMatchObject({ deletionProtection: true, ...spec.stillShows });
  });
}

/** D7: a Delete of an id of this type that names nothing succeeds with reads only. */
export function testDeleteOfNeverCreated<O>(c: Contract<O>, spec: {
  readonly what: string;
  readonly physicalId: string;
  readonly options: Lazy<O>;
}): void {
  test(`D7 Delete of a ${spec.what} succeeds with reads only`, async () => {
    // WHEN
    const mark = c.bed().mark();
    const result = await c.remove(spec.physicalId, resolve(spec.options));

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
  });
}

/** X3: under throttling and 500s, create, update and delete converge with no duplicate create and no real failure. */
export function testConvergesUnderFaults<O>(c: Contract<O>, spec: {
  readonly created: Lazy<O>;
  readonly updated: Lazy<O>;
  /** The properties the Delete carries. */
  readonly deleted: Lazy<O>;
  readonly createAction: string;
  readonly read: (physicalId: string) => Promise<unknown>;
  readonly then?: (calls: readonly RecordedCall[]) => void;
}): void {
  test('X3 under throttling and 500s, create, update and delete converge with no duplicates', async () => {
    // GIVEN
    c.bed().emulator.configure({ faults: { throttleEveryNth: 3, internalErrorEveryNth: 5 } });

    // WHEN
    const created = await c.bed().run(c.events.create(c.properties(resolve(spec.created))));
    const updated = await c.update(created.physicalResourceId, resolve(spec.updated), resolve(spec.created));
    const deleted = await c.remove(created.physicalResourceId, resolve(spec.deleted));

    // THEN
    expect([created.status, updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
    const calls = c.bed().emulator.calls();
    expect(calls.filter(call => call.ok && call.action === spec.createAction)).toHaveLength(1);
    expect(calls.filter(call => !call.ok && MUTATING(call.action) && !TRANSIENT.includes(call.errorName!))).toEqual([]);
    spec.then?.(calls);
    c.bed().emulator.configure({ faults: {} });
    expect(await spec.read(created.physicalResourceId)).toBeUndefined();
  });
}

/** X5: a tag added outside the stack survives an update that removes the declared tags. */
export function testOutsideTagSurvives<O>(c: Contract<O>, spec: {
  readonly from: O;
  readonly to: O;
  readonly readTags: (physicalId: string) => Promise<unknown>;
}): void {
  test('X5 a tag added outside the stack survives an update that removes the declared tags', async () => {
    // GIVEN
    const physicalId = await c.deployed(spec.from);
    await c.bed().client.send(new TagResourceCommand({ ResourceArn: physicalId, Tags: [{ Key: 'owner', Value: 'someone-else' }] }));

    // WHEN
    const result = await c.update(physicalId, spec.to, spec.from);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(await spec.readTags(physicalId)).toEqual({ owner: 'someone-else' });
  });
}
