import { PinpointSMSVoiceV2Client, TagResourceCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { denied, interceptingClient } from './clients';
import { CREATE_FAILED_MARKER, CustomResourceEvents } from './events';
import { idOf, readTags } from './phone-numbers';
import { ProviderResult, runProvider, UserHandlers } from './provider';
import { handlerClient, handlersFor, TestBed, useTestBed } from './test-bed';
import { OnEventRequest, OnEventResponse, RawProperties, ResponseData } from '../../../lambda/sms-provider/events';
import { MUTATING, RecordedCall } from '../../emulator';

/**
 * The contract cases every custom resource type shares (docs/handler-contract.md), each a test its
 * contract file declares with its own properties, options and hooks. The file keeps only what is
 * specific to its resource.
 */

/** The input of a call, as the emulator recorded it. */
export type CallInput = RecordedCall['input'];

/** What a contract file says about its resource type, in the terms CloudFormation and the service use. */
export interface ResourceModel<O> {
  readonly logicalResourceId: string;
  readonly resourceType: string;
  /** The properties CloudFormation delivers for these options. */
  properties(options: O): RawProperties;
  /** What the service has for the resource a physical id names, as the file compares it; undefined when there is none. */
  read(client: PinpointSMSVoiceV2Client, physicalId: string): Promise<unknown>;
  /** What `read` shows for a resource deployed with these options and never changed outside the stack. */
  expected(options: O): unknown;
  /** Every attribute `Data` must hold for the resource a physical id names. */
  attributes(physicalId: string): ResponseData;
  /** Whether a call's input names the resource a physical id names (by its ARN, id or name). */
  names(physicalId: string, input: CallInput): boolean;
}

/** `names` for a resource that calls name by its ARN or the id at the end of it, in one of these input keys. */
export function namedIn(...keys: readonly string[]): ResourceModel<unknown>['names'] {
  return (physicalId, input) => keys.some(key => input[key] === physicalId || input[key] === idOf(physicalId));
}

/** The events of the current test's resource: a fresh stack (and so fresh ids) for every test. */
export type ContractEvents = Pick<CustomResourceEvents, 'create' | 'update' | 'delete'>;

export interface Contract<O> extends Omit<ResourceModel<O>, 'read'> {
  readonly bed: () => TestBed;
  readonly events: ContractEvents;
  /** What the service has for the resource `physicalId` names, read with the test bed's client. */
  read(physicalId: string): Promise<unknown>;
  /** GIVEN a resource deployed with `options`: its physical id. */
  deployed(options: O): Promise<string>;
  update(physicalId: string, to: O, from: O): Promise<ProviderResult>;
  remove(physicalId: string, options: O): Promise<ProviderResult>;
}

/** One emulator for the file, and the events and steps of one resource type, as a contract file declares them. */
export function useContract<O>(model: ResourceModel<O>): Contract<O> {
  const bed = useTestBed();
  let current: CustomResourceEvents;
  beforeEach(() => {
    current = new CustomResourceEvents(model.logicalResourceId, model.resourceType);
  });
  const events: ContractEvents = {
    create: p => current.create(p),
    update: (id, p, old) => current.update(id, p, old),
    delete: (id, p) => current.delete(id, p),
  };
  const { logicalResourceId, resourceType, properties, expected, attributes, names } = model;
  return {
    logicalResourceId,
    resourceType,
    properties,
    expected,
    attributes,
    names,
    bed,
    events,
    read: physicalId => model.read(bed().client, physicalId),
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

/** A failure reason: a string it contains, or a pattern it matches. */
export type Reason = string | RegExp;

function expectReason(reason: string, expected: Reason): void {
  if (typeof expected === 'string') expect(reason).toContain(expected);
  else expect(reason).toMatch(expected);
}

function expectPhysicalId(physicalId: string, expected: string | RegExp): void {
  if (typeof expected === 'string') expect(physicalId).toBe(expected);
  else expect(physicalId).toMatch(expected);
}

/** The mutating calls since `mark` (but those of `except`) that do not name the resource `physicalId` names. */
function callsNotNaming<O>(c: Contract<O>, mark: number, physicalId: string, except?: string): string[] {
  return c.bed().callsSince(mark)
    .filter(call => MUTATING(call.action) && call.action !== except && !c.names(physicalId, call.input))
    .map(call => `${call.action} ${JSON.stringify(call.input)}`);
}

/** The mutating calls since `mark` that name the resource `physicalId` names. */
function callsNaming<O>(c: Contract<O>, mark: number, physicalId: string): string[] {
  return c.bed().callsSince(mark)
    .filter(call => MUTATING(call.action) && c.names(physicalId, call.input))
    .map(call => `${call.action} ${JSON.stringify(call.input)}`);
}

/** The handler with a client whose commands go through `intercept` first. */
async function withIntercepted<T>(bed: () => TestBed, intercept: (command: object) => Promise<unknown> | undefined,
  run: (handlers: UserHandlers) => Promise<T>): Promise<T> {
  const real = handlerClient(bed().emulator.endpoint);
  try {
    return await run(handlersFor(interceptingClient(real, intercept)));
  } finally {
    real.destroy();
  }
}

/**
 * C1: Create returns the ARN (never the RequestId) and every attribute in a small response, and
 * reading back equals the input; Delete succeeds with calls that name only this resource, and it is gone.
 */
export function testCreateAndDelete<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly options: Lazy<O>;
  /** The physical id: the ARN, or a pattern of it when the service picks the id. */
  readonly physicalId: string | RegExp;
  /** More to check after the Create, before the Delete. */
  readonly created?: (result: ProviderResult) => Promise<void> | void;
  /** More to check after the Delete. */
  readonly then?: (physicalId: string) => Promise<void> | void;
}): void {
  test(`C1 ${spec.title}`, async () => {
    const options = resolve(spec.options);
    // WHEN
    const event = c.events.create(c.properties(options));
    const created = await c.bed().run(event);

    // THEN
    expect(created.status).toBe('SUCCESS');
    const physicalId = created.physicalResourceId;
    expectPhysicalId(physicalId, spec.physicalId);
    expect(physicalId).not.toBe(event.RequestId);
    expect(created.data).toEqual(c.attributes(physicalId));
    expectSmallResponse(created);
    expect(await c.read(physicalId)).toEqual(c.expected(options));
    await spec.created?.(created);

    // WHEN
    const mark = c.bed().mark();
    const deleted = await c.remove(physicalId, options);

    // THEN
    expect(deleted.status).toBe('SUCCESS');
    expect(deleted.physicalResourceId).toBe(physicalId);
    expect(c.bed().mutatingCallsSince(mark)).not.toEqual([]);
    expect(callsNotNaming(c, mark, physicalId)).toEqual([]);
    expect(await c.read(physicalId)).toBeUndefined();
    await spec.then?.(physicalId);
  });
}

/** C2: the same Create delivered three times, the first crashing right after onEvent, makes one resource, as declared. */
export function testRedeliveredCreate<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly options: Lazy<O>;
  /** The call that creates the resource; its ClientToken must be the same on every delivery. */
  readonly createAction: string;
  readonly expectedId?: string;
  readonly then?: (outcome: { crashed: OnEventResponse; second: ProviderResult; third: ProviderResult; mark: number }) => Promise<void>;
}): void {
  test(`C2 ${spec.title}`, async () => {
    const options = resolve(spec.options);
    // GIVEN a first delivery that crashed after the create call returned
    const event = c.events.create(c.properties(options));
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
    expect(await c.read(second.physicalResourceId)).toEqual(c.expected(options));
    await spec.then?.({ crashed, second, third, mark });
  });
}

