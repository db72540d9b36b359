import { PlannedCall } from './calls';

/** An entry of an opt-out list, as the service reports it. */
export interface OptedOutEntry {
  /** True when the recipient opted out (by replying STOP): such an entry is never removed. */
  readonly endUserOptedOut: boolean;
  /** When the number was opted out. */
  readonly optedOutAt?: Date;
}

/** E.164 number → entry. */
export type OptedOutEntries = ReadonlyMap<string, OptedOutEntry>;

/**
 * The calls that put every desired number on the list, then remove the numbers that the previous
 * properties declared and no longer do. Adding comes first: a deployment that runs out of time
 * leaves more numbers opted out, never fewer. A number whose recipient opted out is never removed,
 * whatever the stack declares, and a number the stack never declared is left alone.
 */
export function planOptedOutNumbers(
  optOutListName: string,
  desired: ReadonlySet<string>,
  actual: OptedOutEntries,
  previouslyDeclared: ReadonlySet<string>,
): PlannedCall[] {
  const OptOutListName = optOutListName;
  return [
    ...[...desired].filter(number => !actual.has(number)).map((number): PlannedCall => ({
      action: 'PutOptedOutNumber', input: { OptOutListName, OptedOutNumber: number },
    })),
    ...undeclared(desired, actual, previouslyDeclared).filter(number => !actual.get(number)!.endUserOptedOut)
      .map((number): PlannedCall => ({ action: 'DeleteOptedOutNumber', input: { OptOutListName, OptedOutNumber: number } })),
  ];
}

/** The numbers the stack no longer declares but keeps, because their recipients opted out themselves. */
export function keptEndUserOptOuts(desired: ReadonlySet<string>, actual: OptedOutEntries, previouslyDeclared: ReadonlySet<string>): string[] {
  return undeclared(desired, actual, previouslyDeclared).filter(number => actual.get(number)!.endUserOptedOut);
}

function undeclared(desired: ReadonlySet<string>, actual: OptedOutEntries, previouslyDeclared: ReadonlySet<string>): string[] {
  return [...previouslyDeclared].filter(number => !desired.has(number) && actual.has(number));
}
