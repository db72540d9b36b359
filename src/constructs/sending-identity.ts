import { IResource } from 'aws-cdk-lib';

/**
 * What a message names as the identity it is sent from (its `OriginationIdentity`): a phone
 * number, a sender ID or a pool.
 */
export interface ISendingIdentity extends IResource {
  /**
   * The ARN of the phone number, sender ID or pool.
   *
   * @attribute
   */
  readonly sendingIdentityArn: string;
}
