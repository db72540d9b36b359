/** One setting of a resource, to reconcile. */
export interface Setting<T> {
  /** Undefined when the properties do not declare it. */
  readonly desired: T | undefined;
  readonly actual: T;
  /** Whether the previous properties declared it. */
  readonly wasDeclared: boolean;
  /** What the setting returns to once it is no longer declared. */
  readonly serviceDefault: T;
  /** @default strict equality */
  readonly same?: (target: T, actual: T) => boolean;
}

export type Settings<S> = { readonly [K in keyof S]-?: Setting<S[K]> };

/**
 * The value to give each setting that differs from what the service has: the declared value; or
 * the service's default when the setting was declared before and no longer is. A setting the
 * stack never declared is left as it is (set outside the stack, or inherited, as a pool inherits
 * from its first origination identity).
 */
export function settingsToChange<S>(settings: Settings<S>): Partial<S> {
  const changes: Partial<S> = {};
  for (const key of Object.keys(settings) as (keyof S)[]) {
    const setting: Setting<S[keyof S]> = settings[key];
    const target = setting.desired !== undefined ? setting.desired : setting.wasDeclared ? setting.serviceDefault : setting.actual;
    const same = setting.same ?? ((a, b) => a === b);
    if (!same(target, setting.actual)) changes[key] = target;
  }
  return changes;
}
