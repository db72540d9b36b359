import type {
  AssociateOriginationIdentityCommandInput,
  CreateEventDestinationCommandInput,
  DeleteDefaultMessageTypeCommandInput,
  DeleteDefaultSenderIdCommandInput,
  DeleteEventDestinationCommandInput,
  DeleteKeywordCommandInput,
  DeleteOptedOutNumberCommandInput,
  DisassociateOriginationIdentityCommandInput,
  PutKeywordCommandInput,
  PutOptedOutNumberCommandInput,
  SetDefaultMessageFeedbackEnabledCommandInput,
  SetDefaultMessageTypeCommandInput,
  SetDefaultSenderIdCommandInput,
  TagResourceCommandInput,
  UntagResourceCommandInput,
  UpdateEventDestinationCommandInput,
  UpdatePhoneNumberCommandInput,
  UpdatePoolCommandInput,
  UpdateSenderIdCommandInput,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** The input of each action a planner may decide on. */
export interface PlannedInputs {
  SetDefaultSenderId: SetDefaultSenderIdCommandInput;
  DeleteDefaultSenderId: DeleteDefaultSenderIdCommandInput;
  SetDefaultMessageType: SetDefaultMessageTypeCommandInput;
  DeleteDefaultMessageType: DeleteDefaultMessageTypeCommandInput;
  SetDefaultMessageFeedbackEnabled: SetDefaultMessageFeedbackEnabledCommandInput;
  CreateEventDestination: CreateEventDestinationCommandInput;
  UpdateEventDestination: UpdateEventDestinationCommandInput;
  DeleteEventDestination: DeleteEventDestinationCommandInput;
  TagResource: TagResourceCommandInput;
  UntagResource: UntagResourceCommandInput;
  PutKeyword: PutKeywordCommandInput;
  DeleteKeyword: DeleteKeywordCommandInput;
  PutOptedOutNumber: PutOptedOutNumberCommandInput;
  DeleteOptedOutNumber: DeleteOptedOutNumberCommandInput;
  AssociateOriginationIdentity: AssociateOriginationIdentityCommandInput;
  DisassociateOriginationIdentity: DisassociateOriginationIdentityCommandInput;
  UpdatePhoneNumber: UpdatePhoneNumberCommandInput;
  UpdatePool: UpdatePoolCommandInput;
  UpdateSenderId: UpdateSenderIdCommandInput;
}

export type PlannedAction = keyof PlannedInputs;

/** One API call a planner decided on; the handler makes it. */
export type PlannedCall = { [A in PlannedAction]: { readonly action: A; readonly input: PlannedInputs[A] } }[PlannedAction];
