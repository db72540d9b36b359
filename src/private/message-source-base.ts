import { Resource } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { grantOn, SEND_ACTIONS } from './grants';
import { IMessageSource } from '../constructs/message-source';

/**
 * The grants of a phone number or pool, on the ARN it names.
 *
 * @internal
 */
export abstract class MessageSourceBase extends Resource implements IMessageSource {
  /**
   * The ARN that grants name.
   *
   * @internal
   */
  protected abstract readonly _grantArn: string;

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return grantOn(grantee, this._grantArn, ...actions);
  }

  public grantSendTextMessage(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, SEND_ACTIONS.TEXT);
  }

  public grantSendVoiceMessage(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, SEND_ACTIONS.VOICE);
  }

  public grantSendMediaMessage(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, SEND_ACTIONS.MEDIA);
  }
}
