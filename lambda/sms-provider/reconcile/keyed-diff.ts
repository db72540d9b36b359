/** The keys to create, update and delete to turn `actual` into `desired`. */
export interface KeyedDiff<K> {
  readonly create: readonly K[];
  readonly update: readonly K[];
  readonly delete: readonly K[];
}

/**
 * Diffs two keyed collections. A key is deleted only when it was previously declared and is no
 * longer desired: a child the resource never declared is never removed.
 */
export function diffKeyed<K, T>(
  desired: ReadonlyMap<K, T>,
  actual: ReadonlyMap<K, T>,
  previouslyDeclared: ReadonlySet<K>,
  equals: (desiredValue: T, actualValue: T) => boolean,
): KeyedDiff<K> {
  const create: K[] = [];
  const update: K[] = [];
  for (const [key, value] of desired) {
    const current = actual.get(key);
    if (current === undefined) create.push(key);
    else if (!equals(value, current)) update.push(key);
  }
  const remove = [...actual.keys()].filter(key => !desired.has(key) && previouslyDeclared.has(key));
  return { create, update, delete: remove };
}

/** The value of a key the diff took from `map`. */
export function valueOf<K, T>(map: ReadonlyMap<K, T>, key: K): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no value for ${String(key)}`);
  return value;
}
