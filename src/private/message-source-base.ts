import * as iam from 'aws-cdk-lib/aws-iam';
import { SEND_ACTIONS } from './grants';
import { KeywordSet } from './keywords';
import { ShareableResourceBase } from './shareable-resource';
import { KeywordOptions } from '../constructs/keyword';
import { IMessageSource } from '../constructs/message-source';

/**
 * What a phone number and a pool share: the send grants, the keywords they declare, and a resource policy.
 *
 * @internal
 */
export abstract class MessageSourceBase extends ShareableResourceBase implements IMessageSource {
  /**
   * The keywords the resource declares, unique case-insensitively.
   *
   * @internal
   */
  protected readonly _keywords = new KeywordSet(`${this.constructor.name} '${this.node.path}'`);

  /**
   * Adds a keyword. Keywords are case-insensitive; adding one twice fails.
   *
   * @config
   */
  public addKeyword(keyword: KeywordOptions): void {
    if (!this.node.tryFindChild('Resource')) {
      throw new Error(`${this.node.path} is imported: its keywords are not this stack's to declare`);
    }
    this._keywords.add(keyword);
  }

  public grantSendMessages(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, SEND_ACTIONS.TEXT, SEND_ACTIONS.VOICE, SEND_ACTIONS.MEDIA);
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
