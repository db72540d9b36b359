import {
  CreateRegistrationAttachmentCommand,
  CreateRegistrationAttachmentCommandInput,
  DeleteRegistrationAttachmentCommand,
  DescribeRegistrationAttachmentsCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { ActionContext } from './actions/context';
import { REGISTRATION_ATTACHMENT_ACTIONS } from './actions/registration-attachments';
import { DEFAULT_LIMITS } from './options';
import { RegionState } from './state';
import { StatusTimer } from './status';
import { errorOf, useEmulator, useTestClock } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:registration-attachment/';
const URL = 's3://letters/loa.pdf';
const PDF = Buffer.from('%PDF-1.7\n...');

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

async function create(input: CreateRegistrationAttachmentCommandInput = { AttachmentUrl: URL }): Promise<string> {
  return (await env.sms.send(new CreateRegistrationAttachmentCommand(input))).RegistrationAttachmentId!;
}

async function describe_(ids?: string[], status?: string[]) {
  const filters = status && [{ Name: 'attachment-status' as const, Values: status }];
  const describe = new DescribeRegistrationAttachmentsCommand({ RegistrationAttachmentIds: ids, Filters: filters });
  return (await env.sms.send(describe)).RegistrationAttachments!;
}

const remove = (id: string) => env.sms.send(new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: id }));

describe('CreateRegistrationAttachment', () => {
  test('returns the id, the ARN, the status, the creation time and the tags', async () => {
    const created = await env.sms.send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: URL, Tags: [{ Key: 'team', Value: 'sms' }] }));

    expect(created.RegistrationAttachmentId).toMatch(/^attachment-[0-9a-f]{32}$/);
    expect(created).toMatchObject({
      RegistrationAttachmentArn: `${ARN_PREFIX}${created.RegistrationAttachmentId}`,
      AttachmentStatus: 'UPLOAD_COMPLETE',
      CreatedTimestamp: new Date(clock.start),
      Tags: [{ Key: 'team', Value: 'sms' }],
    });
    const tags = await env.sms.send(new ListTagsForResourceCommand({ ResourceArn: created.RegistrationAttachmentArn }));
    expect(tags.Tags).toEqual([{ Key: 'team', Value: 'sms' }]);
  });

  test('is UPLOAD_IN_PROGRESS for the registration-attachment status delay, then UPLOAD_COMPLETE', async () => {
    env.emulator.configure({ statusDelays: { 'registration-attachment': 5000 } });

    const created = await env.sms.send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: URL }));
    expect(created.AttachmentStatus).toBe('UPLOAD_IN_PROGRESS');
    clock.advance(4999);
    expect((await describe_([created.RegistrationAttachmentId!]))[0].AttachmentStatus).toBe('UPLOAD_IN_PROGRESS');
    clock.advance(1);
    expect((await describe_([created.RegistrationAttachmentId!]))[0].AttachmentStatus).toBe('UPLOAD_COMPLETE');
  });

  test.each([
    ['a PDF', PDF],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ['a file of exactly 512,000 bytes', Buffer.concat([PDF, Buffer.alloc(512_000 - PDF.length)])],
  ])('takes %s in AttachmentBody', async (_what, body) => {
    const id = await create({ AttachmentBody: body });

    expect(await describe_([id])).toEqual([expect.objectContaining({ AttachmentStatus: 'UPLOAD_COMPLETE' })]);
    expect((await describe_([id]))[0].AttachmentUrl).toBeUndefined();
  });

  test.each([
    ['both AttachmentUrl and AttachmentBody', 'PARAMETERS_CANNOT_BE_USED_TOGETHER', { AttachmentUrl: URL, AttachmentBody: PDF }, ['AttachmentUrl', 'AttachmentBody']],
    ['neither AttachmentUrl nor AttachmentBody', 'MISSING_PARAMETER', {}, ['AttachmentUrl']],
    ['a URL that is not s3://bucket/key', 'INVALID_PARAMETER', { AttachmentUrl: 'https://files.example.com/letters/loa.pdf' }, ['AttachmentUrl']],
    ['a URL without a key', 'INVALID_PARAMETER', { AttachmentUrl: 's3://letters/' }, ['AttachmentUrl']],
    ['a URL of another file type', 'ATTACHMENT_TYPE_NOT_SUPPORTED', { AttachmentUrl: 's3://letters/loa.docx' }, ['AttachmentUrl']],
    ['a body of 512,001 bytes', 'MAXIMUM_SIZE_EXCEEDED', { AttachmentBody: Buffer.concat([PDF, Buffer.alloc(512_001 - PDF.length)]) }, ['AttachmentBody']],
    ['a body that is not a PDF, JPEG or PNG', 'ATTACHMENT_TYPE_NOT_SUPPORTED', { AttachmentBody: Buffer.from('GIF89a') }, ['AttachmentBody']],
  ] as const)('refuses %s: ValidationException %s, and creates nothing', async (_what, reason, input, fields) => {
    const error = await errorOf(create(input as CreateRegistrationAttachmentCommandInput));

    expect(error).toMatchObject({ name: 'ValidationException', Reason: reason });
    expect((error.Fields as { Name: string }[]).map(f => f.Name)).toEqual(fields);
    expect(await describe_()).toEqual([]);
  });

  test('takes the extension in any case', async () => {
    await create({ AttachmentUrl: 's3://letters/LOA.JPG' });
    await create({ AttachmentUrl: 's3://letters/screenshot.Png' });

    expect(await describe_()).toHaveLength(2);
  });

  test('the same ClientToken makes one attachment; with other parameters it is a ConflictException', async () => {
    const first = await create({ AttachmentUrl: URL, ClientToken: 'token-1' });
    const again = await create({ AttachmentUrl: URL, ClientToken: 'token-1' });
    const other = await errorOf(create({ AttachmentUrl: 's3://letters/other.pdf', ClientToken: 'token-1' }));

    expect(again).toBe(first);
    expect(other.name).toBe('ConflictException');
    expect(await describe_()).toHaveLength(1);
  });
});

