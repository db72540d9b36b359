import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * Two-way messaging: where the service delivers the messages that recipients send back.
 */
export interface TwoWayOptions {
  /**
   * The ARN of the channel that receives inbound messages, such as an SNS topic's ARN or
   * `connect.<region>.amazonaws.com`.
   */
  readonly channelArn: string;

  /**
   * The role the service assumes to deliver to the channel. The provider is allowed to pass it.
   *
   * @default - no role
   */
  readonly role?: iam.IRole;
}
