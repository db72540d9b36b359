import type { OptedOutNumbersResourceProperties } from './opted-out-numbers-properties';
import { checkE164 } from './rules';
import { IsUnresolved, Violations } from './violations';

/** `arn:<partition>:sms-voice:<region>:<account>:opt-out-list/<name>`. */
const OPT_OUT_LIST_ARN = /^arn:[a-z0-9-]+:sms-voice:[a-z0-9-]+:\d{12}:opt-out-list\/[A-Za-z0-9_-]+$/;

export function optedOutNumbersViolations(properties: OptedOutNumbersResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved).shape('optOutList', properties.OptOutListArn, 'AmazonResourceName');
  if (properties.OptOutListArn !== undefined) {
    v.require('optOutList', properties.OptOutListArn, OPT_OUT_LIST_ARN.test(properties.OptOutListArn),
      'must be the ARN of an opt-out list: arn:<partition>:sms-voice:<region>:<account>:opt-out-list/<name>');
  }
  return checkOptedOutNumbers(v, properties.OptedOutNumbers ?? []);
}

/** Opted-out numbers are unique E.164 numbers. */
export function checkOptedOutNumbers(v: Violations, numbers: readonly string[]): Violations {
  v.unique('optedOutNumbers', numbers);
  numbers.forEach(n => checkE164(v, 'optedOutNumbers', n));
  return v;
}
