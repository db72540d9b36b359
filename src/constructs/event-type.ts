/**
 * An event type that an event destination can log.
 *
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreateEventDestination.html
 */
export class EventType {
  /** Every event type. */
  public static readonly ALL = new EventType('ALL');

  /** Every text message event. */
  public static readonly TEXT_ALL = new EventType('TEXT_ALL');
  /**
   * A text message was sent.
   *
   * @deprecated The service does not support TEXT_SENT and rejects it: using it fails at synth.
   * Use TEXT_SUCCESSFUL or TEXT_DELIVERED.
   */
  public static readonly TEXT_SENT = new EventType('TEXT_SENT');
  /** A text message is pending. */
  public static readonly TEXT_PENDING = new EventType('TEXT_PENDING');
  /** A text message is queued. */
  public static readonly TEXT_QUEUED = new EventType('TEXT_QUEUED');
  /** A text message was handed to the carrier. */
  public static readonly TEXT_SUCCESSFUL = new EventType('TEXT_SUCCESSFUL');
  /** A text message was delivered. */
  public static readonly TEXT_DELIVERED = new EventType('TEXT_DELIVERED');
  /** A text message was invalid. */
  public static readonly TEXT_INVALID = new EventType('TEXT_INVALID');
  /** A text message's content was invalid. */
  public static readonly TEXT_INVALID_MESSAGE = new EventType('TEXT_INVALID_MESSAGE');
  /** A text message's destination was unreachable. */
  public static readonly TEXT_UNREACHABLE = new EventType('TEXT_UNREACHABLE');
  /** The carrier of a text message's destination was unreachable. */
  public static readonly TEXT_CARRIER_UNREACHABLE = new EventType('TEXT_CARRIER_UNREACHABLE');
  /** A text message was blocked. */
  public static readonly TEXT_BLOCKED = new EventType('TEXT_BLOCKED');
  /** A text message was blocked by the carrier. */
  public static readonly TEXT_CARRIER_BLOCKED = new EventType('TEXT_CARRIER_BLOCKED');
  /** A text message was classed as spam. */
  public static readonly TEXT_SPAM = new EventType('TEXT_SPAM');
  /** A text message's outcome is unknown. */
  public static readonly TEXT_UNKNOWN = new EventType('TEXT_UNKNOWN');
  /** A text message's time to live expired. */
  public static readonly TEXT_TTL_EXPIRED = new EventType('TEXT_TTL_EXPIRED');
  /** A text message was blocked by a protect configuration. */
  public static readonly TEXT_PROTECT_BLOCKED = new EventType('TEXT_PROTECT_BLOCKED');

  /** Every voice message event. */
  public static readonly VOICE_ALL = new EventType('VOICE_ALL');
  /** A voice call was initiated. */
  public static readonly VOICE_INITIATED = new EventType('VOICE_INITIATED');
  /** A voice call is ringing. */
  public static readonly VOICE_RINGING = new EventType('VOICE_RINGING');
  /** A voice call was answered. */
  public static readonly VOICE_ANSWERED = new EventType('VOICE_ANSWERED');
  /** A voice call completed. */
  public static readonly VOICE_COMPLETED = new EventType('VOICE_COMPLETED');
  /** A voice call's destination was busy. */
  public static readonly VOICE_BUSY = new EventType('VOICE_BUSY');
  /** A voice call was not answered. */
  public static readonly VOICE_NO_ANSWER = new EventType('VOICE_NO_ANSWER');
  /** A voice call failed. */
  public static readonly VOICE_FAILED = new EventType('VOICE_FAILED');
  /** A voice message's time to live expired. */
  public static readonly VOICE_TTL_EXPIRED = new EventType('VOICE_TTL_EXPIRED');

  /** Every media message event. */
  public static readonly MEDIA_ALL = new EventType('MEDIA_ALL');
  /** A media message is pending. */
  public static readonly MEDIA_PENDING = new EventType('MEDIA_PENDING');
  /** A media message is queued. */
  public static readonly MEDIA_QUEUED = new EventType('MEDIA_QUEUED');
  /** A media message was handed to the carrier. */
  public static readonly MEDIA_SUCCESSFUL = new EventType('MEDIA_SUCCESSFUL');
  /** A media message was delivered. */
  public static readonly MEDIA_DELIVERED = new EventType('MEDIA_DELIVERED');
  /** A media message was invalid. */
  public static readonly MEDIA_INVALID = new EventType('MEDIA_INVALID');
  /** A media message's content was invalid. */
  public static readonly MEDIA_INVALID_MESSAGE = new EventType('MEDIA_INVALID_MESSAGE');
  /** A media message's destination was unreachable. */
  public static readonly MEDIA_UNREACHABLE = new EventType('MEDIA_UNREACHABLE');
  /** The carrier of a media message's destination was unreachable. */
  public static readonly MEDIA_CARRIER_UNREACHABLE = new EventType('MEDIA_CARRIER_UNREACHABLE');
  /** A media message was blocked. */
  public static readonly MEDIA_BLOCKED = new EventType('MEDIA_BLOCKED');
  /** A media message was blocked by the carrier. */
  public static readonly MEDIA_CARRIER_BLOCKED = new EventType('MEDIA_CARRIER_BLOCKED');
  /** A media message was classed as spam. */
  public static readonly MEDIA_SPAM = new EventType('MEDIA_SPAM');
  /** A media message's outcome is unknown. */
  public static readonly MEDIA_UNKNOWN = new EventType('MEDIA_UNKNOWN');
  /** A media message's time to live expired. */
  public static readonly MEDIA_TTL_EXPIRED = new EventType('MEDIA_TTL_EXPIRED');
  /** A media message's file was not accessible. */
  public static readonly MEDIA_FILE_INACCESSIBLE = new EventType('MEDIA_FILE_INACCESSIBLE');
  /** A media message's file type is not supported. */
  public static readonly MEDIA_FILE_TYPE_UNSUPPORTED = new EventType('MEDIA_FILE_TYPE_UNSUPPORTED');
  /** A media message's file was too large. */
  public static readonly MEDIA_FILE_SIZE_EXCEEDED = new EventType('MEDIA_FILE_SIZE_EXCEEDED');

  /**
   * An event type by its API name, for event types added to the service after this library.
   * The value is checked against the service model at synth.
   */
  public static of(value: string): EventType {
    return new EventType(value);
  }

  private constructor(
    /** The API name of the event type. */
    public readonly value: string,
  ) {}
}
