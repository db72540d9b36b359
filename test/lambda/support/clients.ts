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
