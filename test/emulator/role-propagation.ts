import { invalidField, ServiceError } from './errors';

/** Where the requests that hand the service a role to assume carry it. */
const ROLE_MEMBERS: readonly (readonly string[])[] = [
  ['CloudWatchLogsDestination', 'IamRoleArn'],
  ['KinesisFirehoseDestination', 'IamRoleArn'],
  ['TwoWayChannelRole'],
];

/**
 * IAM's eventual consistency, as the service meets it: a role the emulator has not seen before
 * (one created in the same deployment) cannot be assumed until `propagationMs` after its first use,
 * and each call that hands it over until then fails with a ValidationException naming the role.
 */
export class RolePropagation {
  private readonly firstSeen = new Map<string, number>();

  constructor(private propagationMs: number) {}

  configure(propagationMs: number): void {
    this.propagationMs = propagationMs;
    this.firstSeen.clear();
  }

  reset(): void {
    this.firstSeen.clear();
  }

  /** The error for a request whose role cannot be assumed yet, or undefined. */
  check(input: Record<string, unknown>, now: number): ServiceError | undefined {
    if (this.propagationMs <= 0) return undefined;
    for (const path of ROLE_MEMBERS) {
      const arn = path.reduce<unknown>((at, member) => (at as Record<string, unknown> | undefined)?.[member], input);
      if (typeof arn !== 'string') continue;
      const seenAt = this.firstSeen.get(arn) ?? now;
      this.firstSeen.set(arn, seenAt);
      if (now - seenAt < this.propagationMs) {
        const member = path[path.length - 1];
        return invalidField('RESOURCE_NOT_ACCESSIBLE', member, `The service cannot assume the role ${arn}`);
      }
    }
    return undefined;
  }
}
