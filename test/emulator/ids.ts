import { randomUUID } from 'crypto';

/** A resource id as the service makes them: `phone-`, `pool-` or `protect-` and 32 hex digits. */
export function generatedId(prefix: 'phone' | 'pool' | 'protect'): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}
