import type { OptOutListResourceProperties } from './opt-out-list-properties';
import { checkHandlerTag, checkTags } from './rules';
import { IsUnresolved, Violations } from './violations';

/**
 * The tag in which the handler keeps how far a change of the list's declared numbers (its
 * Custom::SmsVoiceOptedOutNumbers) got, while it takes more than one poll. The tag planner never
 * touches it (no stack declares it), and the construct refuses it as a tag key.
 */
export const PROGRESS_TAG = 'sms-voice-cdk:opt-out-list-progress';

export function optOutListViolations(properties: OptOutListResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved).shape('optOutListName', properties.OptOutListName, 'OptOutListName');
  checkTags(v, properties.Tags);
  return checkHandlerTag(v, properties.Tags, PROGRESS_TAG, 'how far a change of the list got');
}
