const SMS_ARN = /^arn:[a-z0-9-]+:sms-voice:[a-z0-9-]*:\d*:([a-z-]+)\/([A-Za-z0-9_-]+)(?:\/([A-Za-z0-9_-]+))?$/;

/**
 * The id inside an SMS v2 ARN such as `arn:aws:sms-voice:us-east-1:111122223333:configuration-set/name`,
 * when `value` is such an ARN of `resourceType`; otherwise undefined. Never throws: physical ids may
 * be anything (a framework marker, an id CloudFormation invented).
 */
export function smsResourceId(value: string | undefined, resourceType: string): string | undefined {
  const match = SMS_ARN.exec(value ?? '');
  return match && match[1] === resourceType && match[3] === undefined ? match[2] : undefined;
}

/** A sender ID and its country, as its ARN names them. */
export interface SenderIdKey {
  readonly senderId: string;
  readonly isoCountryCode: string;
}

/** The sender ID that an ARN such as `arn:aws:sms-voice:us-east-1:111122223333:sender-id/ORDERS/GB` names; never throws. */
export function senderIdOfArn(value: string | undefined): SenderIdKey | undefined {
  const match = SMS_ARN.exec(value ?? '');
  if (!match || match[1] !== 'sender-id' || match[3] === undefined) return undefined;
  return { senderId: match[2], isoCountryCode: match[3] };
}
