import {
  ConflictException,
  DeleteRegistrationAttachmentCommand,
  DescribeRegistrationAttachmentsCommand,
  TagResourceCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REMOVAL_RETRY_MS, REMOVAL_STARTED_AT } from '../../../lambda/sms-provider/handlers/removal';
import { REGISTRATION_ATTACHMENT } from '../../../src/wire/registration-attachment-properties';
import { MUTATING } from '../../emulator';
import { interceptingClient, onFirst } from '../support/clients';
import * as shared from '../support/contract';
import { CustomResourceEvents } from '../support/events';
import { idOf } from '../support/phone-numbers';
import {
  ATTACHMENT_ARN,
  ATTACHMENT_ARN_PREFIX,
  describeRegistrationAttachment,
  expectedRegistrationAttachment,
  LOA_URL,
  readRegistrationAttachment,
  registrationAttachmentProperties,
  RegistrationAttachmentOptions,
} from '../support/registration-attachments';
import { handlerClient, handlersFor } from '../support/test-bed';

const FULL: RegistrationAttachmentOptions = { tags: { team: 'compliance', env: 'prod' }, releaseOnDelete: true };

describe('Custom::SmsVoiceRegistrationAttachment, against the emulator', () => {
  const c = shared.useContract<RegistrationAttachmentOptions>({
    logicalResourceId: 'LetterOfAuthorization5A6B7C8D',
    resourceType: REGISTRATION_ATTACHMENT.resourceType,
    properties: registrationAttachmentProperties,
    read: readRegistrationAttachment,
    expected: expectedRegistrationAttachment,
    attributes: arn => ({
      [REGISTRATION_ATTACHMENT.attributes.ID]: idOf(arn),
      [REGISTRATION_ATTACHMENT.attributes.ARN]: arn,
      [REGISTRATION_ATTACHMENT.attributes.STATUS]: 'UPLOAD_COMPLETE',
    }),
    names: shared.namedIn('ResourceArn', 'RegistrationAttachmentId'),
  });
  const { bed, events, deployed, remove } = c;

  const read = (arn: string) => readRegistrationAttachment(bed().client, arn);
  const attachmentsInAccount = async () => (await bed().client.send(new DescribeRegistrationAttachmentsCommand({}))).RegistrationAttachments!;

  /** The emulator's clock, moved by hand, for the status delays. */
  let now = 0;
  const useManualClock = () => {
    now = Date.now();
    bed().emulator.configure({ clock: () => now });
  };
  afterEach(() => bed().emulator.configure({ clock: Date.now }));

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, reading back equals the input, and a DESTROY delete deletes it',
      options: FULL,
      physicalId: ATTACHMENT_ARN,
      created: () => expect(bed().emulator.calls().filter(call => MUTATING(call.action)).map(call => call.action))
        .toEqual(['CreateRegistrationAttachment']),
      then: physicalId => expect(bed().emulator.calls().filter(call => call.action === 'DeleteRegistrationAttachment').map(call => call.input))
        .toEqual([{ RegistrationAttachmentId: idOf(physicalId) }]),
    });

    test('C1 what CreateRegistrationAttachment takes: the URL, the tags and the ClientToken', async () => {
      // WHEN
      const result = await bed().run(events.create(registrationAttachmentProperties(FULL)));

      // THEN
      expect(result.status).toBe('SUCCESS');
      const [create] = bed().emulator.calls().filter(call => call.action === 'CreateRegistrationAttachment');
      expect(create.input).toEqual({
        AttachmentUrl: LOA_URL,
        Tags: [{ Key: 'team', Value: 'compliance' }, { Key: 'env', Value: 'prod' }],
        ClientToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the create call, makes one attachment',
      options: FULL,
      createAction: 'CreateRegistrationAttachment',
      then: async () => expect(await attachmentsInAccount()).toHaveLength(1),
    });

    // An attachment has no name: the shared C3 (testCreateOfTakenName) does not apply.
    test('C3 attachments have no name to clash: a second Create of the same file makes a second attachment and adopts nothing', async () => {
      // GIVEN
      const first = await deployed(FULL);

      // WHEN another stack creates an attachment from the same file
      const other = new CustomResourceEvents(`Other${c.logicalResourceId}`, c.resourceType, 'other-app');
      const second = await bed().run(other.create(registrationAttachmentProperties(FULL)));

      // THEN
      expect(second.status).toBe('SUCCESS');
      expect(second.physicalResourceId).toMatch(ATTACHMENT_ARN);
      expect(second.physicalResourceId).not.toBe(first);
      expect(await attachmentsInAccount()).toHaveLength(2);
    });

    // the read that follows the create is denied
    shared.testFailureAfterCreate(c, {
      title: 'a failure after the create call reports the real physical id, so the rollback Delete deletes the attachment',
      denied: DescribeRegistrationAttachmentsCommand,
      options: FULL,
      physicalId: ATTACHMENT_ARN,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:DescribeRegistrationAttachments\)/,
    });

    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'an update is complete in one poll once its calls succeeded, reading back with the declared tags',
      lost: TagResourceCommand,
      event: async () => events.update(await deployed(FULL), registrationAttachmentProperties({ ...FULL, tags: { team: 'legal' } }),
        registrationAttachmentProperties(FULL)),
      then: async result => expect((await read(result.physicalResourceId))!.tags).toEqual({ team: 'legal' }),
    });

    test('C5 isComplete waits while the upload is in progress, and completes once it is UPLOAD_COMPLETE', async () => {
      // GIVEN uploads take 5 s
      useManualClock();
      bed().emulator.configure({ statusDelays: { 'registration-attachment': 5000 } });
      const event = events.create(registrationAttachmentProperties(FULL));

      // WHEN
      const response = await bed().handlers.onEvent(event);
      const pollEvent = { ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! };
      const early = await bed().handlers.isComplete(pollEvent);
      now += 5000;
      const later = await bed().handlers.isComplete(pollEvent);

      // THEN
      expect(early).toEqual({ IsComplete: false });
      expect(bed().logs.find(log => log.decision === 'not complete yet: waiting'))
        .toMatchObject({ reason: 'the attachment is UPLOAD_IN_PROGRESS; waiting for UPLOAD_COMPLETE' });
      expect(later).toEqual({ IsComplete: true, Data: c.attributes(response.PhysicalResourceId!) });
      expect(await read(response.PhysicalResourceId!)).toEqual(expectedRegistrationAttachment(FULL));
    });

    test('C6 an upload that failed is a clear failure naming the attachment, its source and the reason, and what to do', async () => {
      // GIVEN an upload that fails while it is in progress
      useManualClock();
      bed().emulator.configure({ statusDelays: { 'registration-attachment': 5000 } });
      const event = events.create(registrationAttachmentProperties({ ...FULL, url: 's3://letters/unreadable.pdf' }));
      const response = await bed().handlers.onEvent(event);
      const physicalId = response.PhysicalResourceId!;
      bed().emulator.failAttachmentUpload(physicalId);

      // WHEN
      const mark = bed().mark();
      const failure = bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: physicalId });

      // THEN
      await expect(failure).rejects.toThrow(`registration attachment '${idOf(physicalId)}' failed to upload from s3://letters/unreadable.pdf`
        + ' (AttachmentUploadErrorReason INTERNAL_ERROR): check that the object exists, is a PDF, JPEG or PNG file of at most 500 KB, and'
        + ' that the provider\'s role may read it (s3:GetObject, and kms:Decrypt if its bucket uses a KMS key), then deploy again;'
        + ' a new source makes a new attachment');
      expect(bed().mutatingCallsSince(mark)).toEqual([]);
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL, then: async () => expect(await attachmentsInAccount()).toHaveLength(1) });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the synth-time messages',
      options: { url: 'https://files.example.com/letters/loa.docx', tags: { team: 'x'.repeat(257) } },
      violations: [
        'source: "https://files.example.com/letters/loa.docx" must be an S3 URL of the form s3://<bucket>/<key>',
        'source: "https://files.example.com/letters/loa.docx" must end in .pdf, .jpeg, .jpg or .png (in any case): the service takes PDF, JPEG and PNG files',
        `value of tag 'team': "${'x'.repeat(40)}…" (257 characters) must be 0 to 256 characters long, but is 257`,
      ],
      prefix: 'Invalid registration attachment: ',
    });

    // no quota limits the number of attachments in the emulator; the tags per resource are a quota of the create call
    shared.testQuotaFailsAtOnce(c, {
      limits: { tagsPerResource: 1 },
      options: FULL,
      reason: /^ServiceQuotaExceededException TAGS_PER_RESOURCE: a service quota was reached/,
      createAction: 'CreateRegistrationAttachment',
    });
  });

  describe('Update', () => {
    const V2: RegistrationAttachmentOptions = { ...FULL, tags: { team: 'legal' } };

    shared.testInPlaceUpdate(c, {
      title: 'an in-place update reconciles the tags, and nothing else',
      from: FULL,
      to: V2,
      mutatingCalls: ['UntagResource', 'TagResource'],
    });

    shared.testReplacement(c, {
      title: 'a new source makes a new attachment with a new physical id and never touches the old one',
      from: FULL,
      to: { ...FULL, url: 's3://letters/loa-2025.pdf' },
      createAction: 'CreateRegistrationAttachment',
      replaceReason: 'source changed, and only a new registration attachment has them',
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of an attachment deleted out of band fails with not found and creates nothing',
      from: FULL,
      to: V2,
      removeOutOfBand: arn => bed().client.send(new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: idOf(arn) })),
      reason: arn => new RegExp(`^ResourceNotFoundException: registration attachment '${idOf(arn)}' was not found`),
    });

    // the forward update's TagResource is denied after its UntagResource
    shared.testRollbackAfterHalfApplied(c, {
      from: FULL,
      denied: { command: TagResourceCommand },
      forward: V2,
      halfApplied: view => expect(view).toMatchObject({ tags: { team: 'compliance' } }),
    });

    shared.testSameUpdateTwice(c, { from: FULL, to: V2 });

    shared.testWithoutSchemaVersion(c, { from: FULL, to: V2 });

    // tags in another order, ReleaseOnDelete as a string
    shared.testNoOpUpdate(c, {
      title: 'X4 an update whose decoded properties equal the actual state makes zero mutating calls',
      options: FULL,
      same: { ...FULL, tags: { env: 'prod', team: 'compliance' } },
      reads: ['DescribeRegistrationAttachments'],
    });
  });

  describe('Delete', () => {
    shared.testRetainedDelete(c, { options: { ...FULL, releaseOnDelete: false } });

    shared.testSecondDelete(c, FULL);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['a registration ARN', 'arn:aws:sms-voice:us-east-1:123456789012:registration/registration-0123456789abcdef0123456789abcdef']],
      options: FULL,
      deployFirst: true,
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement deletes only the attachment the physical id names',
      from: FULL,
      to: { ...FULL, url: 's3://letters/loa-2025.pdf' },
      deleteAction: 'DeleteRegistrationAttachment',
    });

    // D4 does not apply: an attachment has no deletion protection.

    test('D5 an attachment a registration still uses is retried for a bounded time, then fails with a clear message', async () => {
      // GIVEN a service that refuses the delete, as it does while a registration's field value uses the attachment
      const physicalId = await deployed(FULL);
      const real = handlerClient(bed().emulator.endpoint);
      const inUse = () => Promise.reject(new ConflictException({
        message: 'in use', Reason: 'RESOURCE_DELETION_NOT_ALLOWED', ResourceType: 'registration-attachment', ResourceId: idOf(physicalId), $metadata: {},
      }));
      const handlers = handlersFor(interceptingClient(real, onFirst(DeleteRegistrationAttachmentCommand, 99, inUse)));
      const event = events.delete(physicalId, registrationAttachmentProperties(FULL));

      try {
        // WHEN
        const response = await handlers.onEvent(event);
        const pollEvent = { ...event, ...response, PhysicalResourceId: physicalId };
        const first = await handlers.isComplete(pollEvent);
        const late = handlers.isComplete({ ...pollEvent, Data: { [REMOVAL_STARTED_AT]: String(Date.now() - REMOVAL_RETRY_MS - 1) } });

        // THEN
        expect(response.Data).toEqual({ [REMOVAL_STARTED_AT]: expect.any(String) });
        expect(first).toEqual({ IsComplete: false });
        await expect(late).rejects.toThrow(`registration attachment '${idOf(physicalId)}' is still used by a field value of a registration,`
          + ' and DeleteRegistrationAttachment fails while it is; remove the field value (or delete the registration) first;'
          + ' gave up after 10 minutes of retries');
        expect(await read(physicalId)).toEqual(expectedRegistrationAttachment(FULL));
      } finally {
        real.destroy();
      }
    });

    test('D6 an attachment DELETED (before it is gone) counts as deleted', async () => {
      // GIVEN deleted attachments stay DELETED for a minute
      useManualClock();
      bed().emulator.configure({ statusDelays: { 'registration-attachment': 60_000 } });
      const physicalId = await deployedOnce();

      // WHEN
      const result = await remove(physicalId, FULL);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(bed().emulator.calls().filter(call => call.action === 'DeleteRegistrationAttachment')).toHaveLength(1);
      expect(await describeRegistrationAttachment(bed().client, physicalId)).toMatchObject({ AttachmentStatus: 'DELETED' });
    });

    shared.testDeleteOfNeverCreated(c, {
      what: 'registration attachment ARN that was never created',
      physicalId: `${ATTACHMENT_ARN_PREFIX}attachment-0123456789abcdef0123456789abcdef`,
      options: FULL,
    });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, {
      created: FULL,
      updated: { ...FULL, tags: { team: 'legal' } },
      deleted: FULL,
      createAction: 'CreateRegistrationAttachment',
    });

    shared.testOutsideTagSurvives(c, { from: FULL, to: { ...FULL, tags: undefined } });
  });

  /** An attachment created with the upload delay already passed: onEvent, then isComplete once the clock moved. */
  async function deployedOnce(): Promise<string> {
    const event = events.create(registrationAttachmentProperties(FULL));
    const response = await bed().handlers.onEvent(event);
    now += 60_000;
    const complete = await bed().handlers.isComplete({ ...event, ...response, PhysicalResourceId: response.PhysicalResourceId! });
    expect(complete).toMatchObject({ IsComplete: true });
    return response.PhysicalResourceId!;
  }
});
