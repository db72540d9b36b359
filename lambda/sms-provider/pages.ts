/** One page of a Describe or List action. */
export interface Page<T> {
  readonly items: readonly T[] | undefined;
  readonly nextToken: string | undefined;
}

/** Every item of a paginated Describe or List action, page after page. */
export async function readAllPages<T>(fetch: (nextToken: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await fetch(nextToken);
    items.push(...page.items ?? []);
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}