/**
 * C3: a second Create of the same name from another stack (another RequestId) fails with "already
 * exists" after the one create call, and never adopts the existing resource: the rollback Delete
 * the framework answers by itself leaves it as it was.
 */
export function testCreateOfTakenName<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly existing: Lazy<O>;
  /** The other stack's options, with the same name. */
  readonly second: Lazy<O>;
  readonly createAction: string;
  readonly reason: Lazy<Reason>;
  readonly then?: () => Promise<void>;
}): void {
  test(`C3 ${spec.title}`, async () => {
    // GIVEN
    const [existing, second] = [resolve(spec.existing), resolve(spec.second)];
    const physicalId = await c.deployed(existing);

    // WHEN another stack creates the same name
    const other = new CustomResourceEvents(`Other${c.logicalResourceId}`, c.resourceType, 'other-app');
    const mark = c.bed().mark();
    const result = await c.bed().run(other.create(c.properties(second)));

    // THEN
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
    expectReason(result.reason, resolve(spec.reason));
    expect(c.bed().mutatingCallsSince(mark)).toEqual([spec.createAction]);
    expectSmallResponse(result);

    // AND the rollback Delete the framework answers by itself leaves the existing resource alone
    const rollback = await c.bed().run(other.delete(result.physicalResourceId, c.properties(second)));
    expect(rollback.status).toBe('SUCCESS');
    expect(await c.read(physicalId)).toEqual(c.expected(existing));
    await spec.then?.();
  });
}

