import * as iam from 'aws-cdk-lib/aws-iam';

/** The runtime actions of sending from an origination identity, pool or configuration set. */
export const SEND_ACTIONS = {
  TEXT: 'sms-voice:SendTextMessage',
  VOICE: 'sms-voice:SendVoiceMessage',
  MEDIA: 'sms-voice:SendMediaMessage',
} as const;

/** Grants `actions` on `resourceArn` to `grantee`. */
export function grantOn(grantee: iam.IGrantable, resourceArn: string, ...actions: string[]): iam.Grant {
  return iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [resourceArn] });
}
