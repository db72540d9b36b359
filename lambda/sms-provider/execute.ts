import {
  CreateEventDestinationCommand,
  DeleteDefaultMessageTypeCommand,
  DeleteDefaultSenderIdCommand,
  DeleteEventDestinationCommand,
  SetDefaultMessageFeedbackEnabledCommand,
  SetDefaultMessageTypeCommand,
  SetDefaultSenderIdCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateEventDestinationCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from './client';
import { isNotFound } from './errors';
import { Logger } from './log';
import { PlannedCall } from './reconcile/calls';

/**
 * Makes the planned calls one after the other, in the planned order, logging each. A delete whose
 * target is already gone has reached its goal. No call starts after `deadline` (epoch ms): then
 * it returns false, and the rest waits for the next poll.
 */
export async function execute(client: SmsClient, calls: readonly PlannedCall[], log: Logger, deadline = Infinity): Promise<boolean> {
  for (const call of calls) {
    if (Date.now() >= deadline) return false;
    log('call', { action: call.action, input: call.input });
    try {
      await send(client, call);
    } catch (error) {
      if (!(REMOVALS.has(call.action) && isNotFound(error))) throw error;
      log('already gone', { action: call.action });
    }
  }
  return true;
}

const REMOVALS: ReadonlySet<PlannedCall['action']> = new Set<PlannedCall['action']>([
  'DeleteDefaultSenderId', 'DeleteDefaultMessageType', 'DeleteEventDestination', 'UntagResource',
]);

function send(client: SmsClient, call: PlannedCall): Promise<unknown> {
  switch (call.action) {
    case 'SetDefaultSenderId': return client.send(new SetDefaultSenderIdCommand(call.input));
    case 'DeleteDefaultSenderId': return client.send(new DeleteDefaultSenderIdCommand(call.input));
    case 'SetDefaultMessageType': return client.send(new SetDefaultMessageTypeCommand(call.input));
    case 'DeleteDefaultMessageType': return client.send(new DeleteDefaultMessageTypeCommand(call.input));
    case 'SetDefaultMessageFeedbackEnabled': return client.send(new SetDefaultMessageFeedbackEnabledCommand(call.input));
    case 'CreateEventDestination': return client.send(new CreateEventDestinationCommand(call.input));
    case 'UpdateEventDestination': return client.send(new UpdateEventDestinationCommand(call.input));
    case 'DeleteEventDestination': return client.send(new DeleteEventDestinationCommand(call.input));
    case 'TagResource': return client.send(new TagResourceCommand(call.input));
    case 'UntagResource': return client.send(new UntagResourceCommand(call.input));
  }
}
