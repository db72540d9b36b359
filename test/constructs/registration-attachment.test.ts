import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { ACCOUNT, handlerRoleStatements, newStack, onlyResource, REGION, smsArn, synthesized } from './support';
import { RegistrationAttachment, RegistrationAttachmentSource } from '../../src';

const ATTACHMENT = 'Custom::SmsVoiceRegistrationAttachment';

let stack: Stack;
let dir: string;
beforeEach(() => {
  stack = newStack();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attachment-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A file of `bytes` bytes in the test's folder. */
function file(name: string, bytes = 100): string {
  const filePath = path.join(dir, name);
  fs.writeFileSync(filePath, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(Math.max(0, bytes - 9))]).subarray(0, bytes));
  return filePath;
}

/** The s3:GetObject statements of the handler role. */
function readStatements(): any[] {
  return handlerRoleStatements(stack).filter(s => s.Action === 's3:GetObject');
}

/** The bootstrap's asset bucket of the test stack's account and region. */
const ASSET_BUCKET = `cdk-hnb659fds-assets-${ACCOUNT}-${REGION}`;

const S3_OBJECTS = (bucket: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:s3:::${bucket}/*`]] });

describe('defaults', () => {
  test('an attachment from an S3 URL is kept by default, except when its own create rolls back', () => {
    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf') });

    const resource = onlyResource(stack, ATTACHMENT);
    expect(resource.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(resource.Properties).toEqual({
      ServiceToken: expect.anything(),
      SchemaVersion: '1',
      AttachmentUrl: 's3://letters/loa.pdf',
      ReleaseOnDelete: true,
    });
  });

  test('RemovalPolicy.DESTROY deletes it, and the tags are rendered', () => {
    new RegistrationAttachment(stack, 'Loa', {
      source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf'),
      removalPolicy: RemovalPolicy.DESTROY,
      tags: { team: 'compliance' },
    });

    const resource = onlyResource(stack, ATTACHMENT);
    expect(resource.DeletionPolicy).toBe('Delete');
    expect(resource.Properties).toEqual(expect.objectContaining({ ReleaseOnDelete: true, Tags: [{ Key: 'team', Value: 'compliance' }] }));
  });

  test('Tags.of() reaches the attachment', () => {
    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf') });

    Tags.of(stack).add('env', 'prod');

    expect(onlyResource(stack, ATTACHMENT).Properties.Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
  });

  test('its attributes come from the custom resource', () => {
    const attachment = new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf') });

    expect(stack.resolve(attachment.registrationAttachmentId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Loa/), 'RegistrationAttachmentId'] });
    expect(stack.resolve(attachment.registrationAttachmentArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Loa/), 'RegistrationAttachmentArn'] });
    expect(stack.resolve(attachment.attachmentStatus)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Loa/), 'AttachmentStatus'] });
  });
});

describe('sources', () => {
  test('fromFile deploys the file as it is, a file asset (no bundling: no Docker, no esbuild), and sends its s3:// URL', () => {
    const attachment = new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromFile(file('loa.pdf')) });

    const asset = attachment.node.findChild('File') as Asset;
    expect([asset.isFile, asset.isZipArchive, path.basename(asset.assetPath)]).toEqual([true, false, `asset.${asset.assetHash}.pdf`]);

    const url = onlyResource(stack, ATTACHMENT).Properties.AttachmentUrl;
    expect(url).toMatch(new RegExp(`^s3://${ASSET_BUCKET}/[0-9a-f]{64}\\.pdf$`));
    expect(readStatements()).toEqual([expect.objectContaining({ Effect: 'Allow', Resource: S3_OBJECTS(ASSET_BUCKET) })]);
  });

  test('fromBucket sends s3://<bucket>/<key> and lets the provider read that bucket', () => {
    const bucket = s3.Bucket.fromBucketName(stack, 'Letters', 'letters');

    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromBucket(bucket, 'brand/loa.png') });

    expect(onlyResource(stack, ATTACHMENT).Properties.AttachmentUrl).toBe('s3://letters/brand/loa.png');
    expect(readStatements()).toEqual([expect.objectContaining({ Resource: S3_OBJECTS('letters') })]);
  });

  test('fromS3Url lets the provider read the bucket the URL names', () => {
    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/brand/loa.jpeg') });

    expect(readStatements()).toEqual([expect.objectContaining({ Resource: S3_OBJECTS('letters') })]);
  });

  test('fromS3Url takes the bucket of a token apart with intrinsic functions, and skips its checks', () => {
    const url = Lazy.string({ produce: () => 's3://letters/loa.gif' });

    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url(url) });

    expect(onlyResource(stack, ATTACHMENT).Properties.AttachmentUrl).toBe('s3://letters/loa.gif');
    expect(readStatements()).toEqual([expect.objectContaining({
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', { 'Fn::Select': [2, { 'Fn::Split': ['/', 's3://letters/loa.gif'] }] }, '/*']] },
    })]);
  });
});

describe('validation', () => {
  test('fails when the local file does not exist', () => {
    const missing = path.join(dir, 'missing.pdf');

    expect(() => synthesized(new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromFile(missing) })))
      .toThrow(`Invalid RegistrationAttachment 'Stack/Loa':\n  - source: ${JSON.stringify(missing)} is not a file that exists`);
  });

  test('fails when the local file is larger than 500 KB (512,000 bytes) and not a PDF, JPEG or PNG file, with both errors', () => {
    const big = file('loa.docx', 512_001);

    expect(() => synthesized(new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromFile(big) }))).toThrow(
      'Invalid RegistrationAttachment \'Stack/Loa\':\n'
      + `  - source: ${JSON.stringify(big)} must end in .pdf, .jpeg, .jpg or .png (in any case): the service takes PDF, JPEG and PNG files\n`
      + `  - source: ${JSON.stringify(big)} is 512001 bytes, more than the service takes (at most 512000 bytes, 500 KB)`);
  });

  test('takes a local file of exactly 512,000 bytes, with its extension in any case', () => {
    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromFile(file('LOA.PDF', 512_000)) });

    expect(onlyResource(stack, ATTACHMENT).Properties.AttachmentUrl).toMatch(/[0-9a-f]{64}\.PDF$/);
  });

  test('fails when the S3 URL is not s3://<bucket>/<key> of a PDF, JPEG or PNG file', () => {
    const url = 'https://files.example.com/letters/loa.gif';

    expect(() => synthesized(new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url(url) }))).toThrow(
      'Validation failed with the following errors:\n'
      + `  [Stack/Loa] source: "${url}" must be an S3 URL of the form s3://<bucket>/<key>\n`
      + `  [Stack/Loa] source: "${url}" must end in .pdf, .jpeg, .jpg or .png (in any case): the service takes PDF, JPEG and PNG files`);
  });

  test('fails when the S3 URL is longer than the service model\'s AttachmentUrl (2048 characters) or has spaces', () => {
    const long = `s3://letters/${'a'.repeat(2040)}.pdf`;
    const spaced = 's3://letters/my loa.pdf';

    expect(() => synthesized(new RegistrationAttachment(stack, 'Long', { source: RegistrationAttachmentSource.fromS3Url(long) })))
      .toThrow(`source: "${long.slice(0, 40)}…" (2057 characters) must be 1 to 2048 characters long, but is 2057`);
    expect(() => synthesized(new RegistrationAttachment(stack, 'Spaced', { source: RegistrationAttachmentSource.fromS3Url(spaced) })))
      .toThrow('source: "s3://letters/my loa.pdf" must not contain spaces or line breaks');
  });

  test('fails at synth when a tag value is too long', () => {
    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf'), tags: { team: 'x'.repeat(257) } });

    expect(() => Template.fromStack(stack)).toThrow(`value of tag 'team': "${'x'.repeat(40)}…" (257 characters) must be 0 to 256 characters long, but is 257`);
  });
});

describe('permissions', () => {
  test('the provider may manage the attachments of this account and region', () => {
    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf') });

    expect(handlerRoleStatements(stack)).toContainEqual(expect.objectContaining({
      Action: [
        'sms-voice:CreateRegistrationAttachment',
        'sms-voice:DescribeRegistrationAttachments',
        'sms-voice:DeleteRegistrationAttachment',
        'sms-voice:ListTagsForResource',
        'sms-voice:TagResource',
        'sms-voice:UntagResource',
      ],
      Resource: smsArn('registration-attachment/*'),
    }));
  });

  test('many attachments make one read statement per bucket and one registration-attachment statement', () => {
    for (let i = 0; i < 5; i++) {
      new RegistrationAttachment(stack, `File${i}`, { source: RegistrationAttachmentSource.fromFile(file(`loa-${i}.pdf`, 100 + i)) });
      new RegistrationAttachment(stack, `Url${i}`, { source: RegistrationAttachmentSource.fromS3Url(`s3://letters/loa-${i}.pdf`) });
    }
    new RegistrationAttachment(stack, 'Other', { source: RegistrationAttachmentSource.fromS3Url('s3://other-letters/loa.pdf') });

    expect(readStatements()).toHaveLength(3);
    expect(readStatements().map(s => s.Resource)).toEqual(expect.arrayContaining([S3_OBJECTS('letters'), S3_OBJECTS('other-letters')]));
    expect(handlerRoleStatements(stack).filter(s => JSON.stringify(s.Resource).includes('registration-attachment'))).toHaveLength(1);
    expect(Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Function'))).toHaveLength(
      Object.keys(newStackWithOneAttachment()).length);
  });

  test('in an environment-agnostic stack, the attachments of local files share one read statement on the asset bucket', () => {
    const agnostic = new Stack(new App(), 'Agnostic');
    for (let i = 0; i < 3; i++) {
      new RegistrationAttachment(agnostic, `File${i}`, { source: RegistrationAttachmentSource.fromFile(file(`loa-${i}.pdf`, 100 + i)) });
    }

    const statements = handlerRoleStatements(agnostic).filter(s => s.Action === 's3:GetObject');
    expect(statements).toEqual([expect.objectContaining({
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' }, '/*']] },
    })]);
  });
});

describe('imports', () => {
  test('fromRegistrationAttachmentId and fromRegistrationAttachmentArn', () => {
    const byId = RegistrationAttachment.fromRegistrationAttachmentId(stack, 'ById', 'attachment-0123456789abcdef0123456789abcdef');
    const byArn = RegistrationAttachment.fromRegistrationAttachmentArn(stack, 'ByArn',
      'arn:aws:sms-voice:us-east-1:222222222222:registration-attachment/attachment-fedcba9876543210fedcba9876543210');

    expect(stack.resolve(byId.registrationAttachmentArn)).toEqual(smsArn('registration-attachment/attachment-0123456789abcdef0123456789abcdef'));
    expect(byArn.registrationAttachmentId).toBe('attachment-fedcba9876543210fedcba9876543210');
    expect([byArn.env.account, byArn.env.region, byId.env.account, byId.env.region]).toEqual(['222222222222', 'us-east-1', ACCOUNT, REGION]);
    expect(Template.fromStack(stack).findResources(ATTACHMENT)).toEqual({});
  });
});

/** The Lambda functions of a stack with one attachment: the provider's, which do not grow with the attachments. */
function newStackWithOneAttachment(): { [id: string]: unknown } {
  const other = newStack();
  new RegistrationAttachment(other, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf') });
  return Template.fromStack(other).findResources('AWS::Lambda::Function');
}