/**
 * C4: a call that fails after the create call reports the real physical id (never the framework's
 * marker), so CloudFormation's rollback Delete removes the resource.
 */
export function testFailureAfterCreate<O>(c: Contract<O>, spec: {
  readonly title: string;
  /** What makes the follow-up call fail, when the service does it (a limit, a misfit). */
  readonly given?: () => Promise<void> | void;
  /** A command the provider's role is denied the first time, when IAM does it. */
  readonly denied?: Function;
  readonly options: Lazy<O>;
  readonly physicalId: string | RegExp;
  readonly reason: RegExp;
}): void {
  test(`C4 ${spec.title}`, async () => {
    // GIVEN
    await spec.given?.();
    const options = resolve(spec.options);

    // WHEN
    const event = c.events.create(c.properties(options));
    const result = spec.denied
      ? await withIntercepted(c.bed, denied(spec.denied), handlers => runProvider(handlers, event))
      : await c.bed().run(event);

    // THEN
    expect(result.status).toBe('FAILED');
    expectPhysicalId(result.physicalResourceId, spec.physicalId);
    expect(result.reason).toMatch(spec.reason);
    expectSmallResponse(result);

    // WHEN CloudFormation rolls back
    const rollback = await c.remove(result.physicalResourceId, options);

    // THEN
    expect(rollback.status).toBe('SUCCESS');
    expect(await c.read(result.physicalResourceId)).toBeUndefined();
  });
}

/**
 * C5: Create is complete in one poll, once the planned calls succeeded: the read before them showed
 * the rest, and no read follows the last of them (but `readsAfter`, where their results do not show
 * the declared state).
 */
export function testCompleteOnlyWhenReadShows<O>(c: Contract<O>, spec: {
  readonly title: string;
  /** The command of the last planned call. */
  readonly lost: Function;
  /** The event, after any GIVEN it needs. */
  readonly event: () => Promise<OnEventRequest>;
  /** The reads after the calls. @default none */
  readonly readsAfter?: readonly string[];
  readonly then: (result: ProviderResult) => Promise<void>;
}): void {
  test(`C5 ${spec.title}`, async () => {
    // GIVEN
    const event = await spec.event();
    const mark = c.bed().mark();

    // WHEN
    const result = await c.bed().run(event);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(result.polls).toBe(1);
    const actions = c.bed().callsSince(mark).map(call => call.action);
    const last = actions.lastIndexOf(spec.lost.name.replace(/Command$/, ''));
    expect(last).toBeGreaterThan(0);
    expect(actions.slice(last + 1).filter(action => !MUTATING(action))).toEqual(spec.readsAfter ?? []);
    await spec.then(result);
  });
}

