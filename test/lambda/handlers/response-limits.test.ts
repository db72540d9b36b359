import { ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RESOURCE_TYPES } from '../../../lambda/sms-provider/dispatch';
import { MAX_MESSAGE_BYTES } from '../../../lambda/sms-provider/errors';
import { RawProperties } from '../../../lambda/sms-provider/events';
import { ACCOUNT_SETTINGS } from '../../../src/wire/account-settings-properties';
import { CONFIGURATION_SET } from '../../../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../../../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../../../src/wire/opted-out-numbers-properties';
import { PHONE_NUMBER } from '../../../src/wire/phone-number-properties';
import { POOL } from '../../../src/wire/pool-properties';
import { PROTECT_CONFIGURATION } from '../../../src/wire/protect-configuration-properties';
import { REGISTRATION_ATTACHMENT } from '../../../src/wire/registration-attachment-properties';
import { REGISTRATION } from '../../../src/wire/registration-properties';
import { RESOURCE_POLICY } from '../../../src/wire/resource-policy-properties';
import { SENDER_ID } from '../../../src/wire/sender-id-properties';
import { VERIFIED_DESTINATION_NUMBER } from '../../../src/wire/verified-destination-number-properties';
import { accountSettingsProperties } from '../support/account-settings';
import { interceptingClient } from '../support/clients';
import { expectSmallResponse } from '../support/contract';
import { configurationSetProperties, CustomResourceEvents } from '../support/events';
import { optedOutNumbersProperties, optOutListProperties } from '../support/opt-out-lists';
import { phoneNumberProperties } from '../support/phone-numbers';
import { poolProperties } from '../support/pools';
import { protectConfigurationProperties } from '../support/protect-configurations';
import { runProvider } from '../support/provider';
import { registrationAttachmentProperties } from '../support/registration-attachments';
import { registrationProperties } from '../support/registrations';
import { resourcePolicyProperties } from '../support/resource-policies';
import { senderIdProperties } from '../support/sender-ids';
import { handlersFor, useTestBed } from '../support/test-bed';
import { verifiedDestinationNumberProperties } from '../support/verified-destination-numbers';

/** Valid properties of every resource type the provider handles, as CloudFormation delivers them. */
const VALID: { readonly [resourceType: string]: RawProperties } = {
  [ACCOUNT_SETTINGS.resourceType]: accountSettingsProperties({ text: 1 }),
  [CONFIGURATION_SET.resourceType]: configurationSetProperties({
    name: 'orders', defaultSenderId: 'ORDERS', eventDestinations: [{ name: 'logs', eventTypes: ['ALL'], target: 'logs' }], tags: { team: 'payments' },
  }),
  [OPT_OUT_LIST.resourceType]: optOutListProperties({ name: 'orders', tags: { team: 'payments' } }),
  [OPTED_OUT_NUMBERS.resourceType]: optedOutNumbersProperties({ list: 'orders', numbers: ['+12065550100'] }),
  [PHONE_NUMBER.resourceType]: phoneNumberProperties({ optOutList: 'orders', keywords: [{ keyword: 'PROMO', message: 'Deals' }] }),
  [POOL.resourceType]: poolProperties({ identities: ['phone-0123456789abcdef0123456789abcdef'], keywords: [{ keyword: 'PROMO', message: 'Deals' }] }),
  [PROTECT_CONFIGURATION.resourceType]: protectConfigurationProperties({
    sms: { countries: { US: 'ALLOW' }, others: 'BLOCK' }, overrides: [{ number: '+12065550100', action: 'ALLOW' }], tags: { team: 'payments' },
  }),
  [REGISTRATION_ATTACHMENT.resourceType]: registrationAttachmentProperties(),
  [REGISTRATION.resourceType]: registrationProperties(),
  [RESOURCE_POLICY.resourceType]: resourcePolicyProperties(),
  [SENDER_ID.resourceType]: senderIdProperties(),
  [VERIFIED_DESTINATION_NUMBER.resourceType]: verifiedDestinationNumberProperties(),
};

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
    expect(Object.keys(VALID).sort()).toEqual(TYPES);
  });

  test.each(TYPES)('%s: 10 KB in every string property fails with a reason cut to fit, and a small response', async resourceType => {
    const properties = oversized(VALID[resourceType]) as RawProperties;
    const result = await runProvider(handlersFor(bed().client), new CustomResourceEvents('Oversized1A2B3C4D', resourceType).create(properties));
    expect(result.status).toBe('FAILED');
    expect(Buffer.byteLength(result.reason.split('\n')[0])).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expectSmallResponse(result);
    expect(bed().mutatingCallsSince(0)).toEqual([]);
  });

  test.each(TYPES)('%s: a service that answers every call with 40 KB of error fails with a small response', async resourceType => {
    const client = interceptingClient(bed().client, hugeRefusal);
    const events = new CustomResourceEvents('Refused1A2B3C4D', resourceType);
    const result = await runProvider(handlersFor(client), events.create(VALID[resourceType]));
    expect(result.status).toBe('FAILED');
    expect(result.reason).toMatch(/^ValidationException INVALID_PARAMETER: /);
    expect(Buffer.byteLength(result.reason.split('\n')[0])).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expectSmallResponse(result);
  });
});
