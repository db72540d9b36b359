import type { OptOutListResourceProperties } from './opt-out-list-properties';
import { checkE164, checkTags } from './rules';
import { IsUnresolved, Violations } from './violations';

export function optOutListViolations(properties: OptOutListResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved).shape('optOutListName', properties.OptOutListName, 'OptOutListName');
  checkOptedOutNumbers(v, properties.OptedOutNumbers ?? []);
  return checkTags(v, properties.Tags);
}

/** Opted-out numbers are unique E.164 numbers. */
export function checkOptedOutNumbers(v: Violations, numbers: readonly string[]): Violations {
  v.unique('optedOutNumbers', numbers);
  numbers.forEach(n => checkE164(v, 'optedOutNumbers', n));
  return v;
}
