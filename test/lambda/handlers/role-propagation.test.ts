import { ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { dispatch } from '../../../lambda/sms-provider/dispatch';
import { Logger } from '../../../lambda/sms-provider/log';
import { PlannedCall } from '../../../lambda/sms-provider/reconcile/calls';
import { isRoleNotUsable, rolePassedBy, sendWhileRolePropagates } from '../../../lambda/sms-provider/role-propagation';
import { PHONE_NUMBER } from '../../../src/wire/phone-number-properties';
import { POOL } from '../../../src/wire/pool-properties';
import { expectedView, readBack } from '../support/configuration-sets';
import { configurationSetProperties, ConfigurationSetOptions, CustomResourceEvents } from '../support/events';
import { CHANNEL, CHANNEL_ROLE, idOf, phoneNumberProperties, readPhoneNumber } from '../support/phone-numbers';
import { poolProperties, readPool, requestNumber } from '../support/pools';
import { runProvider, UserHandlers } from '../support/provider';
import { useTestBed } from '../support/test-bed';

const LOGS_ROLE = 'arn:aws:iam::123456789012:role/sms-events';
const RETRY_DECISION = 'the service cannot use the role yet: retrying while IAM propagates it';

/**
 * A role created in the same deployment: the emulator refuses it for `propagationMs` after its
 * first use, and the handler waits for it at most `handlerWaitMs`.
 */
describe('a role the service cannot assume yet (IAM propagation), against the emulator', () => {
  const bed = useTestBed();

  function handlers(handlerWaitMs: number, propagationMs: number): UserHandlers {
    bed().emulator.configure({ rolePropagationMs: propagationMs });
    const log: Logger = (decision, details) => bed().logs.push({ decision, ...details });
    return {
      onEvent: event => dispatch(event, bed().client, { log }).onEvent(),
      isComplete: event => dispatch(event, bed().client, { log, rolePropagationMs: handlerWaitMs }).isComplete(),
    };
  }

  const refusals = (action: string) => bed().emulator.calls().filter(call => call.action === action && call.errorName === 'ValidationException').length;
  const retries = () => bed().logs.filter(record => record.decision === RETRY_DECISION);

  const withLogs: ConfigurationSetOptions = { name: 'orders', eventDestinations: [{ name: 'logs', eventTypes: ['ALL'], target: 'logs' }] };

  test('an event destination retries while its role propagates, then the configuration set is complete', async () => {
    const result = await runProvider(handlers(30_000, 1_500), new CustomResourceEvents().create(configurationSetProperties(withLogs)));
    expect(result.reason).toBe('');
    expect(result.status).toBe('SUCCESS');
    expect(await readBack(bed().client, 'orders')).toEqual(expectedView(withLogs));
    expect(refusals('CreateEventDestination')).toBeGreaterThanOrEqual(1);
    expect(retries()[0]).toMatchObject({ action: 'CreateEventDestination', role: LOGS_ROLE });
  });

  test('a role that stays unusable past the bound fails, saying how long it waited and what to check, with the real physical id', async () => {
    const result = await runProvider(handlers(3_000, 60_000), new CustomResourceEvents().create(configurationSetProperties(withLogs)));
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toMatch(/^arn:aws:sms-voice:us-east-1:123456789012:configuration-set\/orders$/);
    expect(result.reason).toContain(`CreateEventDestination: the service could not use the role '${LOGS_ROLE}' (IamRoleArn) for 3 seconds`);
    expect(result.reason).toContain('its trust policy lets sms-voice.amazonaws.com assume it');
    expect(result.reason).toContain('ValidationException RESOURCE_NOT_ACCESSIBLE');
    expect(retries().length).toBeGreaterThanOrEqual(1);
  });

  test("a phone number's two-way channel retries while its role propagates", async () => {
    const twoWay = { channelArn: CHANNEL, role: CHANNEL_ROLE };
    const events = new CustomResourceEvents('OrdersNumber1A2B3C4D', PHONE_NUMBER.resourceType);
    const result = await runProvider(handlers(30_000, 1_500), events.create(phoneNumberProperties({ twoWay })));
    expect(result.status).toBe('SUCCESS');
    expect((await readPhoneNumber(bed().client, idOf(result.physicalResourceId)))?.twoWay).toEqual(twoWay);
    expect(refusals('UpdatePhoneNumber')).toBeGreaterThanOrEqual(1);
    expect(retries()[0]).toMatchObject({ action: 'UpdatePhoneNumber', role: CHANNEL_ROLE });
  });

  test("a pool's two-way channel retries while its role propagates", async () => {
    const twoWay = { channelArn: CHANNEL, role: CHANNEL_ROLE };
    const number = await requestNumber(bed().client);
    const events = new CustomResourceEvents('OrdersPool7A8B9C0D', POOL.resourceType);
    const result = await runProvider(handlers(30_000, 1_500), events.create(poolProperties({ identities: [number], twoWay })));
    expect(result.status).toBe('SUCCESS');
    expect((await readPool(bed().client, idOf(result.physicalResourceId)))?.twoWay).toEqual(twoWay);
    expect(refusals('UpdatePool')).toBeGreaterThanOrEqual(1);
  });

  test('a configuration set whose roles the service can use at once makes no retry', async () => {
    const result = await runProvider(handlers(30_000, 0), new CustomResourceEvents().create(configurationSetProperties(withLogs)));
    expect(result.status).toBe('SUCCESS');
    expect(retries()).toEqual([]);
  });
});

describe('telling a role the service cannot use from other refusals', () => {
  const destination: PlannedCall = {
    action: 'CreateEventDestination',
    input: {
      ConfigurationSetName: 'orders',
      EventDestinationName: 'logs',
      MatchingEventTypes: ['ALL'],
      CloudWatchLogsDestination: { IamRoleArn: LOGS_ROLE, LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:sms' },
    },
  };
  const refusal = (fields: { Name: string; Message: string }[], message = 'refused') =>
    new ValidationException({ message, $metadata: {}, Reason: 'INVALID_PARAMETER', Fields: fields });

  test('the roles each request hands over, and none for a request without one', () => {
    expect(rolePassedBy(destination)).toEqual({ member: 'IamRoleArn', arn: LOGS_ROLE });
    expect(rolePassedBy({ action: 'UpdatePool', input: { PoolId: 'pool-1', TwoWayChannelRole: CHANNEL_ROLE } }))
      .toEqual({ member: 'TwoWayChannelRole', arn: CHANNEL_ROLE });
    expect(rolePassedBy({ action: 'UpdatePool', input: { PoolId: 'pool-1', TwoWayEnabled: false } })).toBeUndefined();
  });

  test("a ValidationException names the role by its field or in its message; another field's is something else", () => {
    const role = rolePassedBy(destination)!;
    expect(isRoleNotUsable(refusal([{ Name: 'IamRoleArn', Message: 'cannot assume' }]), role)).toBe(true);
    expect(isRoleNotUsable(refusal([], `Unable to assume ${LOGS_ROLE}`), role)).toBe(true);
    expect(isRoleNotUsable(refusal([{ Name: 'LogGroupArn', Message: 'no such log group' }]), role)).toBe(false);
    expect(isRoleNotUsable(Object.assign(new Error(`AccessDenied on ${LOGS_ROLE}`), { name: 'AccessDeniedException' }), role)).toBe(false);
  });

  test('a malformed role or request is wrong as written, not waiting for IAM', () => {
    const notUsable = refusal([{ Name: 'IamRoleArn', Message: 'cannot assume' }]);
    expect(isRoleNotUsable(notUsable, { member: 'IamRoleArn', arn: 'sms-events-role' })).toBe(false);
    expect(isRoleNotUsable(notUsable, { member: 'IamRoleArn', arn: 'arn:aws:sns:us-east-1:123456789012:topic' })).toBe(false);
    const modelBroken = new ValidationException({ message: 'refused', $metadata: {}, Reason: 'FIELD_VALIDATION_FAILED', Fields: notUsable.Fields });
    expect(isRoleNotUsable(modelBroken, rolePassedBy(destination)!)).toBe(false);
  });

  test('any other refusal is thrown at once, without a retry', async () => {
    const error = refusal([{ Name: 'LogGroupArn', Message: 'no such log group' }]);
    let attempts = 0;
    const send = async () => {
      attempts += 1;
      throw error;
    };
    await expect(sendWhileRolePropagates(destination, send, { waitMs: 60_000 })).rejects.toBe(error);
    expect(attempts).toBe(1);
  });

  test('a retry that would start after the deadline leaves the call for the next poll', async () => {
    let attempts = 0;
    const send = async () => {
      attempts += 1;
      throw refusal([{ Name: 'IamRoleArn', Message: 'cannot assume' }]);
    };
    expect(await sendWhileRolePropagates(destination, send, { waitMs: 60_000, deadline: Date.now() + 500 })).toBe(false);
    expect(attempts).toBe(1);
  });
});
