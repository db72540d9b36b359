import { OnEventRequest } from './events';

export interface LogDetails {
  readonly [key: string]: unknown;
}

/** Records one decision of the handler. */
export type Logger = (decision: string, details?: LogDetails) => void;

/** One JSON object per line on stdout, which Lambda sends to CloudWatch Logs as is. Never throws. */
export const jsonLogger: Logger = (decision, details = {}) => {
  let line: string;
  try {
    line = JSON.stringify({ decision, ...details });
  } catch (error) {
    line = JSON.stringify({ decision, unloggable: String(error) });
  }
  process.stdout.write(`${line}\n`);
};

/** The event as it may be logged: ResponseURL is a presigned URL that lets anyone answer for the resource. */
export function loggableEvent(event: OnEventRequest): Omit<OnEventRequest, 'ResponseURL'> {
  const { ResponseURL: _presigned, ...rest } = event;
  return rest;
}