describe('DescribeRegistrationAttachments', () => {
  test('describes by id or ARN, with the URL it was created from', async () => {
    const id = await create();

    const [byId] = await describe_([id]);
    const [byArn] = await describe_([`${ARN_PREFIX}${id}`]);

    expect(byId).toEqual({
      RegistrationAttachmentArn: `${ARN_PREFIX}${id}`,
      RegistrationAttachmentId: id,
      AttachmentStatus: 'UPLOAD_COMPLETE',
      AttachmentUrl: URL,
      CreatedTimestamp: new Date(clock.start),
    });
    expect(byArn).toEqual(byId);
  });

  test('an unknown id is ResourceNotFoundException', async () => {
    const error = await errorOf(describe_(['attachment-00000000000000000000000000000000']));

    expect(error).toMatchObject({
      name: 'ResourceNotFoundException', ResourceType: 'registration-attachment', ResourceId: 'attachment-00000000000000000000000000000000',
    });
  });

  test('filters by attachment-status', async () => {
    const complete = await create();
    const failed = await create({ AttachmentUrl: 's3://letters/broken.pdf' });
    env.emulator.failAttachmentUpload(failed);

    expect((await describe_(undefined, ['UPLOAD_FAILED'])).map(a => a.RegistrationAttachmentId)).toEqual([failed]);
    expect((await describe_(undefined, ['UPLOAD_COMPLETE'])).map(a => a.RegistrationAttachmentId)).toEqual([complete]);
    expect(await describe_(undefined, ['UPLOAD_COMPLETE', 'UPLOAD_FAILED'])).toHaveLength(2);
  });

  test('pages are ordered by id', async () => {
    const ids = [await create(), await create(), await create()].sort();

    const first = await env.sms.send(new DescribeRegistrationAttachmentsCommand({ MaxResults: 2 }));
    const second = await env.sms.send(new DescribeRegistrationAttachmentsCommand({ MaxResults: 2, NextToken: first.NextToken }));

    expect(first.RegistrationAttachments!.map(a => a.RegistrationAttachmentId)).toEqual(ids.slice(0, 2));
    expect(second.RegistrationAttachments!.map(a => a.RegistrationAttachmentId)).toEqual(ids.slice(2));
    expect(second.NextToken).toBeUndefined();
  });
});

