import { randomUUID } from 'crypto';

/** A resource id as the service makes them: `phone-` or `pool-` and 32 hex digits. */
export function generatedId(prefix: 'phone' | 'pool'): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}
