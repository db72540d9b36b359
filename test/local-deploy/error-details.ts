/**
 * The name, message and stack of a thrown value. Duck-typed rather than `instanceof Error`: errors
 * from a worker thread, or from Node itself under Jest, belong to another realm's Error.
 */
export interface ErrorDetails {
  readonly name: string;
  readonly message: string;
  readonly stack: string;
}

export function errorDetails(error: unknown): ErrorDetails {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    const { name, message, stack } = error as { name?: unknown; message: string; stack?: unknown };
    const errorName = typeof name === 'string' ? name : 'Error';
    return { name: errorName, message, stack: typeof stack === 'string' ? stack : `${errorName}: ${message}` };
  }
  return { name: 'Error', message: String(error), stack: `Error: ${String(error)}` };
}
