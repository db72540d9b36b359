import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetCommandInput,
  CreateOptOutListCommand,
  CreateOptOutListCommandInput,
  CreatePoolCommand,
  CreatePoolCommandInput,
  RequestPhoneNumberCommand,
  RequestPhoneNumberCommandInput,
  RequestSenderIdCommand,
  RequestSenderIdCommandInput,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** The input of each call that creates a resource. */
interface CreateInputs {
  CreateConfigurationSet: CreateConfigurationSetCommandInput;
  CreateOptOutList: CreateOptOutListCommandInput;
  RequestPhoneNumber: RequestPhoneNumberCommandInput;
  RequestSenderId: RequestSenderIdCommandInput;
  CreatePool: CreatePoolCommandInput;
}

export type CreateAction = keyof CreateInputs;

/** The call that creates a resource, less what every create call carries (its tags and ClientToken). */
export type CreateCall = { [A in CreateAction]: { readonly action: A; readonly input: Omit<CreateInputs[A], 'Tags' | 'ClientToken'> } }[CreateAction];

interface CreateCommand<A extends CreateAction> {
  readonly command: new (input: CreateInputs[A]) => object;
  /** The member of the response that holds the new resource's ARN. */
  readonly arn: string;
}

const CREATE_COMMANDS: { readonly [A in CreateAction]: CreateCommand<A> } = {
  CreateConfigurationSet: { command: CreateConfigurationSetCommand, arn: 'ConfigurationSetArn' },
  CreateOptOutList: { command: CreateOptOutListCommand, arn: 'OptOutListArn' },
  RequestPhoneNumber: { command: RequestPhoneNumberCommand, arn: 'PhoneNumberArn' },
  RequestSenderId: { command: RequestSenderIdCommand, arn: 'SenderIdArn' },
  CreatePool: { command: CreatePoolCommand, arn: 'PoolArn' },
};

/** The SDK command of a create call, with the tags and ClientToken it carries, and where its response holds the ARN. */
export function createCommand(call: CreateCall, extra: Pick<CreateInputs[CreateAction], 'Tags' | 'ClientToken'>): { readonly command: object; readonly arn: string } {
  const { command: Command, arn } = CREATE_COMMANDS[call.action] as CreateCommand<CreateAction>;
  return { command: new Command({ ...call.input, ...extra } as CreateInputs[CreateAction]), arn };
}
