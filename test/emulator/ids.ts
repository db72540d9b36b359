import { randomUUID } from 'crypto';

/** A resource id as the service makes them: a prefix such as `phone-`, `pool-` or `registration-`, and 32 hex digits. */
export function generatedId(prefix: 'phone' | 'pool' | 'protect' | 'registration' | 'attachment' | 'verified'): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}
