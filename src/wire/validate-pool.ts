import type { PoolResourceProperties } from './pool-properties';
import { checkIsoCountryCode, checkKeywords, checkTags, checkTwoWay } from './rules';
import { IsUnresolved, Violations } from './violations';

export function poolViolations(properties: PoolResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const identities = properties.OriginationIdentities;
  const v = new Violations(isUnresolved)
    .require('originationIdentities', identities, identities.length > 0, 'must hold at least one phone number or sender ID: a pool is never empty')
    .unique('originationIdentities', identities);
  identities.forEach(id => v.shape('originationIdentities', id, 'PhoneOrSenderIdOrArn'));
  v.require('isoCountryCode', properties.IsoCountryCode, properties.IsoCountryCode !== undefined, 'is required');
  checkIsoCountryCode(v, 'isoCountryCode', properties.IsoCountryCode);
  v.require('messageType', properties.MessageType, properties.MessageType !== undefined, 'is required')
    .shape('messageType', properties.MessageType, 'MessageType')
    .shape('optOutList', properties.OptOutListName, 'OptOutListNameOrArn');
  checkTwoWay(v, properties.TwoWay);
  checkKeywords(v, properties.Keywords);
  return checkTags(v, properties.Tags);
}
