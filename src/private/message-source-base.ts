import * as iam from 'aws-cdk-lib/aws-iam';
import { SEND_ACTIONS } from './grants';
import { SmsResourceBase } from './sms-resource';
import { IMessageSource } from '../constructs/message-source';

/**
 * The send grants of a phone number or pool.
 *
 * @internal
 */
export abstract class MessageSourceBase extends SmsResourceBase implements IMessageSource {
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
