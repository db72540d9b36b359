import { format } from 'util';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Runs `run` with everything written to the console, stdout and stderr sent to `sink` instead: what
 * the Provider framework and the handler log, which Lambda would send to CloudWatch Logs.
 */
export async function capturingOutput<T>(sink: (text: string) => void, run: () => Promise<T>): Promise<T> {
  const streams = [process.stdout, process.stderr];
  const writes = streams.map(stream => stream.write);
  const consoleMethods = CONSOLE_METHODS.map(method => console[method]);
  for (const stream of streams) {
    stream.write = ((chunk: string | Uint8Array) => {
      sink(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof stream.write;
  }
  for (const method of CONSOLE_METHODS) console[method] = (...args: unknown[]) => sink(`${format(...args)}\n`);
  try {
    return await run();
  } finally {
    streams.forEach((stream, i) => { stream.write = writes[i]; });
    CONSOLE_METHODS.forEach((method, i) => { console[method] = consoleMethods[i]; });
  }
}
