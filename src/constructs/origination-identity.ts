import { IResource } from 'aws-cdk-lib';

/**
 * What messages are sent from: a phone number or a sender ID. Pools are made of them.
 */
export interface IOriginationIdentity extends IResource {
  /**
   * The ARN of the phone number or sender ID.
   *
   * @attribute
   */
  readonly originationIdentityArn: string;
}
