import {
  CreateRegistrationAttachmentCommand,
  DeleteRegistrationCommand,
  DescribeRegistrationsCommand,
  PutRegistrationFieldValueCommand,
  RequestPhoneNumberCommand,
  SubmitRegistrationVersionCommand,
  TagResourceCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REGISTRATION } from '../../../src/wire/registration-properties';
import { MUTATING } from '../../emulator';
import * as shared from '../support/contract';
import { CustomResourceEvents } from '../support/events';
import { idOf } from '../support/phone-numbers';
import {
  expectedRegistration,
  readRegistration,
  registrationArn,
  registrationProperties,
  RegistrationOptions,
  RegistrationView,
  requestTollFreeNumber,
  TOLL_FREE_FIELDS,
} from '../support/registrations';

const ARN = /^arn:aws:sms-voice:us-east-1:123456789012:registration\/registration-[0-9a-f]{32}$/;
const CAMPAIGN = 'US_TEN_DLC_CAMPAIGN_REGISTRATION';
const CAMPAIGN_FIELDS = {
  'campaignInfo.campaignName': 'Order updates',
  'campaignInfo.useCase': ['ACCOUNT_NOTIFICATION'],
  'campaignInfo.description': 'Order and delivery updates for customers who opt in at checkout',
  'campaignInfo.subscriberOptIn': ['YES'],
  'campaignInfo.subscriberOptOut': ['YES'],
  'campaignInfo.subscriberHelp': ['YES'],
  'messageSamples.messageSample1': 'Example Corp: your order 1234 has shipped. Reply STOP to opt out.',
  'optInDetails.optInDescription': 'Customers tick an unticked box at checkout',
};

