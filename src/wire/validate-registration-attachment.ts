import type { RegistrationAttachmentResourceProperties } from './registration-attachment-properties';
import { checkTags } from './rules';
import { IsUnresolved, Violations } from './violations';

/**
 * The largest file the service takes: "The maximum file size is 500KB" (the API reference,
 * CreateRegistrationAttachment), read as 500 × 1024 bytes. The service counts in binary units: the
 * reference's 1,572,864 characters of AttachmentBody are 3 × 512 KiB, and the service model's
 * 6,990,508 are the base64 length of 5 MiB.
 */
export const MAX_ATTACHMENT_BYTES = 500 * 1024;

/** The file types the service takes, "PDF, JPEG and PNG", by file name extension (any case). */
export const ATTACHMENT_EXTENSIONS: readonly string[] = ['.pdf', '.jpeg', '.jpg', '.png'];

/** `s3://<bucket>/<key>`, as the reference gives AttachmentUrl: `s3://BucketName/FileName`. */
const S3_URL = /^s3:\/\/[^/\s]+\/\S+$/;

export function registrationAttachmentViolations(properties: RegistrationAttachmentResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = checkAttachmentUrl(new Violations(isUnresolved), 'source', properties.AttachmentUrl);
  return checkTags(v, properties.Tags);
}

/** An S3 URL of a file type the service takes, within the service model's AttachmentUrl shape. */
export function checkAttachmentUrl(v: Violations, property: string, url: string): Violations {
  v.shape(property, url, 'AttachmentUrl')
    .require(property, url, S3_URL.test(url), 'must be an S3 URL of the form s3://<bucket>/<key>');
  return checkAttachmentExtension(v, property, url);
}

/** Whether a file name (or URL) ends in the extension of a PDF, JPEG or PNG file, in any case. */
export function hasAttachmentExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ATTACHMENT_EXTENSIONS.some(extension => lower.endsWith(extension));
}

/** A file name (or URL) that ends in the extension of a PDF, JPEG or PNG file. */
export function checkAttachmentExtension(v: Violations, property: string, name: string): Violations {
  return v.require(property, name, hasAttachmentExtension(name),
    `must end in ${ATTACHMENT_EXTENSIONS.slice(0, -1).join(', ')} or ${ATTACHMENT_EXTENSIONS[ATTACHMENT_EXTENSIONS.length - 1]}`
    + ' (in any case): the service takes PDF, JPEG and PNG files');
}

/** A file of at most MAX_ATTACHMENT_BYTES. */
export function checkAttachmentSize(v: Violations, property: string, name: string, bytes: number): Violations {
  return v.require(property, name, bytes <= MAX_ATTACHMENT_BYTES,
    `is ${bytes} bytes, more than the service takes (at most ${MAX_ATTACHMENT_BYTES} bytes, 500 KB)`);
}
