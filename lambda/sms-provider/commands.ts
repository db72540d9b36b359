import {
  AssociateOriginationIdentityCommand,
  AssociateProtectConfigurationCommand,
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  CreateOptOutListCommand,
  CreatePoolCommand,
  CreateProtectConfigurationCommand,
  DeleteAccountDefaultProtectConfigurationCommand,
  DeleteConfigurationSetCommand,
  DeleteDefaultMessageTypeCommand,
  DeleteDefaultSenderIdCommand,
  DeleteEventDestinationCommand,
  DeleteKeywordCommand,
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  DeletePoolCommand,
  DeleteProtectConfigurationCommand,
  DeleteProtectConfigurationRuleSetNumberOverrideCommand,
  DisassociateOriginationIdentityCommand,
  DisassociateProtectConfigurationCommand,
  PutKeywordCommand,
  PutOptedOutNumberCommand,
  PutProtectConfigurationRuleSetNumberOverrideCommand,
  DeleteResourcePolicyCommand,
  PutResourcePolicyCommand,
  ReleasePhoneNumberCommand,
  ReleaseSenderIdCommand,
  RequestPhoneNumberCommand,
  RequestSenderIdCommand,
  SetDefaultMessageFeedbackEnabledCommand,
  SetDefaultMessageTypeCommand,
  SetAccountDefaultProtectConfigurationCommand,
  SetDefaultSenderIdCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateEventDestinationCommand,
  UpdatePhoneNumberCommand,
  UpdatePoolCommand,
  UpdateProtectConfigurationCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
  UpdateSenderIdCommand,
  DeleteMediaMessageSpendLimitOverrideCommand,
  DeleteTextMessageSpendLimitOverrideCommand,
  DeleteVoiceMessageSpendLimitOverrideCommand,
  SetMediaMessageSpendLimitOverrideCommand,
  SetTextMessageSpendLimitOverrideCommand,
  SetVoiceMessageSpendLimitOverrideCommand,
  CreateVerifiedDestinationNumberCommand,
  SendDestinationNumberVerificationCodeCommand,
  DeleteVerifiedDestinationNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

/**
 * Every call the handler makes to change what the service has, by action: the one place that
 * names their SDK commands (reads are made directly). An action added here can be planned and
 * made; its input type follows from its command.
 */
export const COMMANDS = {
  CreateConfigurationSet: CreateConfigurationSetCommand,
  CreateOptOutList: CreateOptOutListCommand,
  RequestPhoneNumber: RequestPhoneNumberCommand,
  RequestSenderId: RequestSenderIdCommand,
  CreatePool: CreatePoolCommand,
  SetDefaultSenderId: SetDefaultSenderIdCommand,
  DeleteDefaultSenderId: DeleteDefaultSenderIdCommand,
  SetDefaultMessageType: SetDefaultMessageTypeCommand,
  DeleteDefaultMessageType: DeleteDefaultMessageTypeCommand,
  SetDefaultMessageFeedbackEnabled: SetDefaultMessageFeedbackEnabledCommand,
  CreateEventDestination: CreateEventDestinationCommand,
  UpdateEventDestination: UpdateEventDestinationCommand,
  DeleteEventDestination: DeleteEventDestinationCommand,
  TagResource: TagResourceCommand,
  UntagResource: UntagResourceCommand,
  PutKeyword: PutKeywordCommand,
  DeleteKeyword: DeleteKeywordCommand,
  PutOptedOutNumber: PutOptedOutNumberCommand,
  DeleteOptedOutNumber: DeleteOptedOutNumberCommand,
  AssociateOriginationIdentity: AssociateOriginationIdentityCommand,
  DisassociateOriginationIdentity: DisassociateOriginationIdentityCommand,
  AssociateProtectConfiguration: AssociateProtectConfigurationCommand,
  DisassociateProtectConfiguration: DisassociateProtectConfigurationCommand,
  UpdatePhoneNumber: UpdatePhoneNumberCommand,
  UpdatePool: UpdatePoolCommand,
  UpdateSenderId: UpdateSenderIdCommand,
  DeleteConfigurationSet: DeleteConfigurationSetCommand,
  DeleteOptOutList: DeleteOptOutListCommand,
  ReleasePhoneNumber: ReleasePhoneNumberCommand,
  ReleaseSenderId: ReleaseSenderIdCommand,
  DeletePool: DeletePoolCommand,
  DeleteMediaMessageSpendLimitOverride: DeleteMediaMessageSpendLimitOverrideCommand,
  DeleteTextMessageSpendLimitOverride: DeleteTextMessageSpendLimitOverrideCommand,
  DeleteVoiceMessageSpendLimitOverride: DeleteVoiceMessageSpendLimitOverrideCommand,
  SetMediaMessageSpendLimitOverride: SetMediaMessageSpendLimitOverrideCommand,
  SetTextMessageSpendLimitOverride: SetTextMessageSpendLimitOverrideCommand,
  SetVoiceMessageSpendLimitOverride: SetVoiceMessageSpendLimitOverrideCommand,
  CreateProtectConfiguration: CreateProtectConfigurationCommand,
  UpdateProtectConfiguration: UpdateProtectConfigurationCommand,
  UpdateProtectConfigurationCountryRuleSet: UpdateProtectConfigurationCountryRuleSetCommand,
  PutProtectConfigurationRuleSetNumberOverride: PutProtectConfigurationRuleSetNumberOverrideCommand,
  DeleteProtectConfigurationRuleSetNumberOverride: DeleteProtectConfigurationRuleSetNumberOverrideCommand,
  SetAccountDefaultProtectConfiguration: SetAccountDefaultProtectConfigurationCommand,
  DeleteAccountDefaultProtectConfiguration: DeleteAccountDefaultProtectConfigurationCommand,
  DeleteProtectConfiguration: DeleteProtectConfigurationCommand,
  PutResourcePolicy: PutResourcePolicyCommand,
  DeleteResourcePolicy: DeleteResourcePolicyCommand,
  CreateVerifiedDestinationNumber: CreateVerifiedDestinationNumberCommand,
  SendDestinationNumberVerificationCode: SendDestinationNumberVerificationCodeCommand,
  DeleteVerifiedDestinationNumber: DeleteVerifiedDestinationNumberCommand,
} as const;

export type Action = keyof typeof COMMANDS;

/** The input of an action's command. */
export type InputOf<A extends Action> = NonNullable<ConstructorParameters<typeof COMMANDS[A]>[0]>;

/** One call: an action and its input. */
export type Call<A extends Action = Action> = { [K in A]: { readonly action: K; readonly input: InputOf<K> } }[A];

/** The SDK command that makes `call`. */
export function commandOf(call: Call): object {
  const Command = COMMANDS[call.action] as new (input: InputOf<Action>) => object;
  return new Command(call.input);
}