/** C6: throttling and 500s are retried, and the resource ends as declared. */
export function testRetriesThrottlingAnd500s<O>(c: Contract<O>, spec: {
  readonly title?: string;
  readonly options: Lazy<O>;
  readonly then?: (result: ProviderResult) => Promise<void>;
}): void {
  test(`C6 ${spec.title ?? 'throttling and 500s are retried'}`, async () => {
    // GIVEN
    const options = resolve(spec.options);
    c.bed().emulator.configure({ faults: { throttleEveryNth: 2, internalErrorEveryNth: 3 } });

    // WHEN
    const result = await c.bed().run(c.events.create(c.properties(options)));

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(c.bed().emulator.calls().some(call => call.errorName === 'ThrottlingException')).toBe(true);
    expect(c.bed().emulator.calls().some(call => call.errorName === 'InternalServerException')).toBe(true);
    c.bed().emulator.configure({ faults: {} });
    expect(await c.read(result.physicalResourceId)).toEqual(c.expected(options));
    await spec.then?.(result);
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
  readonly options: Lazy<O>;
  readonly reason: RegExp;
  /** The create call, when it is the only call the Create makes. */
  readonly createAction?: string;
}): void {
  test('C6 a quota error fails at once, with its code name and what to do', async () => {
    // GIVEN
    const options = resolve(spec.options);
    c.bed().emulator.configure({ limits: spec.limits });

    // WHEN
    const mark = c.bed().mark();
    const result = await c.bed().run(c.events.create(c.properties(options)));

    // THEN
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toBe(CREATE_FAILED_MARKER);
    expect(result.reason).toMatch(spec.reason);
    if (spec.createAction) expect(c.bed().callsSince(mark).map(call => call.action)).toEqual([spec.createAction]);
  });
}

/**
 * U1: an in-place update keeps the physical id and every attribute, makes the calls it must (when
 * `mutatingCalls` says which), and reading back equals the new properties.
 */
export function testInPlaceUpdate<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
  /** More GIVEN, after the resource is deployed. */
  readonly given?: (physicalId: string) => Promise<void>;
  /** Exactly the mutating calls of the update, in order. */
  readonly mutatingCalls?: readonly string[];
  readonly then?: (outcome: { physicalId: string; mark: number }) => Promise<void> | void;
}): void {
  test(`U1 ${spec.title}`, async () => {
    // GIVEN
    const from = resolve(spec.from);
    const physicalId = await c.deployed(from);
    await spec.given?.(physicalId);
    const to = resolve(spec.to);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.update(physicalId, to, from);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(result.physicalResourceId).toBe(physicalId);
    expect(result.data).toEqual(c.attributes(physicalId));
    if (spec.mutatingCalls) expect(c.bed().mutatingCallsSince(mark)).toEqual(spec.mutatingCalls);
    expect(await c.read(physicalId)).toEqual(c.expected(to));
    await spec.then?.({ physicalId, mark });
  });
}

/**
 * U2: a create-only change creates a new resource with a new physical id and every attribute, and
 * never touches the old one: every call but the create call names the new resource, none the old,
 * and the old one reads back as it was.
 */
export function testReplacement<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
  /** More GIVEN, after the old resource is deployed. */
  readonly given?: () => Promise<void>;
  readonly createAction: string;
  /** The new physical id, when the properties name it. */
  readonly newId?: string;
  /** Why the handler logs that it replaces the resource. */
  readonly replaceReason?: string;
  readonly then?: (outcome: { oldId: string; newId: string; mark: number }) => Promise<void> | void;
}): void {
  test(`U2 ${spec.title}`, async () => {
    // GIVEN
    const from = resolve(spec.from);
    const oldId = await c.deployed(from);
    await spec.given?.();
    const to = resolve(spec.to);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.update(oldId, to, from);

    // THEN
    expect(result.status).toBe('SUCCESS');
    const newId = result.physicalResourceId;
    expect(newId).not.toBe(oldId);
    if (spec.newId !== undefined) expect(newId).toBe(spec.newId);
    expect(result.data).toEqual(c.attributes(newId));
    expect(c.bed().mutatingCallsSince(mark).filter(action => action === spec.createAction)).toEqual([spec.createAction]);
    expect(callsNotNaming(c, mark, newId, spec.createAction)).toEqual([]);
    expect(callsNaming(c, mark, oldId)).toEqual([]);
    expect(await c.read(newId)).toEqual(c.expected(to));
    expect(await c.read(oldId)).toEqual(c.expected(from));
    if (spec.replaceReason !== undefined) expect(c.bed().logs.find(log => log.decision === 'replace')).toMatchObject({ reason: spec.replaceReason });
    await spec.then?.({ oldId, newId, mark });
  });
}

