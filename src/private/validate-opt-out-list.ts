import { checkE164, checkTags, TagSpec } from './rules';
import { IsUnresolved, Violations } from './violations';

/** What an opt-out list declares, in the construct's own terms. */
export interface OptOutListSpec {
  readonly optOutListName?: string;
  readonly optedOutNumbers?: readonly string[];
  readonly tags?: readonly TagSpec[];
}

export function optOutListViolations(spec: OptOutListSpec, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved).shape('optOutListName', spec.optOutListName, 'OptOutListName');
  const numbers = spec.optedOutNumbers ?? [];
  v.unique('optedOutNumbers', numbers);
  numbers.forEach(n => checkE164(v, 'optedOutNumbers', n));
  return checkTags(v, spec.tags);
}
