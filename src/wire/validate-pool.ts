import type { PoolResourceProperties } from './pool-properties';
import { checkIsoCountryCode, checkOrigination, checkTags } from './rules';
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
    .shape('messageType', properties.MessageType, 'MessageType');
  checkOrigination(v, properties);
  return checkTags(v, properties.Tags);
}
