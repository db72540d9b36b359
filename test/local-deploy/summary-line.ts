/** What a resource's summary leaves out: what the line's own id says, and what changes on every run. */
const LEFT_OUT = /(Arn|Id|Timestamp)$/;

/**
 * A resource's description on one line, as the demo shows it: its scalar fields (ids, ARNs and
 * timestamps left out), then each list or map by its size, such as
 * `Status ACTIVE, MessageType TRANSACTIONAL, Keywords 3, Tags 1`.
 */
export function summaryLine(description: { readonly [field: string]: unknown }): string {
  const scalars: string[] = [];
  const collections: string[] = [];
  for (const [field, value] of Object.entries(description)) {
    if (value === undefined || value === null || LEFT_OUT.test(field)) continue;
    if (Array.isArray(value)) collections.push(`${field} ${value.length}`);
    else if (typeof value === 'object') collections.push(`${field} ${Object.keys(value).length}`);
    else scalars.push(`${field} ${String(value)}`);
  }
  return [...scalars, ...collections].join(', ');
}
