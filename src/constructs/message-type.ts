/**
 * The type of message. Some countries and carriers treat the two differently.
 */
export enum MessageType {
  /** Critical or time-sensitive messages, such as one-time passwords. */
  TRANSACTIONAL = 'TRANSACTIONAL',
  /** Messages that are not critical or time-sensitive, such as marketing messages. */
  PROMOTIONAL = 'PROMOTIONAL',
}
