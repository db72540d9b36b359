import { SmsClient } from '../client';
import { ErrorSubject } from '../errors';
import { IsCompleteResponse, OnEventResponse } from '../events';
import { Logger } from '../log';

/** What every per-resource handler gets. */
export interface HandlerContext {
  readonly client: SmsClient;
  readonly log: Logger;
  /** When isComplete must stop starting calls (epoch ms), to answer before its Lambda times out. */
  readonly deadline?: number;
  /** How long a call that hands the service a role is retried while the role propagates. @default ROLE_PROPAGATION_MS */
  readonly rolePropagationMs?: number;
}

/** The handler of one event for one custom-resource type. */
export interface ResourceHandler {
  /** What failures are about, for their messages. */
  readonly subject: ErrorSubject;
  onEvent(): Promise<OnEventResponse>;
  isComplete(): Promise<IsCompleteResponse>;
}