/** U3: an update of a resource removed out of band fails with not found and makes no mutating call. */
export function testUpdateOfRemovedResource<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly given?: () => void;
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
  readonly removeOutOfBand: (physicalId: string) => Promise<unknown>;
  readonly reason: (physicalId: string) => RegExp;
  readonly then?: (physicalId: string) => Promise<void>;
}): void {
  test(`U3 ${spec.title}`, async () => {
    // GIVEN
    spec.given?.();
    const [from, to] = [resolve(spec.from), resolve(spec.to)];
    const physicalId = await c.deployed(from);
    await spec.removeOutOfBand(physicalId);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.update(physicalId, to, from);

    // THEN
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toBe(physicalId);
    expect(result.reason).toMatch(spec.reason(physicalId));
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
    await spec.then?.(physicalId);
  });
}

/**
 * U4: after a forward update that failed half-way (reading back shows neither the old nor the new
 * properties), the rollback Update (old and new swapped) converges to the old properties.
 */
export function testRollbackAfterHalfApplied<O>(c: Contract<O>, spec: {
  readonly title?: string;
  readonly from: Lazy<O>;
  /** What makes the forward update fail half-way, when the service does it (a limit, a misfit). */
  readonly given?: () => Promise<void> | void;
  /** A command the provider's role is denied during the forward update, when IAM does it: the `nth` one (default the first). */
  readonly denied?: { readonly command: Function; readonly nth?: number };
  readonly forward: Lazy<O>;
  readonly reason?: RegExp;
  /** More to check of what the forward update left. */
  readonly halfApplied?: (view: unknown) => void;
}): void {
  test(`U4 ${spec.title ?? 'a rollback after a half-applied update converges to the old properties'}`, async () => {
    // GIVEN a forward update that failed half-way
    const from = resolve(spec.from);
    const physicalId = await c.deployed(from);
    await spec.given?.();
    const forward = resolve(spec.forward);
    const event = c.events.update(physicalId, c.properties(forward), c.properties(from));
    const failed = spec.denied
      ? await withIntercepted(c.bed, denied(spec.denied.command, spec.denied.nth), handlers => runProvider(handlers, event))
      : await c.bed().run(event);
    expect(failed.status).toBe('FAILED');
    if (spec.reason) expect(failed.reason).toMatch(spec.reason);
    const halfApplied = await c.read(physicalId);
    expect(halfApplied).not.toEqual(c.expected(from));
    expect(halfApplied).not.toEqual(c.expected(forward));
    spec.halfApplied?.(halfApplied);

    // WHEN CloudFormation rolls back: old and new swapped
    const rollback = await c.update(physicalId, from, forward);

    // THEN
    expect(rollback.status).toBe('SUCCESS');
    expect(rollback.physicalResourceId).toBe(physicalId);
    expect(await c.read(physicalId)).toEqual(c.expected(from));
  });
}

/** U5: the same Update applied twice makes no mutating call the second time, and the resource is as the update declares. */
export function testSameUpdateTwice<O>(c: Contract<O>, spec: {
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
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
    expect(await c.read(physicalId)).toEqual(c.expected(to));
  });
}

/** U6: properties written before SchemaVersion existed still update and delete. */
export function testWithoutSchemaVersion<O extends { readonly withoutSchemaVersion?: boolean }>(c: Contract<O>, spec: {
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
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
    expect(await c.read(physicalId)).toBeUndefined();
  });
}