describe('DeleteRegistrationAttachment', () => {
  test('answers DELETED; the attachment is DELETED for the status delay, then gone', async () => {
    env.emulator.configure({ statusDelays: { 'registration-attachment': 1000 } });
    const id = await create();
    clock.advance(1000);

    const deleted = await remove(id);
    const during = await describe_([id]);
    const again = await errorOf(remove(id));
    clock.advance(1000);
    const after = await errorOf(describe_([id]));

    expect(deleted).toMatchObject({ RegistrationAttachmentId: id, RegistrationAttachmentArn: `${ARN_PREFIX}${id}`, AttachmentStatus: 'DELETED' });
    expect(during).toEqual([expect.objectContaining({ AttachmentStatus: 'DELETED' })]);
    expect(again).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'registration-attachment' });
    expect(after).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'registration-attachment' });
  });

  test('with no delay the attachment is gone at once', async () => {
    const id = await create();

    expect((await remove(id)).AttachmentStatus).toBe('DELETED');
    expect(await describe_()).toEqual([]);
  });

  test('an attachment whose upload failed can be deleted', async () => {
    const id = await create();
    env.emulator.failAttachmentUpload(`${ARN_PREFIX}${id}`);

    expect(await remove(id)).toMatchObject({ AttachmentStatus: 'DELETED', AttachmentUploadErrorReason: 'INTERNAL_ERROR' });
  });
});

describe('DeleteRegistrationAttachment of an attachment a registration uses', () => {
  // The registration actions live beside these: the action runs here on a region state given a registration by hand.
  test('is ConflictException RESOURCE_DELETION_NOT_ALLOWED, and the attachment stays', () => {
    // GIVEN an attachment that a draft version's field value uses
    const scope = { region: 'us-east-1', accountId: '123456789012' };
    const context: ActionContext = {
      scope, state: new RegionState(scope, 0), limits: DEFAULT_LIMITS, statuses: new StatusTimer({}, () => 0), now: () => 0,
    };
    const id = REGISTRATION_ATTACHMENT_ACTIONS.CreateRegistrationAttachment({ AttachmentUrl: URL }, context).RegistrationAttachmentId!;
    context.state.registrations.set('registration-1', {
      id: 'registration-1',
      arn: 'arn:aws:sms-voice:us-east-1:123456789012:registration/registration-1',
      registrationType: 'US_TEN_DLC_BRAND_REGISTRATION',
      createdAt: 0,
      tags: new Map(),
      associations: new Map(),
      additionalAttributes: {},
      versions: [{
        versionNumber: 1,
        status: 'DRAFT',
        history: { DraftTimestamp: 0 },
        deniedReasons: [],
        fieldValues: new Map([['companyInfo.loa', { fieldPath: 'companyInfo.loa', registrationAttachmentId: id }]]),
      }],
    });

    // WHEN
    const remove_ = () => REGISTRATION_ATTACHMENT_ACTIONS.DeleteRegistrationAttachment({ RegistrationAttachmentId: id }, context);

    // THEN
    expect(remove_).toThrow(expect.objectContaining({
      type: 'ConflictException',
      fields: expect.objectContaining({ Reason: 'RESOURCE_DELETION_NOT_ALLOWED', ResourceType: 'registration-attachment', ResourceId: id }),
    }));
    expect(context.statuses.statusOf(context.state.registrationAttachments.get(id)!.transition)).toBe('UPLOAD_COMPLETE');
  });
});

describe('failAttachmentUpload', () => {
  test('the attachment is UPLOAD_FAILED with AttachmentUploadErrorReason INTERNAL_ERROR, and stays so', async () => {
    env.emulator.configure({ statusDelays: { 'registration-attachment': 5000 } });
    const id = await create();

    env.emulator.failAttachmentUpload(id);
    clock.advance(10_000);

    expect(await describe_([id])).toEqual([
      expect.objectContaining({ AttachmentStatus: 'UPLOAD_FAILED', AttachmentUploadErrorReason: 'INTERNAL_ERROR' }),
    ]);
  });

  test('of an unknown attachment throws', () => {
    expect(() => env.emulator.failAttachmentUpload('attachment-missing')).toThrow(/registration-attachment attachment-missing does not exist/);
  });
});
