import { CreateOptOutListCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { childCounts, KeptRead, Minimum } from './reconcile-minimum';
import { RawProperties } from '../lambda/sms-provider/events';
import { ACCOUNT_SETTINGS } from '../src/wire/account-settings-properties';
import { CONFIGURATION_SET } from '../src/wire/configuration-set-properties';
import { ISO_COUNTRY_CODES } from '../src/wire/iso-country-codes';
import { OPT_OUT_LIST } from '../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../src/wire/opted-out-numbers-properties';
import { PHONE_NUMBER } from '../src/wire/phone-number-properties';
import { POOL } from '../src/wire/pool-properties';
import { PROTECT_CONFIGURATION } from '../src/wire/protect-configuration-properties';
import { REGISTRATION_ATTACHMENT } from '../src/wire/registration-attachment-properties';
import { REGISTRATION } from '../src/wire/registration-properties';
import { RESOURCE_POLICY } from '../src/wire/resource-policy-properties';
import { SENDER_ID } from '../src/wire/sender-id-properties';
import { VERIFIED_DESTINATION_NUMBER } from '../src/wire/verified-destination-number-properties';
import { DEFAULT_LIMITS } from '../test/emulator';
import { accountSettingsProperties } from '../test/lambda/support/account-settings';
import { configurationSetProperties } from '../test/lambda/support/events';
import { optedOutNumbersProperties, optOutListProperties } from '../test/lambda/support/opt-out-lists';
import { phoneNumberProperties } from '../test/lambda/support/phone-numbers';
import { poolProperties, requestNumber } from '../test/lambda/support/pools';
import { protectConfigurationProperties } from '../test/lambda/support/protect-configurations';
import { registrationAttachmentProperties } from '../test/lambda/support/registration-attachments';
import { registrationProperties, TOLL_FREE_FIELDS } from '../test/lambda/support/registrations';
import { createTargets, CONSUMER, resourcePolicyProperties } from '../test/lambda/support/resource-policies';
import { senderIdProperties } from '../test/lambda/support/sender-ids';
import { verifiedDestinationNumberProperties } from '../test/lambda/support/verified-destination-numbers';

/** What a resource needs that its stack does not make, made straight through the SDK before the case: ARNs. */
export type Given = readonly string[];

/** A change of k children of one kind, from the resource's base properties (or back to them). */
export interface ChildChange {
  /** The children, in the plural: `event destinations`. */
  readonly children: string;
  /** The most the API (or the emulator's documented limit) allows. */
  readonly max: number;
  /** `add`: from the base properties to k children; `remove`: from k children back to the base. */
  readonly direction: 'add' | 'remove';
  /** The resource's properties with k children. */
  properties(k: number, given: Given): RawProperties;
  minimum(k: number): Minimum;
}

/** One custom-resource type, as the reconcile benchmark drives it. */
export interface ResourceScenario {
  readonly type: string;
  readonly resourceType: string;
  /** Makes what the resource needs for a case of `children` children. */
  readonly given?: (client: PinpointSMSVoiceV2Client, children: number) => Promise<Given>;
  readonly create: Minimum;
  readonly noOpUpdate: Minimum;
  readonly delete: Minimum;
  readonly changes: readonly ChildChange[];
  /** Why a case of this type may make more calls than its minimum, and what it would take not to. @default none */
  readonly aboveMinimum?: string;
  /** The properties the create, no-op update and delete cases use: no children, no tags. */
  properties(given: Given): RawProperties;
}

/** One measured case: deploy `before` (not counted), then send `event` with `after`. */
export interface ReconcileCase {
  readonly name: string;
  readonly children: number;
  readonly before?: (given: Given) => RawProperties;
  readonly event: 'Create' | 'Update' | 'Delete';
  readonly after: (given: Given) => RawProperties;
  readonly minimum: Minimum;
}

const RESOURCE_READ: KeptRead = { count: 1, reason: 'reconcile from actual state: one read of the resource shows what the service has' };
const CREATED_READ: KeptRead = {
  count: 1,
  reason: 'the new resource read once: it shows what an earlier delivery of the same Create made (a re-delivered event)',
};
const IDENTITY_READ: KeptRead = {
  count: 1,
  reason: 'the identity check before a delete: the resource of that name is this one (its ARN), and its deletion protection is off',
};
const LIST_READ: KeptRead = { count: 1, reason: 'an update first reads the list: a list deleted out of band is not found, even by a change that only removes' };
const TAG_READ: KeptRead = { count: 1, reason: 'the tags, read only when the declared ones changed: an update applied again then makes no call' };
const withResourceRead = (mutating: number): Minimum => ({ mutating, reads: [RESOURCE_READ] });
const statusWait = (status: string): KeptRead => ({ count: 1, reason: `a status wait: the service answers ${status}, one read sees it settle` });

/** A resource made and deleted by one call each, whose no-op update reads it once. */
const SYNCHRONOUS = {
  create: { mutating: 1, reads: [CREATED_READ] },
  noOpUpdate: withResourceRead(0),
  delete: { mutating: 1, reads: [IDENTITY_READ] },
};

/** The same, but the create answers `status` first and settles later. */
const createdAsynchronously = (status: string) => ({ ...SYNCHRONOUS, create: { mutating: 1, reads: [statusWait(status)] } });

/** k children added in one call (TagResource, PutResourcePolicy, a country rule set): one call, whatever k. */
const oneCallFor = (_k: number): Minimum => withResourceRead(1);
/** k children added one call each (the calls are upserts: nothing to read first). */
const oneCallEach = (k: number): Minimum => withResourceRead(k);
/** A read of children besides the resource's own: what is there already is not written again (an update applied twice makes no call). */
const childrenRead = (children: string): KeptRead => ({
  count: 1,
  reason: `the ${children}, read once: what is there already is not written again, so an update applied twice makes no call the second time`,
});
/** k children changed one call each, or all in one call, after one read of them. */
const oneCallEachAfterReading = (children: string) => (k: number): Minimum => ({ mutating: k, reads: [RESOURCE_READ, childrenRead(children)] });
const oneCallAfterReading = (children: string) => (_k: number): Minimum => ({ mutating: 1, reads: [RESOURCE_READ, childrenRead(children)] });

const tagsOf = (k: number) => Object.fromEntries(Array.from({ length: k }, (_, i) => [`team${i}`, `value${i}`]));

/** Up to 50 tags per resource, some kept back for the handler's own. */
function tagChange(properties: (tags: { [key: string]: string }) => RawProperties, handlerTags = 0): ChildChange {
  return {
    children: 'tags',
    max: DEFAULT_LIMITS.tagsPerResource - handlerTags,
    direction: 'add',
    properties: k => properties(tagsOf(k)),
    minimum: () => ({ mutating: 1, reads: [RESOURCE_READ, TAG_READ] }),
  };
}

const e164 = (prefix: string, i: number) => `${prefix}${String(i).padStart(4, '0')}`;
const optedOutNumbers = (k: number) => Array.from({ length: k }, (_, i) => e164('+1206555', i));

/** DescribeOptedOutNumbers looks up at most 5 numbers at once (the model's OptedOutNumberList). */
const OPTED_OUT_LOOKUP = 5;

/** Every custom-resource type of lambda/sms-provider/dispatch.ts. */
export const SCENARIOS: readonly ResourceScenario[] = [
  {
    type: 'ConfigurationSet',
    resourceType: CONFIGURATION_SET.resourceType,
    properties: () => configurationSetProperties({ name: 'orders' }),
    ...SYNCHRONOUS,
    changes: [{
      children: 'event destinations',
      max: DEFAULT_LIMITS.eventDestinationsPerConfigurationSet,
      direction: 'add',
      properties: k => configurationSetProperties({
        name: 'orders',
        eventDestinations: Array.from({ length: k }, (_, i) => ({ name: `destination${i}`, eventTypes: ['TEXT_DELIVERED'], variant: `${i}` })),
      }),
      minimum: oneCallEach,
    }],
  },
  {
    type: 'OptOutList',
    resourceType: OPT_OUT_LIST.resourceType,
    properties: () => optOutListProperties({ name: 'orders' }),
    create: { mutating: 1, reads: [CREATED_READ] },
    noOpUpdate: withResourceRead(0),
    delete: {
      mutating: 1,
      reads: [IDENTITY_READ, { count: 1, reason: 'the end-user opt-out check: a list that holds recipients\' own opt-outs is never deleted' }],
    },
    changes: [tagChange(tags => optOutListProperties({ name: 'orders', tags }), 1)],
  },
  {
    type: 'OptedOutNumbers',
    resourceType: OPTED_OUT_NUMBERS.resourceType,
    given: async client => [(await client.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }))).OptOutListArn!],
    properties: () => optedOutNumbersProperties({ list: 'orders' }),
    // The list's own create came first, and the puts need nothing read.
    create: { mutating: 0, reads: [] },
    noOpUpdate: { mutating: 0, reads: [LIST_READ] },
    // The numbers go with the list: their Delete makes no call.
    delete: { mutating: 0, reads: [] },
    changes: [
      {
        children: 'opted-out numbers',
        max: Infinity,
        direction: 'add',
        properties: k => optedOutNumbersProperties({ list: 'orders', numbers: optedOutNumbers(k) }),
        minimum: k => ({ mutating: k, reads: [LIST_READ] }),
      },
      {
        children: 'opted-out numbers',
        max: Infinity,
        direction: 'remove',
        properties: k => optedOutNumbersProperties({ list: 'orders', numbers: optedOutNumbers(k) }),
        minimum: k => ({
          mutating: k,
          reads: [LIST_READ, {
            count: Math.ceil(k / OPTED_OUT_LOOKUP),
            reason: `the end-user opt-out check before removing a number: the removed numbers looked up, ${OPTED_OUT_LOOKUP} a call`
              + ' (a read filtered by end-user-opted-out would grow with the list, not with the change)',
          }],
        }),
      },
    ],
  },
  {
    type: 'PhoneNumber',
    resourceType: PHONE_NUMBER.resourceType,
    properties: () => phoneNumberProperties({ releaseOnDelete: true }),
    ...createdAsynchronously('PENDING'),
    changes: [{
      children: 'keywords',
      // HELP and STOP are there from the start.
      max: DEFAULT_LIMITS.keywordsPerPhoneNumber - 2,
      direction: 'add',
      properties: k => phoneNumberProperties({
        releaseOnDelete: true,
        keywords: Array.from({ length: k }, (_, i) => ({ keyword: `JOIN${i}`, message: `Welcome to list ${i}` })),
      }),
      minimum: oneCallEachAfterReading('keywords'),
    }],
  },
  {
    type: 'SenderId',
    resourceType: SENDER_ID.resourceType,
    properties: () => senderIdProperties({ releaseOnDelete: true }),
    ...SYNCHRONOUS,
    changes: [tagChange(tags => senderIdProperties({ releaseOnDelete: true, tags }))],
  },
  {
    type: 'Pool',
    resourceType: POOL.resourceType,
    // The pool's first number, and one more for each child.
    given: (client, children) => Promise.all(Array.from({ length: children + 1 }, () => requestNumber(client))),
    properties: given => poolProperties({ identities: given.slice(0, 1) }),
    create: { mutating: 1, reads: [statusWait('CREATING'), childrenRead('origination identities, which DescribePools does not show')] },
    noOpUpdate: {
      mutating: 0,
      reads: [RESOURCE_READ, { count: 1, reason: 'the pool\'s origination identities, which DescribePools does not show: one page' }],
    },
    delete: { mutating: 1, reads: [IDENTITY_READ, statusWait('DELETING')] },
    changes: [{
      children: 'origination identities',
      // The pool's first number apart, within the numbers an account may have.
      max: Math.min(DEFAULT_LIMITS.originationIdentitiesPerPool, DEFAULT_LIMITS.phoneNumbersPerAccount) - 1,
      direction: 'add',
      properties: (k, given) => poolProperties({ identities: given.slice(0, k + 1) }),
      minimum: oneCallEachAfterReading('origination identities, which DescribePools does not show'),
    }],
  },
  {
    type: 'ProtectConfiguration',
    resourceType: PROTECT_CONFIGURATION.resourceType,
    properties: () => protectConfigurationProperties(),
    ...SYNCHRONOUS,
    changes: [
      {
        children: 'SMS country rules',
        max: ISO_COUNTRY_CODES.size,
        direction: 'add',
        properties: k => protectConfigurationProperties({ sms: { countries: Object.fromEntries([...ISO_COUNTRY_CODES].slice(0, k).map(c => [c, 'BLOCK'])) } }),
        minimum: oneCallAfterReading('country rule set'),
      },
      {
        children: 'number overrides',
        max: Infinity,
        direction: 'add',
        properties: k => protectConfigurationProperties({
          overrides: Array.from({ length: k }, (_, i) => ({ number: e164('+1425555', i), action: 'BLOCK' as const })),
        }),
        minimum: oneCallEach,
      },
    ],
  },
  {
    type: 'AccountSettings',
    resourceType: ACCOUNT_SETTINGS.resourceType,
    aboveMinimum: 'Why: onEvent reads the limits to refuse one above the account\'s maximum before anything changes, and isComplete'
      + ' reads them again, as the maximum may have changed in between. One resource per account and region, so the extra read'
      + ' never grows with the app. What it would take: leave the refusal to isComplete alone.',
    properties: () => accountSettingsProperties({ text: 1 }),
    create: {
      mutating: 1,
      reads: [
        { count: 1, reason: 'the account\'s maximum (MaxLimit), read before any change to refuse a limit above it' },
        { count: 1, reason: 'the enforced limits the attributes report, which the calls change' },
      ],
    },
    noOpUpdate: withResourceRead(0),
    // Only the override the properties declared goes back.
    delete: { mutating: 1, reads: [{ count: 1, reason: 'which of the declared overrides the account still has' }] },
    changes: [{
      children: 'spend limits',
      max: 2,
      direction: 'add',
      properties: k => accountSettingsProperties({ text: 1, ...k >= 1 ? { voice: 1 } : {}, ...k >= 2 ? { media: 1 } : {} }),
      minimum: oneCallEach,
    }],
  },
  {
    type: 'ResourcePolicy',
    resourceType: RESOURCE_POLICY.resourceType,
    aboveMinimum: 'Why: onEvent reads the resource\'s policy to refuse one the stack did not write before it answers a physical id,'
      + ' so that a rollback\'s Delete can never remove a policy written outside the stack; isComplete reads it again to plan.'
      + ' What it would take: hand the policy onEvent read to isComplete in the event\'s Data.',
    given: async client => {
      await createTargets(client);
      return [];
    },
    properties: () => resourcePolicyProperties(),
    ...SYNCHRONOUS,
    changes: [{
      children: 'statements (accounts shared with)',
      // PutResourcePolicy takes the whole policy, whose text is at most 10,000 characters: 10 more accounts fit well.
      max: 10,
      direction: 'add',
      properties: k => resourcePolicyProperties({ accounts: [CONSUMER, ...Array.from({ length: k }, (_, i) => e164('21098765', i))] }),
      minimum: oneCallFor,
    }],
  },
  {
    type: 'Registration',
    resourceType: REGISTRATION.resourceType,
    aboveMinimum: 'Why: the field definitions of the registration type (three reads) are read before the create and on every poll,'
      + ' to check every field against them, and the registration is read again after its calls, whose results do not show its'
      + ' status and version. Registrations are few per account, and nothing here grows with the app. What it would take: check'
      + ' the fields once per event (definitions handed from onEvent in Data), and compute the version\'s status from the calls.',
    properties: () => registrationProperties({ releaseOnDelete: true }),
    ...SYNCHRONOUS,
    changes: [{
      children: 'field values',
      max: Object.keys(TOLL_FREE_FIELDS).length,
      direction: 'add',
      properties: k => registrationProperties({ releaseOnDelete: true, fields: Object.fromEntries(Object.entries(TOLL_FREE_FIELDS).slice(0, k)) }),
      minimum: oneCallEach,
    }],
  },
  {
    type: 'RegistrationAttachment',
    resourceType: REGISTRATION_ATTACHMENT.resourceType,
    properties: () => registrationAttachmentProperties({ releaseOnDelete: true }),
    ...createdAsynchronously('UPLOAD_IN_PROGRESS'),
    changes: [tagChange(tags => registrationAttachmentProperties({ releaseOnDelete: true, tags }))],
  },
  {
    type: 'VerifiedDestinationNumber',
    resourceType: VERIFIED_DESTINATION_NUMBER.resourceType,
    aboveMinimum: 'Why: a tag of the handler\'s own records the settings the code was sent with (one TagResource, read back with'
      + ' the resource), so that a re-delivered event sends no second code to a person\'s phone; a change of the declared tags'
      + ' reads them once more. Verified numbers are sandbox test numbers, a handful per account. What it would take: share the'
      + ' one tag read between the handler\'s tag and the declared tags.',
    properties: () => verifiedDestinationNumberProperties(),
    // The create, and the verification code sent to the number.
    create: { mutating: 2, reads: [CREATED_READ] },
    noOpUpdate: withResourceRead(0),
    delete: { mutating: 1, reads: [IDENTITY_READ] },
    // One tag records that the code was sent.
    changes: [tagChange(tags => verifiedDestinationNumberProperties({ tags }), 1)],
  },
];

/** The cases of one type, in the order of its table: create, no-op update, each k-child change, delete. */
export function casesOf(scenario: ResourceScenario): ReconcileCase[] {
  const base = (given: Given) => scenario.properties(given);
  return [
    { name: 'create', children: 0, event: 'Create', after: base, minimum: scenario.create },
    { name: 'no-op update', children: 0, before: base, event: 'Update', after: base, minimum: scenario.noOpUpdate },
    ...scenario.changes.flatMap(change => childCounts(change.max).map((k): ReconcileCase => {
      const withChildren = (given: Given) => change.properties(k, given);
      return change.direction === 'add'
        ? { name: `${change.children}: ${k} added`, children: k, before: base, event: 'Update', after: withChildren, minimum: change.minimum(k) }
        : { name: `${change.children}: ${k} removed`, children: k, before: withChildren, event: 'Update', after: base, minimum: change.minimum(k) };
    })),
    { name: 'delete', children: 0, before: base, event: 'Delete', after: base, minimum: scenario.delete },
  ];
}
