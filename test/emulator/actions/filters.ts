/** A filter of a Describe or List request: an attribute and the values it accepts. */
export interface Filter<N extends string> {
  readonly Name?: N;
  readonly Values?: readonly string[];
}

/** For each filter name, the values of a resource that the filter looks at. */
export type FilterValues<R, N extends string> = { readonly [name in N]: (resource: R) => readonly string[] };

/** Every filter matches (AND); a filter matches when the resource has any of its values (OR). */
export function matchesFilters<R, N extends string>(resource: R, filters: readonly Filter<N>[], values: FilterValues<R, N>): boolean {
  return filters.every(filter => {
    const actual = values[filter.Name!](resource);
    return filter.Values!.some(v => actual.includes(v));
  });
}

/** A boolean attribute as filters see it: `'true'` or `'false'`. */
export function flag(value: boolean): readonly string[] {
  return [String(value)];
}

/** An optional attribute as filters see it: no values when it is not set. */
export function optional(value: string | undefined): readonly string[] {
  return value === undefined ? [] : [value];
}