describe('Custom::SmsVoiceRegistration, against the emulator', () => {
  const c = shared.useContract<RegistrationOptions>({
    logicalResourceId: 'TollFreeRegistration1A2B3C4D',
    resourceType: REGISTRATION.resourceType,
    properties: registrationProperties,
    read: (client, arn) => readRegistration(client, idOf(arn)),
    expected: expectedRegistration,
    attributes: arn => ({
      [REGISTRATION.attributes.ID]: idOf(arn),
      [REGISTRATION.attributes.ARN]: arn,
      [REGISTRATION.attributes.STATUS]: expect.any(String),
      [REGISTRATION.attributes.VERSION_NUMBER]: expect.stringMatching(/^[1-9][0-9]*$/),
      [REGISTRATION.attributes.VERSION_STATUS]: expect.any(String),
      [REGISTRATION.attributes.DENIED_REASONS]: expect.any(String),
    }),
    names: shared.namedIn('RegistrationId', 'ResourceArn'),
  });
  const { bed, events, deployed, update } = c;
  let tollFreeNumber: string;
  beforeEach(async () => {
    tollFreeNumber = await requestTollFreeNumber(bed().client);
  });

  /** A toll-free registration, filled in, associated with its number, submitted. */
  const full = (): RegistrationOptions => ({
    fields: TOLL_FREE_FIELDS,
    associations: [tollFreeNumber],
    submit: true,
    tags: { team: 'messaging' },
    releaseOnDelete: true,
  });
  /** A draft: some fields, not submitted. */
  const draft = (): RegistrationOptions => ({
    fields: { 'companyInfo.companyName': 'Example Corp', 'companyInfo.address2': 'Suite 100' },
    tags: { team: 'messaging' },
    releaseOnDelete: true,
  });
  const read = (arn: string) => readRegistration(bed().client, idOf(arn));
  const emulator = () => bed().emulator;
  const data = async (options: RegistrationOptions, physicalId: string) => (await update(physicalId, options, options)).data;

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create associates the number, puts every field and submits, returns the ARN and every attribute; a DESTROY delete deletes it',
      options: full,
      physicalId: ARN,
      created: result => {
        expect(bed().emulator.calls().filter(call => MUTATING(call.action)).map(call => call.action)).toEqual([
          'RequestPhoneNumber',
          'CreateRegistration',
          'CreateRegistrationAssociation',
          ...Object.keys(TOLL_FREE_FIELDS).map(() => 'PutRegistrationFieldValue'),
          'SubmitRegistrationVersion',
        ]);
        expect(result.data).toMatchObject({ RegistrationStatus: 'SUBMITTED', VersionNumber: '1', VersionStatus: 'SUBMITTED', DeniedReasons: '' });
      },
      then: () => expect(bed().emulator.calls().filter(call => call.action === 'DeleteRegistration')).toHaveLength(1),
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the create call, makes one registration',
      options: full,
      createAction: 'CreateRegistration',
      then: async () => expect((await bed().client.send(new DescribeRegistrationsCommand({}))).Registrations).toHaveLength(1),
    });

    // The shared C3 (testCreateOfTakenName) does not apply: a registration has no name to clash.
    test('C3 registrations have no name to clash: another stack\'s Create makes another one and never adopts this one', async () => {
      // GIVEN
      const mine = await deployed(draft());

      // WHEN
      const other = new CustomResourceEvents('OtherRegistration1A2B', REGISTRATION.resourceType, 'other-app');
      const result = await bed().run(other.create(registrationProperties(draft())));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).not.toBe(mine);
      expect(await read(mine)).toEqual(expectedRegistration(draft()));
    });

    shared.testFailureAfterCreate(c, {
      title: 'a field value that fails after the create reports the real physical id, so the rollback Delete removes it',
      denied: PutRegistrationFieldValueCommand,
      options: full,
      physicalId: ARN,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:PutRegistrationFieldValue\)/,
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'Create is complete in one poll once its calls succeeded, reading back with the version submitted',
      lost: SubmitRegistrationVersionCommand,
      readsAfter: ['DescribeRegistrations', 'DescribeRegistrationVersions', 'DescribeRegistrationFieldValues', 'ListRegistrationAssociations'],
      event: async () => events.create(registrationProperties(full())),
      then: async result => expect(await read(result.physicalResourceId)).toEqual(expectedRegistration(full())),
    });

    shared.testRetriesThrottlingAnd500s(c, { options: full });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the messages the construct gives at synth time',
      options: {
        registrationType: 'US TOLL FREE',
        fields: { 'company Info': 'x', 'companyInfo.companyName': Array.from({ length: 101 }, (_, i) => `c${i}`), 'messagingUseCase.useCaseCategory': [''] },
        associations: ['phone 1'],
      },
      violations: [
        'registrationType: "US TOLL FREE" may contain only letters, digits and _',
        'field path: "company Info" may contain only letters, digits, _ and .',
        'fields[\'companyInfo.companyName\']: must have 0 to 100 items, but has 101',
        'choice of fields[\'messagingUseCase.useCaseCategory\']: "" must be 1 to 256 characters long, but is 0',
        'associations: "phone 1" may contain only letters, digits, _, :, / and - (a name, an id or an ARN)',
      ],
      prefix: 'Invalid registration: ',
    });

    test('C6 a field path with a typo fails before anything is created, with the valid paths of its section', async () => {
      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(registrationProperties({ fields: { 'companyInfo.compnyName': 'Example Corp' } })));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toMatch(/fields\['companyInfo\.compnyName'\]: is not a field of section 'companyInfo' of US_TOLL_FREE_REGISTRATION;/);
      expect(result.reason).toContain('its fields are companyInfo.companyName, companyInfo.website, companyInfo.address1');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('C6 every field problem is reported at once: wrong kind, length, pattern, choices, and the required fields of a submission', async () => {
      // WHEN
      const mark = bed().mark();
      const result = await bed().run(events.create(registrationProperties({
        fields: {
          'companyInfo.companyName': ['Example Corp'],
          'companyInfo.zipCode': '981',
          'messagingUseCase.useCaseCategory': ['SPAM'],
        },
        associations: [tollFreeNumber],
        submit: true,
      })));

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain("fields['companyInfo.companyName']: is a TEXT field: give it RegistrationFieldValue.text(…)");
      expect(result.reason).toContain("fields['companyInfo.zipCode']: \"981\" is not in the form this field takes, such as 98109");
      expect(result.reason).toContain("fields['messagingUseCase.useCaseCategory']: choice \"SPAM\" is not one of");
      expect(result.reason).toContain("fields['companyInfo.website']: is required to submit a US_TOLL_FREE_REGISTRATION");
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('C6 an unknown registration type fails before anything is created, with the types there are', async () => {
      const result = await bed().run(events.create(registrationProperties({ registrationType: 'US_TOLL_FREE' })));

      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain('registrationType: "US_TOLL_FREE" is not a registration type of this account and region; the types are');
      expect(result.reason).toContain('US_TOLL_FREE_REGISTRATION');
      expect(bed().emulator.calls().filter(call => call.action === 'CreateRegistration')).toEqual([]);
    });
  });

  describe('Update', () => {
    const edited = (): RegistrationOptions => ({
      ...draft(),
      fields: { 'companyInfo.companyName': 'Example Corporation', 'companyInfo.city': 'Seattle' },
      tags: { team: 'growth' },
    });

    shared.testInPlaceUpdate(c, {
      title: 'a draft is edited in place: a changed field is one Put, a removed field one Delete, a new field one Put, and the tag calls',
      from: draft,
      to: edited,
      mutatingCalls: ['DeleteRegistrationFieldValue', 'PutRegistrationFieldValue', 'PutRegistrationFieldValue', 'TagResource'],
    });

    shared.testReplacement(c, {
      title: 'a new registration type creates a new registration with a new physical id and never touches the old one',
      from: draft,
      to: () => ({ registrationType: 'US_TEN_DLC_BRAND_REGISTRATION', fields: { 'companyInfo.companyName': 'Example Corp' }, releaseOnDelete: true }),
      createAction: 'CreateRegistration',
      replaceReason: 'registrationType changed, and only a new registration has them',
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a registration deleted out of band fails with not found and creates nothing',
      from: draft,
      to: edited,
      removeOutOfBand: physicalId => bed().client.send(new DeleteRegistrationCommand({ RegistrationId: idOf(physicalId) })),
      reason: physicalId => new RegExp(`^ResourceNotFoundException: registration '${idOf(physicalId)}' was not found`),
    });

    // the forward update's tags are denied after its field values
    shared.testRollbackAfterHalfApplied(c, {
      from: draft,
      denied: { command: TagResourceCommand },
      forward: edited,
      halfApplied: view => expect((view as RegistrationView).fields['companyInfo.companyName']).toBe('Example Corporation'),
    });

    shared.testSameUpdateTwice(c, { from: full, to: () => ({ ...full(), tags: { team: 'growth' } }) });

    shared.testWithoutSchemaVersion(c, { from: draft, to: edited });

    // select choices as CloudFormation delivers them, booleans as strings
    shared.testNoOpUpdate(c, {
      title: 'X4 an update whose decoded properties equal the actual state makes zero mutating calls',
      options: full,
      same: full,
      reads: [
        'DescribeRegistrations', 'DescribeRegistrationVersions', 'DescribeRegistrationFieldValues', 'ListRegistrationAssociations',
        'DescribeRegistrationTypeDefinitions', 'DescribeRegistrationSectionDefinitions', 'DescribeRegistrationFieldDefinitions',
      ],
    });

    test('an approved registration edited in the app ends with a second version SUBMITTED, the first still APPROVED', async () => {
      // GIVEN
      const physicalId = await deployed(full());
      emulator().approveRegistration(physicalId);
      const changed: RegistrationOptions = { ...full(), fields: { ...TOLL_FREE_FIELDS, 'messageSamples.messageSample2': 'Your code is 123456' } };

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, changed, full());

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(result.physicalResourceId).toBe(physicalId);
      expect(bed().mutatingCallsSince(mark)).toEqual(['CreateRegistrationVersion', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion']);
      expect(await read(physicalId)).toEqual({ ...expectedRegistration(changed), status: 'COMPLETE', versions: ['APPROVED', 'SUBMITTED'] });
      expect(result.data).toMatchObject({ RegistrationStatus: 'COMPLETE', VersionNumber: '2', VersionStatus: 'SUBMITTED' });
    });

    test('an unchanged registration that was approved makes no call', async () => {
      const physicalId = await deployed(full());
      emulator().approveRegistration(physicalId);

      const mark = bed().mark();
      const result = await update(physicalId, full(), full());

      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect(result.data).toMatchObject({ RegistrationStatus: 'COMPLETE', VersionStatus: 'APPROVED' });
    });

    test('a change while the registration is under review fails fast, says what to do, and changes nothing', async () => {
      // GIVEN
      const physicalId = await deployed(full());
      emulator().startRegistrationReview(physicalId);
      const changed: RegistrationOptions = { ...full(), fields: { ...TOLL_FREE_FIELDS, 'companyInfo.companyName': 'Example Corporation' } };

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, changed, full());

      // THEN
      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain(`registration '${idOf(physicalId)}' is under review (version 1 is REVIEWING), and nothing about it can change`
        + ' until the review ends');
      expect(result.reason).toContain('deploy the change once the version is APPROVED or DENIED');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
      expect((await read(physicalId))!.fields['companyInfo.companyName']).toBe('Example Corp');

      // AND the rollback succeeds with no call
      const rollback = await update(physicalId, full(), changed);
      expect(rollback.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    test('a denied registration shows the reasons, and fixing its fields in the app submits a new version', async () => {
      // GIVEN
      const physicalId = await deployed(full());
      emulator().denyRegistration(physicalId, [
        { reason: 'INVALID_OPT_IN', shortDescription: 'The opt-in workflow does not show consent', fieldPath: 'optInDetails.optInDescription' },
      ]);

      // WHEN nothing changed in the app
      const unchanged = await update(physicalId, full(), full());

      // THEN the deployment succeeds and its output carries the reasons
      expect(unchanged.status).toBe('SUCCESS');
      expect(unchanged.data).toMatchObject({ RegistrationStatus: 'REQUIRES_UPDATES', VersionStatus: 'DENIED' });
      expect(unchanged.data!.DeniedReasons).toContain('INVALID_OPT_IN: The opt-in workflow does not show consent');
      expect(unchanged.data!.DeniedReasons).toContain('optInDetails.optInDescription: The opt-in workflow does not show consent');

      // WHEN the field is fixed
      const fixed: RegistrationOptions = { ...full(), fields: { ...TOLL_FREE_FIELDS, 'optInDetails.optInDescription': 'Customers tick an unticked box' } };
      const mark = bed().mark();
      const result = await update(physicalId, fixed, full());

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['CreateRegistrationVersion', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion']);
      expect((await read(physicalId))!.versions).toEqual(['DENIED', 'SUBMITTED']);
      expect(result.data).toMatchObject({ VersionNumber: '2', VersionStatus: 'SUBMITTED', DeniedReasons: '' });
    });

    test('a registration that requires authentication is recovered the same way: fixed fields make a new, submitted version', async () => {
      const physicalId = await deployed(full());
      emulator().requireRegistrationAuthentication(physicalId);
      const fixed: RegistrationOptions = { ...full(), fields: { ...TOLL_FREE_FIELDS, 'contactInfo.supportEmail': 'help@example.com' } };

      const result = await update(physicalId, fixed, full());

      expect(result.status).toBe('SUCCESS');
      expect((await read(physicalId))!.versions).toEqual(['REQUIRES_AUTHENTICATION', 'SUBMITTED']);
    });

    test('a draft is submitted once submit is set', async () => {
      const physicalId = await deployed({ ...full(), submit: false });

      const mark = bed().mark();
      const result = await update(physicalId, full(), { ...full(), submit: false });

      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['SubmitRegistrationVersion']);
      expect(await read(physicalId)).toEqual(expectedRegistration(full()));
    });

    test('an attachment field takes the attachment\'s id, and a new attachment is one Put', async () => {
      // GIVEN
      const attachment = async (key: string) => (await bed().client.send(new CreateRegistrationAttachmentCommand({
        AttachmentUrl: `s3://example-registrations/${key}`,
      }))).RegistrationAttachmentId!;
      const [first, second] = [await attachment('opt-in.png'), await attachment('opt-in-v2.png')];
      const withImage = (id: string): RegistrationOptions => ({ ...draft(), fields: { ...draft().fields, 'optInDetails.optInImage': { attachment: id } } });
      const physicalId = await deployed(withImage(first));
      expect((await read(physicalId))!.fields['optInDetails.optInImage']).toEqual({ attachment: first });

      // WHEN
      const mark = bed().mark();
      const result = await update(physicalId, withImage(second), withImage(first));

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['PutRegistrationFieldValue']);
      expect(await read(physicalId)).toEqual(expectedRegistration(withImage(second)));
    });
  });

  describe('Associations', () => {
    test('a campaign is associated with its brand before it is submitted, and with its 10DLC number only once it is complete', async () => {
      // GIVEN an approved brand and a 10DLC number
      const brandEvents = new CustomResourceEvents('Brand1A2B', REGISTRATION.resourceType);
      const brand = (await bed().run(brandEvents.create(registrationProperties({
        registrationType: 'US_TEN_DLC_BRAND_REGISTRATION', fields: { 'companyInfo.companyName': 'Example Corp' },
      })))).physicalResourceId;
      const number = (await bed().client.send(new RequestPhoneNumberCommand({
        IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: 'TEN_DLC',
      }))).PhoneNumberArn!;
      const campaign: RegistrationOptions = { registrationType: CAMPAIGN, fields: CAMPAIGN_FIELDS, associations: [brand, number], submit: true };

      // WHEN
      const created = await bed().run(events.create(registrationProperties(campaign)));

      // THEN the brand is associated, the number waits
      expect(created.status).toBe('SUCCESS');
      expect((await read(created.physicalResourceId))!.associations).toEqual([brand]);

      // WHEN the campaign is complete and the app deploys again
      emulator().approveRegistration(created.physicalResourceId);
      const mark = bed().mark();
      const again = await update(created.physicalResourceId, campaign, campaign);

      // THEN
      expect(again.status).toBe('SUCCESS');
      expect(bed().mutatingCallsSince(mark)).toEqual(['CreateRegistrationAssociation']);
      expect((await read(created.physicalResourceId))!.associations).toEqual([brand, number].sort());
    });

    test('an association the registration type does not support fails before anything is created, naming what it supports', async () => {
      const number = (await bed().client.send(new RequestPhoneNumberCommand({
        IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'], NumberType: 'TEN_DLC',
      }))).PhoneNumberArn!;

      const result = await bed().run(events.create(registrationProperties({ associations: [number] })));

      expect(result.status).toBe('FAILED');
      expect(result.reason).toContain(`associations: ${number} is a TEN_DLC (US), and a US_TOLL_FREE_REGISTRATION is associated only with TOLL_FREE (US)`);
      expect(bed().emulator.calls().filter(call => call.action === 'CreateRegistration')).toEqual([]);
    });
  });

  describe('Delete', () => {
    shared.testRetainedDelete(c, { options: () => ({ ...draft(), releaseOnDelete: false }) });

    shared.testSecondDelete(c, draft);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['a registration ARN with a second path part', 'arn:aws:sms-voice:us-east-1:123456789012:registration/registration-1/2']],
      options: draft,
      deployFirst: true,
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement deletes only the registration the physical id names',
      from: draft,
      to: () => ({ ...draft(), registrationType: 'US_TEN_DLC_BRAND_REGISTRATION', fields: { 'companyInfo.companyName': 'Example Corp' } }),
      deleteAction: 'DeleteRegistration',
    });

    shared.testDeleteOfNeverCreated(c, {
      what: 'registration ARN that was never created',
      physicalId: registrationArn('registration-0123456789abcdef0123456789abcdef'),
      options: draft,
    });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, {
      created: full,
      updated: () => ({ ...full(), tags: { team: 'growth' } }),
      deleted: full,
      createAction: 'CreateRegistration',
    });

    shared.testOutsideTagSurvives(c, { from: draft, to: () => ({ ...draft(), tags: undefined }) });
  });

  test('X2 Data stays small whatever the denial reasons', async () => {
    const physicalId = await deployed(full());
    emulator().denyRegistration(physicalId, Array.from({ length: 30 }, (_, i) => ({
      reason: `REASON_${i}`, shortDescription: 'x'.repeat(200),
    })));

    const result = await data(full(), physicalId);

    expect(result!.DeniedReasons.length).toBeLessThanOrEqual(1000);
  });
});
