import { checkIsoCountryCode, checkTags } from './rules';
import type { SenderIdResourceProperties } from './sender-id-properties';
import { IsUnresolved, Violations } from './violations';

export function senderIdViolations(properties: SenderIdResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved).shape('senderId', properties.SenderId, 'SenderId');
  checkIsoCountryCode(v, 'isoCountryCode', properties.IsoCountryCode);
  const messageTypes = properties.MessageTypes ?? [];
  v.count('messageTypes', messageTypes, 'MessageTypeList').unique('messageTypes', messageTypes);
  messageTypes.forEach(t => v.shape('messageTypes', t, 'MessageType'));
  return checkTags(v, properties.Tags);
}