/** U7: an update whose decoded properties equal the actual state makes zero mutating calls, only its reads. */
export function testNoOpUpdate<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly options: Lazy<O>;
  /** The same state, declared otherwise (lists in another order, names in another case). */
  readonly same: Lazy<O>;
  /** The old properties of the event. */
  readonly declaredBefore?: Lazy<O>;
  /** Every call the update makes, in order. */
  readonly reads: readonly string[];
  /** What to check first of the properties the test sends. */
  readonly given?: () => void;
}): void {
  test(`U7 ${spec.title}`, async () => {
    // GIVEN
    spec.given?.();
    const options = resolve(spec.options);
    const physicalId = await c.deployed(options);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.update(physicalId, resolve(spec.same), resolve(spec.declaredBefore ?? options));

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
    expect(c.bed().callsSince(mark).map(call => call.action)).toEqual(spec.reads);
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
  /** A resource the properties describe, deployed first; none when omitted. It reads back as it was. */
  readonly deployFirst?: boolean;
  /** More to check of that resource. */
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
    const deployedId = spec.deployFirst ? await c.deployed(options) : undefined;
    const event = c.events.delete(physicalId, c.properties(options));

    // WHEN the handler gets the event (the framework answers the marker itself; the handler must not need it to)
    const mark = c.bed().mark();
    const response = await c.bed().handlers.onEvent(event);
    const complete = await c.bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: physicalId });

    // THEN
    expect(response.PhysicalResourceId).toBe(physicalId);
    expect(complete.IsComplete).toBe(true);
    expect(c.bed().callsSince(mark)).toEqual([]);
    if (deployedId !== undefined) expect(await c.read(deployedId)).toEqual(c.expected(options));
    await spec.stillThere?.();
  });
}

/**
 * D3: the Delete CloudFormation sends after a replacement carries the new properties; it deletes
 * only what its physical id names, with one delete call, and the new resource reads back as declared.
 */
export function testDeleteAfterReplacement<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly from: Lazy<O>;
  /** Create-only changes: the properties of the new resource. */
  readonly to: Lazy<O>;
  readonly deleteAction: string;
  /** The new physical id, when the properties name it. */
  readonly newId?: string;
  /** More to check of the cleanup's calls. */
  readonly then?: (cleanupCalls: readonly RecordedCall[]) => void;
}): void {
  test(`D3 ${spec.title}`, async () => {
    // GIVEN a replacement: the old resource and the new one both exist
    const [from, to] = [resolve(spec.from), resolve(spec.to)];
    const oldId = await c.deployed(from);
    const replaced = await c.update(oldId, to, from);
    expect(replaced.status).toBe('SUCCESS');
    const newId = replaced.physicalResourceId;
    expect(newId).not.toBe(oldId);
    if (spec.newId !== undefined) expect(newId).toBe(spec.newId);

    // WHEN CloudFormation deletes the old one during cleanup, with the new properties
    const mark = c.bed().mark();
    const cleanup = await c.remove(oldId, to);

    // THEN
    expect(cleanup.status).toBe('SUCCESS');
    expect(c.bed().mutatingCallsSince(mark)).toEqual([spec.deleteAction]);
    expect(callsNotNaming(c, mark, oldId)).toEqual([]);
    expect(c.bed().emulator.calls().filter(call => call.action === spec.deleteAction)).toHaveLength(1);
    expect(await c.read(oldId)).toBeUndefined();
    expect(await c.read(newId)).toEqual(c.expected(to));
    spec.then?.(c.bed().callsSince(mark));
  });
}

/**
 * D4: a protected resource fails to delete with a message naming deletionProtection, makes no
 * mutating call (protection is never switched off), and reads back as it was.
 */
