/** One call the emulator answered. */
export interface RecordedCall {
  /** The action from X-Amz-Target, without the `PinpointSMSVoiceV2.` prefix. */
  readonly action: string;
  /** The request body as parsed JSON (`{}` when it was not JSON). */
  readonly input: Record<string, unknown>;
  readonly ok: boolean;
  /** The error's `__type`, when the call failed. */
  readonly errorName?: string;
  /** When the request arrived, in ms since the epoch. */
  readonly at: number;
  /** From arrival to response, injected latency included. */
  readonly durationMs: number;
}

const READ_ACTION = /^(Describe|List|Get)[A-Z]/;

/** Whether an action changes state. Describe*, List* and Get* only read (and so does CarrierLookup). */
export function MUTATING(action: string): boolean {
  return !READ_ACTION.test(action) && action !== 'CarrierLookup';
}

interface PendingCall {
  readonly action: string;
  readonly input: Record<string, unknown>;
  readonly at: number;
  result?: { readonly ok: boolean; readonly errorName?: string; readonly durationMs: number };
}

/** Calls in the order they arrived; a call is listed once it has been answered. */
export class CallLog {
  private entries: PendingCall[] = [];

  begin(action: string, input: Record<string, unknown>, at: number): (errorName: string | undefined, durationMs: number) => void {
    const entry: PendingCall = { action, input, at };
    this.entries.push(entry);
    return (errorName, durationMs) => {
      entry.result = { ok: errorName === undefined, errorName, durationMs };
    };
  }

  list(): RecordedCall[] {
    return this.entries
      .filter(e => e.result !== undefined)
      .map(e => ({
        action: e.action,
        input: structuredClone(e.input),
        ok: e.result!.ok,
        ...(e.result!.errorName !== undefined ? { errorName: e.result!.errorName } : {}),
        at: e.at,
        durationMs: e.result!.durationMs,
      }));
  }

  clear(): void {
    this.entries = [];
  }
}
