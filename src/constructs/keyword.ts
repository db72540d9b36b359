/**
 * What the service does when a recipient texts a keyword.
 */
export enum KeywordAction {
  /** Reply with the keyword's message. */
  AUTOMATIC_RESPONSE = 'AUTOMATIC_RESPONSE',
  /** Opt the sender out, and reply with the keyword's message. */
  OPT_OUT = 'OPT_OUT',
  /** Opt the sender back in, and reply with the keyword's message. */
  OPT_IN = 'OPT_IN',
}

/**
 * A keyword of a phone number or pool. Keywords are case-insensitive. HELP and STOP exist on every
 * number and pool: their messages can be set, but they are never deleted.
 *
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_PutKeyword.html
 */
export interface KeywordOptions {
  /**
   * The keyword: 1 to 30 characters.
   */
  readonly keyword: string;

  /**
   * The reply: 1 to 1600 characters.
   */
  readonly message: string;

  /**
   * What the keyword does. HELP and STOP keep the action the service gives them: setting one fails.
   *
   * @default KeywordAction.AUTOMATIC_RESPONSE (for HELP and STOP, the service's own)
   */
  readonly action?: KeywordAction;
}
