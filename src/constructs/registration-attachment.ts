import * as fs from 'fs';
import { Fn, IResource, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { importResource, SmsResourceBase, TaggableProps } from '../private/sms-resource';
import { REGISTRATION_ATTACHMENT } from '../wire/registration-attachment-properties';
import { checkAttachmentExtension, checkAttachmentSize } from '../wire/validate-registration-attachment';
import { Violations } from '../wire/violations';

/**
 * A registration attachment: a file (a letter of authorization, a screenshot of an opt-in form)
 * that a registration's field refers to.
 */
export interface IRegistrationAttachment extends IResource {
  /**
   * The id of the attachment, which a registration's attachment field takes.
   *
   * @attribute
   */
  readonly registrationAttachmentId: string;

  /**
   * The ARN of the attachment.
   *
   * @attribute
   */
  readonly registrationAttachmentArn: string;
}

/**
 * Properties of a registration attachment.
 */
export interface RegistrationAttachmentProps extends TaggableProps {
  /**
   * The file: a PDF, JPEG or PNG file of at most 500 KB. A new source makes a new attachment.
   */
  readonly source: RegistrationAttachmentSource;

  /**
   * What happens to the attachment when it leaves the stack. By default it is kept when it
   * leaves the stack, when it is replaced and when the stack is deleted, and deleted only when the
   * deployment that created it fails and rolls back. `RemovalPolicy.RETAIN` keeps it even then;
   * `RemovalPolicy.DESTROY` deletes it whenever it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Where a registration attachment's file is, as the service reads it: an S3 object.
 */
export interface RegistrationAttachmentSourceConfig {
  /**
   * `s3://<bucket>/<key>` of the file.
   */
  readonly attachmentUrl: string;

  /**
   * The bucket of the file, which the provider's role may read: the service reads the file with
   * the caller's permissions.
   */
  readonly bucketName: string;
}

/**
 * The file of a registration attachment: a local file, deployed as an asset, or an S3 object.
 * The service takes PDF, JPEG and PNG files of at most 500 KB (512,000 bytes).
 */
export abstract class RegistrationAttachmentSource {
  /**
   * A local file, uploaded to the stack's asset bucket at deployment. It must exist, end in .pdf,
   * .jpeg, .jpg or .png and be at most 500 KB; a changed file makes a new attachment.
   */
  public static fromFile(path: string): RegistrationAttachmentSource {
    return new class extends RegistrationAttachmentSource {
      public bind(scope: Construct): RegistrationAttachmentSourceConfig {
        checkAttachmentFile(path).throwIfAny(`RegistrationAttachment '${scope.node.path}'`);
        const asset = new Asset(scope, 'File', { path });
        return { attachmentUrl: asset.s3ObjectUrl, bucketName: asset.s3BucketName };
      }
    }();
  }

  /**
   * An object in S3, `s3://<bucket>/<key>`, whose key ends in .pdf, .jpeg, .jpg or .png.
   */
  public static fromS3Url(url: string): RegistrationAttachmentSource {
    return new class extends RegistrationAttachmentSource {
      public bind(): RegistrationAttachmentSourceConfig {
        // s3://<bucket>/<key> split on '/' is 's3:', '', the bucket, then the key.
        const bucketName = Token.isUnresolved(url) ? Fn.select(2, Fn.split('/', url)) : url.split('/')[2] ?? '';
        return { attachmentUrl: url, bucketName };
      }
    }();
  }

  /**
   * The object `key` of `bucket`.
   */
  public static fromBucket(bucket: s3.IBucket, key: string): RegistrationAttachmentSource {
    return new class extends RegistrationAttachmentSource {
      public bind(): RegistrationAttachmentSourceConfig {
        return { attachmentUrl: `s3://${bucket.bucketName}/${key}`, bucketName: bucket.bucketName };
      }
    }();
  }

  /**
   * Binds the source to the attachment that `scope` stands for, creating what it needs there.
   */
  public abstract bind(scope: Construct): RegistrationAttachmentSourceConfig;
}

abstract class RegistrationAttachmentBase extends SmsResourceBase implements IRegistrationAttachment {
  public abstract readonly registrationAttachmentId: string;
  public abstract readonly registrationAttachmentArn: string;
}

/**
 * A registration attachment: a file that AWS End User Messaging SMS copies from S3, for a
 * registration's field. Deployment waits until the upload is complete, and fails clearly if it
 * failed. By default it is retained when it leaves the stack.
 *
 * @resource Custom::SmsVoiceRegistrationAttachment
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreateRegistrationAttachment.html
 * @example
 * new RegistrationAttachment(this, 'OptInScreenshot', {
 *   source: RegistrationAttachmentSource.fromFile('assets/opt-in-workflow.png'),
 * });
 */
export class RegistrationAttachment extends RegistrationAttachmentBase {
  /**
   * Imports a registration attachment by id.
   */
  public static fromRegistrationAttachmentId(scope: Construct, id: string, registrationAttachmentId: string): IRegistrationAttachment {
    const registrationAttachmentArn = smsVoiceArn(scope, REGISTRATION_ATTACHMENT.arnResourceType, registrationAttachmentId);
    return importResource(RegistrationAttachmentBase, scope, id, registrationAttachmentArn, { registrationAttachmentId, registrationAttachmentArn });
  }

  /**
   * Imports a registration attachment by ARN.
   */
  public static fromRegistrationAttachmentArn(scope: Construct, id: string, registrationAttachmentArn: string): IRegistrationAttachment {
    const registrationAttachmentId = smsVoiceResourceName(registrationAttachmentArn);
    return importResource(RegistrationAttachmentBase, scope, id, registrationAttachmentArn,
      { registrationAttachmentId, registrationAttachmentArn }, true);
  }

  public readonly registrationAttachmentId: string;
  public readonly registrationAttachmentArn: string;

  /**
   * The status of the attachment when the deployment completed: UPLOAD_COMPLETE, since the
   * deployment waits for the upload.
   *
   * @attribute
   */
  public readonly attachmentStatus: string;

  constructor(scope: Construct, id: string, props: RegistrationAttachmentProps) {
    super(scope, id, { resourceType: REGISTRATION_ATTACHMENT.resourceType, tags: props.tags });

    const source = props.source.bind(this);
    const resource = this._provision(REGISTRATION_ATTACHMENT, {
      properties: () => ({ AttachmentUrl: source.attachmentUrl }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      permissions: { [REGISTRATION_ATTACHMENT.arnResourceType]: HANDLER_ACTIONS },
      readBuckets: [source.bucketName],
    });

    this.registrationAttachmentId = resource.getAttString(REGISTRATION_ATTACHMENT.attributes.ID);
    this.registrationAttachmentArn = resource.getAttString(REGISTRATION_ATTACHMENT.attributes.ARN);
    this.attachmentStatus = resource.getAttString(REGISTRATION_ATTACHMENT.attributes.STATUS);
  }
}

/** A local file the service takes: one that exists, of a type and size the service takes. */
function checkAttachmentFile(path: string): Violations {
  const v = new Violations(Token.isUnresolved);
  const stat = fs.statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return v.require('source', path, false, 'is not a file that exists');
  checkAttachmentExtension(v, 'source', path);
  return checkAttachmentSize(v, 'source', path, stat.size);
}

/**
 * What the handler does to an attachment, all authorized on the attachment's ARN. The service
 * reads the file with the caller's permissions: the provider may read its bucket (`readBuckets`).
 */
const HANDLER_ACTIONS = [
  'CreateRegistrationAttachment',
  'DescribeRegistrationAttachments',
  'DeleteRegistrationAttachment',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];
