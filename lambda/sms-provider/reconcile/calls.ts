import type {
  CreateEventDestinationCommandInput,
  DeleteDefaultMessageTypeCommandInput,
  DeleteDefaultSenderIdCommandInput,
  DeleteEventDestinationCommandInput,
  SetDefaultMessageFeedbackEnabledCommandInput,
  SetDefaultMessageTypeCommandInput,
  SetDefaultSenderIdCommandInput,
  TagResourceCommandInput,
  UntagResourceCommandInput,
  UpdateEventDestinationCommandInput,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

interface Call<A extends string, I> {
  readonly action: A;
  readonly input: I;
}

/** One API call a planner decided on; the handler makes it. */
export type PlannedCall =
  | Call<'SetDefaultSenderId', SetDefaultSenderIdCommandInput>
  | Call<'DeleteDefaultSenderId', DeleteDefaultSenderIdCommandInput>
  | Call<'SetDefaultMessageType', SetDefaultMessageTypeCommandInput>
  | Call<'DeleteDefaultMessageType', DeleteDefaultMessageTypeCommandInput>
  | Call<'SetDefaultMessageFeedbackEnabled', SetDefaultMessageFeedbackEnabledCommandInput>
  | Call<'CreateEventDestination', CreateEventDestinationCommandInput>
  | Call<'UpdateEventDestination', UpdateEventDestinationCommandInput>
  | Call<'DeleteEventDestination', DeleteEventDestinationCommandInput>
  | Call<'TagResource', TagResourceCommandInput>
  | Call<'UntagResource', UntagResourceCommandInput>;
