/** What a ClientToken already stands for. */
export type TokenLookup =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly response: unknown }
  | { readonly kind: 'mismatch' };

/**
 * Remembers the successful response of every create call made with a ClientToken, per action.
 * The same token with the same parameters replays that response; with other parameters it is a
 * mismatch. Entries live until `reset()`, even when the resource has been deleted since.
 */
export class ClientTokenCache {
  private readonly entries = new Map<string, { readonly fingerprint: string; readonly response: unknown }>();

  lookup(action: string, token: string, parameters: Record<string, unknown>): TokenLookup {
    const entry = this.entries.get(keyOf(action, token));
    if (!entry) return { kind: 'new' };
    if (entry.fingerprint !== fingerprintOf(parameters)) return { kind: 'mismatch' };
    return { kind: 'replay', response: structuredClone(entry.response) };
  }

  remember(action: string, token: string, parameters: Record<string, unknown>, response: unknown): void {
    this.entries.set(keyOf(action, token), { fingerprint: fingerprintOf(parameters), response: structuredClone(response) });
  }
}

function keyOf(action: string, token: string): string {
  return `${action}\u0000${token}`;
}

/** JSON with object keys sorted, so member order does not matter. */
function fingerprintOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
