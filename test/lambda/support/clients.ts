import { AccessDeniedException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from '../../../lambda/sms-provider/client';

/**
 * A client that hands each command to `intercept` first: it answers with a promise (a fault, or a
 * response the service never sees), or with undefined to let `real` send the command.
 */
export function interceptingClient(real: SmsClient, intercept: (command: object) => Promise<unknown> | undefined): SmsClient {
  return {
    send: ((command: object) => intercept(command) ?? (real.send as (c: object) => Promise<unknown>)(command)) as SmsClient['send'],
  };
}

/** Intercepts the first `times` commands of one class; the rest go through. */
export function onFirst(commandClass: Function, times: number, answer: () => Promise<unknown>): (command: object) => Promise<unknown> | undefined {
  let seen = 0;
  return command => command instanceof commandClass && seen++ < times ? answer() : undefined;
}

/** Denies the `nth` command of one class (the first by default) as IAM would, with AccessDeniedException; the rest go through. */
export function denied(commandClass: Function, nth = 1): (command: object) => Promise<unknown> | undefined {
  const action = commandClass.name.replace(/Command$/, '');
  let seen = 0;
  return command => command instanceof commandClass && ++seen === nth
    ? Promise.reject(new AccessDeniedException({ message: `not authorized to sms-voice:${action}`, $metadata: {} }))
    : undefined;
}
