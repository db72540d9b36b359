import { checkIsoCountryCode, checkTags, TagSpec } from './rules';
import { IsUnresolved, Violations } from './violations';

/** What a sender ID declares, in the construct's own terms. */
export interface SenderIdSpec {
  readonly senderId?: string;
  readonly isoCountryCode?: string;
  readonly messageTypes?: readonly string[];
  readonly tags?: readonly TagSpec[];
}

export function senderIdViolations(spec: SenderIdSpec, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved).shape('senderId', spec.senderId, 'SenderId');
  checkIsoCountryCode(v, 'isoCountryCode', spec.isoCountryCode);
  const messageTypes = spec.messageTypes ?? [];
  v.count('messageTypes', messageTypes, 'MessageTypeList').unique('messageTypes', messageTypes);
  messageTypes.forEach(t => v.shape('messageTypes', t, 'MessageType'));
  return checkTags(v, spec.tags);
}