export function testProtectedDelete<O>(c: Contract<O>, spec: {
  readonly title: string;
  readonly options: Lazy<O>;
  readonly reason: (physicalId: string) => RegExp;
}): void {
  test(`D4 ${spec.title}`, async () => {
    // GIVEN
    const options = resolve(spec.options);
    const physicalId = await c.deployed(options);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.remove(physicalId, options);

    // THEN
    expect(result.status).toBe('FAILED');
    expect(result.reason).toMatch(spec.reason(physicalId));
    expect(c.bed().mutatingCallsSince(mark)).toEqual([]);
    const after = await c.read(physicalId);
    expect(after).toMatchObject({ deletionProtection: true });
    expect(after).toEqual(c.expected(options));
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

/**
 * X3: under throttling and 500s (both seen), create, update and delete converge with no duplicate
 * create and no real failure of a mutating call, and the resource is gone.
 */
export function testConvergesUnderFaults<O>(c: Contract<O>, spec: {
  readonly created: Lazy<O>;
  readonly updated: Lazy<O>;
  /** The properties the Delete carries. */
  readonly deleted: Lazy<O>;
  readonly createAction: string;
  /** More to check of every call, and of the calls before the Delete. */
  readonly then?: (calls: readonly RecordedCall[], beforeDelete: readonly RecordedCall[]) => void;
}): void {
  test('X3 under throttling and 500s, create, update and delete converge with no duplicates', async () => {
    // GIVEN
    c.bed().emulator.configure({ faults: { throttleEveryNth: 3, internalErrorEveryNth: 5 } });

    // WHEN
    const created = await c.bed().run(c.events.create(c.properties(resolve(spec.created))));
    const updated = await c.update(created.physicalResourceId, resolve(spec.updated), resolve(spec.created));
    const beforeDelete = c.bed().emulator.calls();
    const deleted = await c.remove(created.physicalResourceId, resolve(spec.deleted));

    // THEN
    expect([created.status, updated.status, deleted.status]).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
    const calls = c.bed().emulator.calls();
    expect(TRANSIENT.filter(name => calls.some(call => call.errorName === name))).toEqual(TRANSIENT);
    expect(calls.filter(call => call.ok && call.action === spec.createAction)).toHaveLength(1);
    expect(calls.filter(call => !call.ok && MUTATING(call.action) && !TRANSIENT.includes(call.errorName!))).toEqual([]);
    spec.then?.(calls, beforeDelete);
    c.bed().emulator.configure({ faults: {} });
    expect(await c.read(created.physicalResourceId)).toBeUndefined();
  });
}

/**
 * X5: what was added outside the stack (a tag at the least, and what `given` adds) survives an update
 * that removes everything declared.
 */
export function testOutsideTagSurvives<O>(c: Contract<O>, spec: {
  readonly title?: string;
  readonly from: Lazy<O>;
  readonly to: Lazy<O>;
  /** More changes made outside the stack. */
  readonly given?: (physicalId: string) => Promise<void>;
  /** That they survived. */
  readonly then?: (physicalId: string) => Promise<void>;
}): void {
  test(`X5 ${spec.title ?? 'a tag added outside the stack survives an update that removes the declared tags'}`, async () => {
    // GIVEN
    const [from, to] = [resolve(spec.from), resolve(spec.to)];
    const physicalId = await c.deployed(from);
    await c.bed().client.send(new TagResourceCommand({ ResourceArn: physicalId, Tags: [{ Key: 'owner', Value: 'someone-else' }] }));
    await spec.given?.(physicalId);

    // WHEN
    const result = await c.update(physicalId, to, from);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(await readTags(c.bed().client, physicalId)).toEqual({ owner: 'someone-else' });
    await spec.then?.(physicalId);
  });
}

/**
 * X5: with ReleaseOnDelete false (RemovalPolicy.RETAIN, the default), Delete succeeds with no call
 * at all, logs that it keeps the resource, and the resource reads back as it was.
 */
export function testRetainedDelete<O>(c: Contract<O>, spec: { readonly options: Lazy<O> }): void {
  test('X5 ReleaseOnDelete false (RemovalPolicy.RETAIN, the default): Delete succeeds with no call at all and logs it', async () => {
    // GIVEN
    const options = resolve(spec.options);
    const physicalId = await c.deployed(options);

    // WHEN
    const mark = c.bed().mark();
    const result = await c.remove(physicalId, options);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(c.bed().callsSince(mark)).toEqual([]);
    expect(c.bed().logs.map(log => log.decision)).toContain('retained: the removal policy keeps the resource, so Delete makes no call');
    expect(await c.read(physicalId)).toEqual(c.expected(options));
  });
}
