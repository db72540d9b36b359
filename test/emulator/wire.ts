/**
 * What a model type looks like on the wire (awsJson1_0): timestamps are epoch seconds, and the
 * SDK's `$metadata` is not part of the body. Handlers return `Wire<SdkResultType>`, so the
 * compiler checks their responses against the SDK's own output types.
 */
export type Wire<T> =
  T extends Date ? number :
    T extends readonly (infer U)[] ? Wire<U>[] :
      T extends object ? { [K in keyof T as K extends '$metadata' ? never : K]: Wire<T[K]> } :
        T;

export function epochSeconds(ms: number): number {
  return ms / 1000;
}
