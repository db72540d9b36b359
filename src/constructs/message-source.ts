import { IResource } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * A resource that text, voice and media messages are sent from: a phone number or a pool.
 */
export interface IMessageSource extends IResource {
  /**
   * Grants `actions` on this resource to `grantee`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * Grants permission to send messages from this resource through every channel it supports:
   * text, voice and media messages.
   */
  grantSendMessages(grantee: iam.IGrantable): iam.Grant;

  /**
   * Grants permission to send text messages from this resource.
   */
  grantSendTextMessage(grantee: iam.IGrantable): iam.Grant;

  /**
   * Grants permission to send voice messages from this resource.
   */
  grantSendVoiceMessage(grantee: iam.IGrantable): iam.Grant;

  /**
   * Grants permission to send media messages from this resource.
   */
  grantSendMediaMessage(grantee: iam.IGrantable): iam.Grant;
}
