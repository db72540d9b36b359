/**
 * The id inside an SMS v2 ARN such as `arn:aws:sms-voice:us-east-1:111122223333:configuration-set/name`,
 * when `value` is such an ARN of `resourceType`; otherwise undefined. Never throws: physical ids may
 * be anything (a framework marker, an id CloudFormation invented).
 */
export function smsResourceId(value: string | undefined, resourceType: string): string | undefined {
  const match = /^arn:[a-z0-9-]+:sms-voice:[a-z0-9-]*:\d*:([a-z-]+)\/([A-Za-z0-9_-]+)$/.exec(value ?? '');
  return match && match[1] === resourceType ? match[2] : undefined;
}
