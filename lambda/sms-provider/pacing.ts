import { DeleteOptedOutNumberCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SmsClient } from './client';

/** The control plane allows about one request per second per action. */
export const CONTROL_PLANE_INTERVAL_MS = 1_000;

/** Actions whose documented quota differs from one request per second: command class → interval. */
export type IntervalOverrides = ReadonlyMap<Function, number>;

/** DeleteOptedOutNumber allows 10 requests per second. */
export const SERVICE_INTERVAL_OVERRIDES: IntervalOverrides = new Map<Function, number>([[DeleteOptedOutNumberCommand, 100]]);

/**
 * The handler's environment variable that sets the interval, in milliseconds, between calls of the
 * same action, for every action (DeleteOptedOutNumber's included). Meant for local emulators whose
 * quotas are off, with 0; unset, the handler paces to the service's documented quotas.
 */
export const PACING_INTERVAL_VARIABLE = 'SMS_PROVIDER_PACING_INTERVAL_MS';

/** How the handler paces its calls: the interval of every action, and the actions whose interval differs. */
export interface Pacing {
  readonly intervalMs: number;
  readonly overrides: IntervalOverrides;
}

/**
 * The pacing that `environment` asks for: the service's quotas (CONTROL_PLANE_INTERVAL_MS with
 * SERVICE_INTERVAL_OVERRIDES) unless PACING_INTERVAL_VARIABLE is set, to a whole number of
 * milliseconds, which then applies to every action. Any other value throws, naming the variable.
 */
export function pacingFromEnvironment(environment: { readonly [name: string]: string | undefined }): Pacing {
  const value = environment[PACING_INTERVAL_VARIABLE];
  if (value === undefined || value === '') return { intervalMs: CONTROL_PLANE_INTERVAL_MS, overrides: SERVICE_INTERVAL_OVERRIDES };
  if (!/^\d+$/.test(value)) {
    throw new Error(`${PACING_INTERVAL_VARIABLE} must be a whole number of milliseconds (0 or more), not '${value}'`);
  }
  return { intervalMs: Number(value), overrides: new Map() };
}

/**
 * Starts each call of an action `intervalMs` (or the action's override) after the previous call of
 * that action finished, so that the handler never throttles itself: three CreateEventDestination
 * calls take two seconds, instead of meeting ThrottlingException and adaptive retry's slowdown of
 * every action. Calls of different actions are not delayed.
 */
export function pacedPerAction(client: SmsClient, intervalMs: number, overrides: IntervalOverrides = new Map()): SmsClient {
  // Keyed by the command's class, which survives minification where its name does not.
  const previousFinish = new Map<unknown, Promise<number>>();
  const send = async (command: object, ...rest: unknown[]) => {
    const previous = previousFinish.get(command.constructor);
    const interval = overrides.get(command.constructor) ?? intervalMs;
    let finished: (at: number) => void = () => undefined;
    previousFinish.set(command.constructor, new Promise(resolve => { finished = resolve; }));
    try {
      if (previous) await sleep(await previous + interval - Date.now());
      return await (client.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
    } finally {
      finished(Date.now());
    }
  };
  return { send: send as SmsClient['send'] };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise(resolve => setTimeout(resolve, ms)) : Promise.resolve();
}
